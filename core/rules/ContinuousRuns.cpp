// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContinuousRuns.h"

#include <algorithm>

ContinuousRuns::ContinuousRuns(const RuleContext& context)
    : m_context(context)
{
    // Non-lesdagen never break a run; up to `continu_tolerantie_lesdagen` missing lesdagen
    // keep it "vrijwel continu".
    const int tolerance = context.school.settings.continuousToleranceDays;
    for (const LesdagFacts& day : context.timeline.days()) {
        if (!day.continuous)
            continue;
        if (m_runs.empty() || day.lesdag - m_runs.back().last - 1 > tolerance)
            m_runs.push_back(Run{day.lesdag, day.lesdag, {}, {}});
        m_runs.back().last = day.lesdag;
        m_runs.back().lesdagen.push_back(day.lesdag);
    }
    for (Run& run : m_runs)
        addCandidates(run);
}

int ContinuousRuns::missingInSpan(const Run& run, int from, int to) const
{
    const auto begin = std::lower_bound(run.lesdagen.cbegin(), run.lesdagen.cend(), from);
    const auto end = std::upper_bound(run.lesdagen.cbegin(), run.lesdagen.cend(), to);
    return (to - from + 1) - int(end - begin);
}

void ContinuousRuns::addCandidates(Run& run) const
{
    const SchoolCalendar& calendar = m_context.calendar;
    const SchoolSettings& settings = m_context.school.settings;
    for (int week = calendar.lesweekOf(run.first); week <= calendar.lesweekOf(run.last); ++week) {
        const int lastOfWeek = calendar.lastLesdagOfWeek(week);
        const LegalCategory category =
            m_context.timeline.categories().on(calendar.dateOf(lastOfWeek));
        // Leerplichtwet art. 21a / DUO: LRV after 4 weeks; WEB 9.2.2: RMC after 4 weeks or a
        // shorter period the school sets (rmc_weken).
        const int weeks = category == LegalCategory::Leerplichtig ? 4 : settings.rmcWeeks;
        if (category == LegalCategory::None || week - (weeks - 1) < 0)
            continue;
        const int spanStart = calendar.windowStart(lastOfWeek, weeks);
        if (missingInSpan(run, spanStart, lastOfWeek) > settings.continuousToleranceDays)
            continue;
        run.candidates.push_back({lastOfWeek, category == LegalCategory::Leerplichtig
                                                  ? SignalKind::Lrv
                                                  : SignalKind::Rmc});
    }
}

std::optional<ContinuousRuns::Candidate>
ContinuousRuns::raised(const Run& run, const std::vector<int>& sixteenHourDays) const
{
    for (const Candidate& candidate : run.candidates) {
        if (candidate.kind == SignalKind::Rmc)
            return candidate;
        const bool earlierSixteen =
            std::any_of(sixteenHourDays.cbegin(), sixteenHourDays.cend(),
                        [&](int day) { return day >= run.first && day < candidate.lesdag; });
        if (earlierSixteen)
            return candidate;
    }
    return std::nullopt;
}

const ContinuousRuns::Run*
ContinuousRuns::raisedRunCounted(int countingStart, int reached,
                                 const std::vector<int>& sixteenHourDays) const
{
    for (const Run& run : m_runs) {
        if (run.last < countingStart || run.first > reached)
            continue;
        const auto candidate = raised(run, sixteenHourDays);
        if (candidate && candidate->lesdag <= reached)
            return &run;
    }
    return nullptr;
}

std::vector<ContinuousRuns::Raised>
ContinuousRuns::allRaised(const std::vector<int>& sixteenHourDays) const
{
    std::vector<Raised> result;
    for (const Run& run : m_runs) {
        if (const auto candidate = raised(run, sixteenHourDays);
            candidate && m_context.exists(candidate->lesdag))
            result.push_back({&run, *candidate});
    }
    return result;
}

Signal ContinuousRuns::signalFor(const Raised& raised) const
{
    // uren: counted verzuim (§2, no category filter) on the run's lesdagen up to bereikt_op.
    const int hours = m_context.timeline.countedBetween(raised.run->first, raised.candidate.lesdag);
    Signal signal = m_context.signal(raised.candidate.kind, raised.candidate.lesdag,
                                     raised.run->first, m_context.timeline.quantity(hours));
    // Over once more lesdagen have passed after it than the tolerance could bridge.
    const int tolerance = m_context.school.settings.continuousToleranceDays;
    if (m_context.exists(raised.run->last + tolerance + 1))
        signal.runEnd = m_context.dateOf(raised.run->last);
    return signal;
}
