// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignaalCommand.h"

#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "util/Clock.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

QString SignaalCommand::summary() const
{
    return tr("signaal --pgn PGN --soort SOORT --begindatum YYYY-MM-DD [--niveau N] --status "
              "STATUS [--reden TEXT]: records what was done with a signal");
}

int SignaalCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const auto kind = SignalKinds::fromKey(p.value(u"soort"_s));
    const auto start = Dates::parse(p.value(u"begindatum"_s));
    const auto status = SignalStatuses::fromKey(p.value(u"status"_s));
    if (p.value(u"pgn"_s).isEmpty() || !kind || !start || !status) {
        context.err << tr("Name the signal with --pgn, --soort and --begindatum, and the new "
                          "--status (nieuw, in_behandeling, gemeld or niet_melden).")
                    << '\n';
        return Failure;
    }
    const QDate peildatum = p.isSet(u"peildatum"_s)
                                ? Dates::parse(p.value(u"peildatum"_s)).value_or(QDate())
                                : context.clock.today();
    if (!peildatum.isValid()) {
        context.err << tr("Give the peildatum as --peildatum YYYY-MM-DD.") << '\n';
        return Failure;
    }
    const auto current = SignalService(context.database(), peildatum).signals();
    if (!current) {
        context.err << current.error() << '\n';
        return Failure;
    }
    const SignalKey key{p.value(u"pgn"_s), *kind, *start, p.value(u"niveau"_s).toInt()};
    const Status saved = SignalWorkService(context.database(), context.clock, context.user)
                             .setStatus(*current, key, *status, p.value(u"reden"_s));
    if (!saved) {
        context.err << saved.error() << '\n';
        return InvalidInput;
    }
    context.out << tr("Signal %1 of %2 is now: %3.")
                       .arg(SignalKinds::key(*kind), key.pgn, SignalStatuses::displayName(*status))
                << '\n';
    return Success;
}
