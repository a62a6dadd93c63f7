// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "services/ImportService.h"
#include "util/Clock.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

QString ImportCommand::summary() const
{
    return tr("import [--school F] [--leerlingen F] [--contacten F] [--absenties F [--formaat "
              "FORMAT] [--van YYYY-MM-DD --tot YYYY-MM-DD]] [--vrijstellingen F]: reads the "
              "school's files; all or nothing; --van --tot replace that period's absence");
}

int ImportCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    ImportFiles files{p.value(u"school"_s), p.value(u"leerlingen"_s), p.value(u"contacten"_s),
                      p.value(u"absenties"_s), p.value(u"vrijstellingen"_s)};
    if (p.isSet(u"van"_s) || p.isSet(u"tot"_s)) {
        const auto from = Dates::parse(p.value(u"van"_s));
        const auto to = Dates::parse(p.value(u"tot"_s));
        if (!from || !to || *to < *from || files.absenties.isEmpty()) {
            context.err << tr("Give the period the absence export covers as --absenties F "
                              "--van YYYY-MM-DD --tot YYYY-MM-DD (van on or before tot).")
                        << '\n';
            return InvalidInput;
        }
        files.replacing = DateRange{*from, *to};
    }
    // --formaat names the kind of the absence file, or (edexml) of the leerlingen file.
    if (p.isSet(u"formaat"_s) && p.value(u"formaat"_s).trimmed().toLower() == u"edexml"_s) {
        files.leerlingenAsEdexml = true;
        if (files.leerlingen.isEmpty()) {
            context.err << tr("--formaat edexml names the kind of the --leerlingen file.") << '\n';
            return InvalidInput;
        }
    } else if (p.isSet(u"formaat"_s)) {
        files.absenceFormat = AbsenceFormats::fromKey(p.value(u"formaat"_s));
        if (!files.absenceFormat || files.absenties.isEmpty()) {
            context.err << tr("--formaat names the kind of the --absenties file: %1 (or edexml "
                              "for the --leerlingen file).")
                               .arg(AbsenceFormats::keys().join(u", "_s))
                        << '\n';
            return InvalidInput;
        }
    }
    if (files.school.isEmpty() && files.leerlingen.isEmpty() && files.contacten.isEmpty() &&
        files.absenties.isEmpty() && files.vrijstellingen.isEmpty()) {
        context.err << tr("Name at least one file to import, e.g. --absenties absenties.csv.")
                    << '\n';
        return Failure;
    }

    BackupStore backups(context.database(), context.clock);
    const ImportOutcome outcome =
        ImportService(context.database(), backups, context.user).run(files);
    const bool stored = outcome.status == ImportOutcome::Status::Stored;
    if (outcome.absenceFormat) {
        (stored ? context.out : context.err)
            << tr("Absence file read as: %1.")
                   .arg(AbsenceFormats::displayName(*outcome.absenceFormat))
            << '\n';
    }
    if (outcome.vakantiesFromSomtoday)
        (stored ? context.out : context.err)
            << tr("School file read as: Somtoday's vakanties, replacing those of the period they "
                  "cover.")
            << '\n';
    if (outcome.leerlingenFromEdexml)
        (stored ? context.out : context.err)
            << tr("Leerlingen file read as: EDEXML roster (ParnasSys, ESIS).") << '\n';
    for (const ImportIssue& issue : outcome.issues.all())
        context.err << issue.toString() << '\n';
    switch (outcome.status) {
    case ImportOutcome::Status::InvalidInput:
        context.err << tr("Nothing was imported: %n problem(s) found.", nullptr,
                          outcome.issues.errorCount())
                    << '\n';
        return InvalidInput;
    case ImportOutcome::Status::Failed:
    case ImportOutcome::Status::Cancelled: // the CLI never asks to stop
        context.err << outcome.failure << '\n';
        return Failure;
    case ImportOutcome::Status::Stored:
    case ImportOutcome::Status::Checked:
        break;
    }
    if (outcome.schoolStored)
        context.out << tr("School and calendar imported.") << '\n';
    // What the file replaced, so a setting made by hand does not vanish unnoticed.
    for (const SchoolChange& change : outcome.schoolChanges) {
        context.out << tr("  %1: %2 → %3")
                           .arg(change.setting, change.before.isEmpty() ? u"—"_s : change.before,
                                change.after.isEmpty() ? u"—"_s : change.after)
                    << '\n';
    }
    context.out
        << tr("Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 absence records.")
               .arg(outcome.leerlingen)
               .arg(outcome.contacts)
               .arg(outcome.vrijstellingen)
               .arg(outcome.absences)
        << '\n';
    return Success;
}
