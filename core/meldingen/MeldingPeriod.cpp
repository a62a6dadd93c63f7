// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingPeriod.h"

namespace {

// A school year has far fewer non-lesdagen in a row than this (the zomervakantie is ~6 weeks).
constexpr int kMaxDaysToNextLesdag = 120;

} // namespace

MeldingPeriod::MeldingPeriod(const LesdagRule& lesdagen, QDate today)
    : m_lesdagen(lesdagen)
    , m_today(today)
{
}

bool MeldingPeriod::counts(const Melding& melding)
{
    return melding.status != MeldingStatus::Ingetrokken;
}

QDate MeldingPeriod::coveredUntil(const Melding& melding) const
{
    return melding.endDate.isValid() ? melding.endDate : std::max(m_today, melding.startDate);
}

QDate MeldingPeriod::firstLesdagAfter(const QDate& date) const
{
    QDate day = date.addDays(1);
    for (int i = 0; i < kMaxDaysToNextLesdag && !m_lesdagen.isLesdag(day); ++i)
        day = day.addDays(1);
    return day;
}

void MeldingPeriod::skipOverlaps(PlannedPeriod& period, const QList<Melding>& earlier) const
{
    bool moved = true;
    while (moved) {
        moved = false;
        const QDate until = period.to.isValid() ? period.to : std::max(m_today, period.from);
        for (const Melding& other : earlier) {
            if (!counts(other) || !other.startDate.isValid())
                continue;
            if (other.startDate <= until && period.from <= coveredUntil(other)) {
                period.from = firstLesdagAfter(coveredUntil(other));
                period.coveredBy = other.id;
                moved = true;
            }
        }
    }
}

PlannedPeriod MeldingPeriod::plan(const Signal& signal, const QList<Melding>& earlier) const
{
    PlannedPeriod period;
    period.from = signal.startDate;
    switch (signal.kind) {
    case SignalKind::Lrv:
    case SignalKind::Rmc: {
        // DUO wants at least one 16-uur melding first: the LRV/RMC melding starts after the
        // latest earlier melding inside the run; the signal keeps the run's start.
        const QDate runUntil = signal.runEnd.isValid() ? signal.runEnd : m_today;
        for (const Melding& other : earlier) {
            if (!counts(other) || !other.startDate.isValid() || other.startDate > runUntil ||
                coveredUntil(other) < signal.startDate)
                continue;
            const QDate after = firstLesdagAfter(coveredUntil(other));
            if (after > period.from) {
                period.from = after;
                period.coveredBy = other.id;
            }
        }
        period.to = signal.runEnd;
        break;
    }
    case SignalKind::Luxe:
        period.to = signal.runEnd;
        break;
    case SignalKind::Late:
        period.to = signal.reachedOn; // the lateness up to the level reached
        break;
    default:
        period.to = signal.endDate;
        break;
    }
    skipOverlaps(period, earlier);
    const QDate until = period.to.isValid() ? period.to : m_today;
    if (period.from <= until)
        period.coveredBy = 0;
    return period;
}
