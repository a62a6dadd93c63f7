// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalenCommand.h"

#include "services/Permissions.h"

#include "TextTable.h"
#include "io/SignalJson.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"
#include "util/Dates.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QString SignalenCommand::summary() const
{
    return tr("signalen --peildatum YYYY-MM-DD [--json] [--herbereken]: the signals reached on "
              "or before the peildatum");
}

namespace {

// A verzuimmedewerker sees only the signals of the leerlingen in their scope (as of today).
Status keepScope(CliContext& context, QList<Signal>& signalList)
{
    const auto access = Permissions::of(context.database(), context.user, context.clock);
    if (!access)
        return Error{access.error()};
    if (!Roles::isScoped(access->role()))
        return {};
    // Today's scope, whatever the peildatum: an earlier date must not widen it.
    const auto scope = access->scopeToday();
    if (!scope)
        return Error{scope.error()};
    signalList.removeIf([&](const Signal& s) { return !(*scope)->contains(s.pgn); });
    return {};
}

} // namespace

int SignalenCommand::run(CliContext& context)
{
    const auto peildatum = Dates::parse(context.parser.value(u"peildatum"_s));
    if (!peildatum) {
        context.err << tr("Give the peildatum as --peildatum YYYY-MM-DD.") << '\n';
        return Failure;
    }
    SignalService service(context.database(), *peildatum);
    if (context.parser.isSet(u"herbereken"_s)) {
        if (Status recomputed = service.recomputeAll(); !recomputed) {
            context.err << recomputed.error() << '\n';
            return Failure;
        }
    }
    auto signalList = service.signals();
    if (!signalList) {
        context.err << signalList.error() << '\n';
        return Failure;
    }
    if (Status scoped = keepScope(context, *signalList); !scoped) {
        context.err << scoped.error() << '\n';
        return Failure;
    }
    // Nothing read from a file that fails its check is printed (main tells what it found).
    if (!context.database().awaitCheck())
        return Failure;
    if (context.parser.isSet(u"json"_s)) {
        context.writeRaw(SignalJson::write(*signalList));
        return Success;
    }

    const auto tracked =
        SignalWorkService(context.database(), context.clock, context.user).track(*signalList);
    if (!tracked) {
        context.err << tracked.error() << '\n';
        return Failure;
    }
    const QDate today = context.clock.today();
    const auto leerlingen = LeerlingRepository(context.database()).all();
    QHash<QString, QString> names;
    for (const Leerling& l : leerlingen ? *leerlingen : QList<Leerling>())
        names.insert(l.pgn, l.sortName());
    const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    TextTable table({tr("PGN"), tr("Leerling"), tr("Soort"), tr("Reached on"), tr("From"),
                     tr("Until"), tr("Hours"), tr("Report by"), tr("Status")});
    for (const TrackedSignal& t : *tracked) {
        const Signal& s = t.signal;
        const QString hours = s.hours.isFractional() ? dutch.toString(s.hours.inHours(), 'f', 1)
                                                     : QString::number(s.hours.value);
        table.addRow({s.pgn, names.value(s.pgn), SignalKinds::displayName(s.kind),
                      Dates::toDutch(s.reachedOn), Dates::toDutch(s.startDate),
                      Dates::toDutch(s.endDate), hours,
                      t.isOverdue(today) ? tr("%1 OVERDUE").arg(Dates::toDutch(s.reportDeadline))
                                         : Dates::toDutch(s.reportDeadline),
                      SignalStatuses::displayName(t.work.status)});
    }
    table.print(context.out);
    context.out << tr("%n signal(s) on %1.", nullptr, int(signalList->size()))
                       .arg(Dates::toDutch(*peildatum))
                << '\n';
    return Success;
}
