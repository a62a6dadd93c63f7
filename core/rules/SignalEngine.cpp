// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalEngine.h"

#include "ContinuousRuns.h"
#include "SchoolSignalRules.h"
#include "SixteenHourRule.h"

#include <algorithm>

SignalEngine::SignalEngine(const School& school, const SchoolCalendar& calendar)
    : m_school(school)
    , m_calendar(calendar)
{
}

QList<Signal> SignalEngine::compute(const LeerlingFacts& leerling,
                                    const QList<AbsenceRecord>& records,
                                    const QDate& peildatum) const
{
    const LeerlingTimeline timeline(m_school, m_calendar, leerling, records, peildatum);
    const RuleContext context{m_school, m_calendar, timeline, leerling.pgn, peildatum};

    // Order matters: 16UUR depends on when a run's LRV/RMC is raised, LRV on the 16UURs before
    // it, and PREVENTIEF on all legal signals.
    const ContinuousRuns runs(context);
    const SixteenHourRule sixteenHours(context, runs);
    const auto raisedRuns = runs.allRaised(sixteenHours.sixteenHourDays());

    QList<Signal> legal = sixteenHours.signals();
    for (const auto& raised : raisedRuns)
        legal.append(runs.signalFor(raised));

    const QList<Signal> preventive = preventiveSignals(context, legal, raisedRuns);
    const QList<Signal> late = latenessSignals(context);
    const QList<Signal> sick = sickLeaveSignals(context);
    const QList<Signal> luxe = luxeSignals(context);
    QList<Signal> all;
    all.reserve(legal.size() + preventive.size() + late.size() + sick.size() + luxe.size());
    for (const QList<Signal>* kind : {&std::as_const(legal), &preventive, &late, &sick, &luxe}) {
        for (const Signal& signal : *kind) {
            if (signal.reachedOn <= peildatum)
                all.append(signal);
        }
    }
    std::sort(all.begin(), all.end(), [](const Signal& a, const Signal& b) {
        if (a.reachedOn != b.reachedOn)
            return a.reachedOn < b.reachedOn;
        return SignalKinds::keyLess(a.kind, b.kind);
    });
    return all;
}
