// SPDX-License-Identifier: GPL-3.0-or-later
#include "SixteenHourRule.h"

#include <algorithm>

SixteenHourRule::SixteenHourRule(const RuleContext& context, const ContinuousRuns& runs)
    : m_context(context)
    , m_runs(runs)
{
    compute();
}

// Leerplichtwet art. 21a: "gedurende een periode van vier opeenvolgende lesweken in totaal
// zestien uren" — reached at 16, not above it. Returns the first lesdag from `index` on where the
// window sum reaches the threshold, or kNone.
int SixteenHourRule::findCrossing(int countingStart, size_t& index) const
{
    const LeerlingTimeline& timeline = m_context.timeline;
    const int threshold = timeline.unitsForHours(16);
    const auto& days = timeline.days();
    for (; index < days.size(); ++index) {
        if (days[index].countedSixteen == 0)
            continue;
        const int day = days[index].lesdag;
        const int from = std::max(countingStart, m_context.calendar.windowStart(day, 4));
        if (timeline.countedSixteenBetween(from, day) >= threshold)
            return day;
    }
    return SchoolCalendar::kNone;
}

void SixteenHourRule::compute()
{
    const SchoolCalendar& calendar = m_context.calendar;
    const LeerlingTimeline& timeline = m_context.timeline;
    int countingStart = 0;
    int previousReached = SchoolCalendar::kNone;
    size_t index = 0;
    while (true) {
        const int crossing = findCrossing(countingStart, index);
        if (crossing == SchoolCalendar::kNone)
            return;
        const int windowFrom = std::max(countingStart, calendar.windowStart(crossing, 4));
        int reached = crossing;
        // DUO: at most one melding per 7 kalenderdagen.
        if (previousReached != SchoolCalendar::kNone) {
            reached = std::max(reached, calendar.firstLesdagOnOrAfter(
                                            calendar.dateOf(previousReached).addDays(7)));
        }
        if (!m_context.exists(reached))
            return;

        if (const auto* run = m_runs.raisedRunCounted(countingStart, reached, m_sixteenHourDays)) {
            // LRV/RMC took over: no 16UUR while the run lasts, and no day of the run counts
            // towards a later one (verzuimregels §4.1): count again after its last lesdag.
            countingStart = run->last + 1;
            index = timeline.indexAtOrAfter(countingStart);
            continue;
        }
        countingStart = reached + 1; // DUO: "de dag na de einddatum … begint u opnieuw te tellen"
        index = timeline.indexAtOrAfter(countingStart);

        const LegalCategory category = timeline.categories().on(calendar.dateOf(reached));
        if (category == LegalCategory::None)
            continue;
        const SignalKind kind = category == LegalCategory::Leerplichtig
                                    ? SignalKind::SixteenHours
                                    : SignalKind::SixteenHoursAdult;
        if (kind == SignalKind::SixteenHoursAdult && !m_context.school.settings.report16HoursAdults)
            continue;
        const int start = timeline.firstCountedSixteenFrom(windowFrom);
        Signal signal =
            m_context.signal(kind, reached, start,
                             timeline.quantity(timeline.countedSixteenBetween(start, reached)));
        signal.endDate = signal.reachedOn; // DUO: einddatum = de dag waarop de 16 uur is bereikt
        m_signals.append(signal);
        if (kind == SignalKind::SixteenHours)
            m_sixteenHourDays.push_back(reached);
        previousReached = reached;
    }
}
