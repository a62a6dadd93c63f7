// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamCommands.h"

#include "TextTable.h"
#include "exports/TableExport.h"
#include "services/AuditService.h"
#include "services/DossierService.h"
#include "services/InzageService.h"
#include "services/RetentionService.h"
#include "services/TeamService.h"
#include "storage/BackupStore.h"
#include "util/Dates.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// A required option's value; says what is missing when it is absent.
std::optional<QString> required(CliContext& context, const QString& option, const QString& what)
{
    if (context.parser.isSet(option) && !context.parser.value(option).isEmpty())
        return context.parser.value(option);
    context.err
        << QCoreApplication::translate("TeamCommands", "Name %1 with --%2.").arg(what, option)
        << '\n';
    return std::nullopt;
}

int report(CliContext& context, const Status& status, const QString& done)
{
    if (!status) {
        context.err << status.error() << '\n';
        return Failure;
    }
    context.out << done << '\n';
    return Success;
}

} // namespace

QString GebruikersCommand::summary() const
{
    return tr("gebruikers: the members of a team database and their roles");
}

int GebruikersCommand::run(CliContext& context)
{
    const auto members = TeamService(context.database(), context.clock, context.user).members();
    if (!members) {
        context.err << members.error() << '\n';
        return Failure;
    }
    TextTable table({tr("Login"), tr("Role"), tr("Added on"), tr("Added by")});
    for (const TeamMember& m : *members) {
        table.addRow({m.name, Roles::key(m.role),
                      QLocale().toString(m.addedAt, QLocale::ShortFormat), m.addedBy});
    }
    table.print(context.out);
    return Success;
}

QString GebruikerCommand::summary() const
{
    return tr("gebruiker --naam LOGIN (--rol beheerder|verzuimcoordinator|verzuimmedewerker|"
              "alleen-lezen | --verwijderen): adds a member or changes one");
}

int GebruikerCommand::run(CliContext& context)
{
    const auto login = required(context, u"naam"_s, tr("the PostgreSQL login"));
    if (!login)
        return InvalidInput;
    TeamService team(context.database(), context.clock, context.user);
    if (context.parser.isSet(u"verwijderen"_s))
        return report(context, team.remove(*login), tr("%1 is no longer a member.").arg(*login));
    const auto roleKey = required(context, u"rol"_s, tr("the role"));
    if (!roleKey)
        return InvalidInput;
    const auto role = Roles::fromKey(*roleKey);
    if (!role) {
        context.err << tr("Unknown role '%1'; choose beheerder, verzuimcoordinator, "
                          "verzuimmedewerker or alleen-lezen.")
                           .arg(*roleKey)
                    << '\n';
        return InvalidInput;
    }
    return report(context, team.add(*login, *role),
                  tr("%1 is %2.").arg(*login, Roles::displayName(*role).toLower()));
}

QString ToewijzenCommand::summary() const
{
    return tr("toewijzen --pgn PGN --naam LOGIN [--verwijderen]: puts a leerling in a "
              "verzuimmedewerker's scope, or takes them out");
}

int ToewijzenCommand::run(CliContext& context)
{
    const auto pgn = required(context, u"pgn"_s, tr("the leerling"));
    const auto login = pgn ? required(context, u"naam"_s, tr("the member")) : std::nullopt;
    if (!pgn || !login)
        return InvalidInput;
    const bool assign = !context.parser.isSet(u"verwijderen"_s);
    return report(
        context,
        TeamService(context.database(), context.clock, context.user).assign(*pgn, *login, assign),
        assign ? tr("%1 is assigned to %2.").arg(*pgn, *login)
               : tr("%1 is no longer assigned to %2.").arg(*pgn, *login));
}

QString DossierCommand::summary() const
{
    return tr("dossier --pgn PGN: opens a leerling's dossier (written in the audit trail)");
}

int DossierCommand::run(CliContext& context)
{
    const auto pgn = required(context, u"pgn"_s, tr("the leerling"));
    if (!pgn)
        return InvalidInput;
    const auto leerling =
        DossierService(context.database(), context.clock, context.user).open(*pgn);
    if (!leerling) {
        context.err << leerling.error() << '\n';
        return Failure;
    }
    TextTable table({tr("Field"), tr("Value")});
    table.addRow({tr("PGN"), leerling->pgn});
    table.addRow({tr("Name"), leerling->displayName()});
    table.addRow({tr("Birth date"), Dates::toDutch(leerling->birthDate)});
    table.addRow({tr("Class"), leerling->klas});
    table.addRow({tr("Phone"), leerling->phone});
    table.print(context.out);
    return Success;
}

QString AuditCommand::summary() const
{
    return tr("audit [--pgn PGN] [--uit FILE.csv|FILE.xlsx]: the audit trail, shown or exported");
}

