// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommands.h"

#include "exports/TableExport.h"
#include "services/OverviewService.h"
#include "services/VerzuimstaatService.h"
#include "util/Clock.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

QString VerzuimstaatCommand::summary() const
{
    return tr("verzuimstaat --pgn PGN --van YYYY-MM-DD --tot YYYY-MM-DD --uit FILE.pdf "
              "[--met-geoorloofd]: the printable statement of one leerling (several --pgn: one "
              "PDF with all)");
}

int VerzuimstaatCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const QStringList pgns = p.values(u"pgn"_s);
    const auto from = Dates::parse(p.value(u"van"_s));
    const auto to = Dates::parse(p.value(u"tot"_s));
    if (pgns.isEmpty() || !from || !to || !p.isSet(u"uit"_s)) {
        context.err << tr("Give --pgn PGN, --van YYYY-MM-DD, --tot YYYY-MM-DD and --uit FILE.pdf.")
                    << '\n';
        return InvalidInput;
    }
    const VerzuimstaatService::Period period{*from, *to, p.isSet(u"met-geoorloofd"_s)};
    const Status written = VerzuimstaatService(context.database(), context.clock, context.user)
                               .writeOne(pgns, period, p.value(u"uit"_s), overwriteChoice(p));
    if (!written) {
        context.err << written.error() << '\n';
        return Failure;
    }
    context.out << tr("Written: %1").arg(p.value(u"uit"_s)) << '\n';
    return Success;
}

QString ExportCommand::summary() const
{
    return tr("export meldingen|signalen|verzuim --uit FILE.xlsx|FILE.csv [--peildatum DATE] "
              "[--pgn PGN]: an overview for Excel (verzuim: one leerling's records)");
}

int ExportCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const QString what = p.positionalArguments().value(1);
    if (!p.isSet(u"uit"_s)) {
        context.err << tr("Name the file with --uit FILE.xlsx or --uit FILE.csv.") << '\n';
        return InvalidInput;
    }
    const OverviewService overviews(context.database(), context.clock, context.user);
    Result<ExportTable> table = Error{QString()};
    if (what == u"meldingen"_s) {
        table = overviews.meldingen();
    } else if (what == u"signalen"_s) {
        const QString given = p.value(u"peildatum"_s);
        const auto peildatum = given.isEmpty() ? context.clock.today() : Dates::parse(given);
        if (!peildatum) {
            context.err << tr("Give the peildatum as --peildatum YYYY-MM-DD.") << '\n';
            return InvalidInput;
        }
        table = overviews.signalen(*peildatum);
    } else if (what == u"verzuim"_s && p.isSet(u"pgn"_s)) {
        table = overviews.attendance(p.value(u"pgn"_s));
    } else {
        context.err << tr("Export meldingen, signalen or verzuim --pgn PGN.") << '\n';
        return InvalidInput;
    }
    if (!table) {
        context.err << table.error() << '\n';
        return Failure;
    }
    const Status saved = TableExport::save(*table, p.value(u"uit"_s), overwriteChoice(p));
    if (!saved) {
        context.err << saved.error() << '\n';
        return Failure;
    }
    context.out
        << tr("%n row(s) written to %1.", nullptr, int(table->rows.size())).arg(p.value(u"uit"_s))
        << '\n';
    return Success;
}