int AuditCommand::run(CliContext& context)
{
    const QString pgn = context.parser.value(u"pgn"_s);
    AuditService audit(context.database(), context.clock, context.user);
    if (context.parser.isSet(u"uit"_s)) {
        const QString path = context.parser.value(u"uit"_s);
        return report(context, audit.exportTo(path, overwriteChoice(context.parser), pgn),
                      tr("Audit trail written to %1.").arg(path));
    }
    const auto entries = audit.entries(pgn);
    if (!entries) {
        context.err << entries.error() << '\n';
        return Failure;
    }
    TextTable table({tr("When"), tr("User"), tr("Action"), tr("PGN"), tr("Details")});
    for (const AuditEntry& e : *entries) {
        table.addRow({e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.user, e.action, e.pgn, e.details});
    }
    table.print(context.out);
    return Success;
}

QString OpschonenCommand::summary() const
{
    return tr("opschonen [--bewaartermijn YEARS] [--bevestig COUNT [--uit REPORT.csv]]: shows "
              "which leerlingen are past the retention period; removes them when --bevestig "
              "repeats the preview's count");
}

int OpschonenCommand::run(CliContext& context)
{
    RetentionService retention(context.database(), context.clock, context.user);
    if (context.parser.isSet(u"bewaartermijn"_s)) {
        bool number = false;
        const int years = context.parser.value(u"bewaartermijn"_s).toInt(&number);
        if (!number) {
            context.err << tr("--bewaartermijn takes a number of years.") << '\n';
            return InvalidInput;
        }
        if (Status set = retention.setRetentionYears(years); !set) {
            context.err << set.error() << '\n';
            return Failure;
        }
    }
    const auto candidates = retention.preview();
    const auto cutoff = retention.cutoff();
    if (!candidates || !cutoff) {
        context.err << (candidates ? cutoff.error() : candidates.error()) << '\n';
        return Failure;
    }
    TextTable table({tr("PGN"), tr("Name"), tr("Last enrolled on"), tr("Absence records"),
                     tr("Meldingen"), tr("Notes")});
    for (const PurgeCandidate& c : *candidates) {
        table.addRow({c.pgn, c.name, Dates::toDutch(c.lastEnrolledOn),
                      QString::number(c.absenceRecords), QString::number(c.meldingen),
                      QString::number(c.notes)});
    }
    table.print(context.out);
    if (!context.parser.isSet(u"bevestig"_s)) {
        context.out << tr("%n leerling(en) whose inschrijving ended before %1. Nothing was "
                          "removed; repeat with --bevestig %n to remove them.",
                          nullptr, int(candidates->size()))
                           .arg(Dates::toDutch(*cutoff))
                    << '\n';
        return Success;
    }
    // The count the coordinator read in the preview: a list that changed since is not removed.
    if (context.parser.value(u"bevestig"_s) != QString::number(candidates->size())) {
        context.err << tr("The preview now holds %n leerling(en), not %1. Nothing was removed; "
                          "look at the preview again.",
                          nullptr, int(candidates->size()))
                           .arg(context.parser.value(u"bevestig"_s))
                    << '\n';
        return Failure;
    }
    // Where the report goes is checked before anything is removed: the report is the school's
    // only record of who was.
    const QString reportPath = context.parser.value(u"uit"_s);
    if (!reportPath.isEmpty() && QFileInfo::exists(reportPath) &&
        overwriteChoice(context.parser) == Overwrite::Refuse) {
        context.err << tr("%1 exists; choose another file or add --overschrijven. Nothing was "
                          "removed.")
                           .arg(reportPath)
                    << '\n';
        return InvalidInput;
    }
    BackupStore backups(context.database(), context.clock);
    const auto purged = retention.purge(*candidates, backups);
    if (!purged) {
        context.err << purged.error() << '\n';
        return Failure;
    }
    context.out << tr("%n leerling(en) removed.", nullptr, int(purged->removed.size())) << '\n';
    if (!purged->backup.isEmpty())
        context.out << tr("Backup made first: %1").arg(purged->backup) << '\n';
    if (!reportPath.isEmpty()) {
        return report(
            context,
            TableExport::save(purged->table(), reportPath, overwriteChoice(context.parser)),
            tr("Report written to %1.").arg(reportPath));
    }
    return Success;
}

QString InzageCommand::summary() const
{
    return tr("inzage --pgn PGN --uit FILE.pdf|FILE.json: everything stored about one leerling, "
              "without personal work notes");
}

int InzageCommand::run(CliContext& context)
{
    const auto pgn = required(context, u"pgn"_s, tr("the leerling"));
    const auto path = pgn ? required(context, u"uit"_s, tr("the file")) : std::nullopt;
    if (!pgn || !path)
        return InvalidInput;
    return report(context,
                  InzageService(context.database(), context.clock, context.user)
                      .exportTo(*pgn, *path, overwriteChoice(context.parser)),
                  tr("Inzage of %1 written to %2.").arg(*pgn, *path));
}
