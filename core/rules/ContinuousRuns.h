// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RuleContext.h"

#include <optional>
#include <vector>

// Continuous (whole-day, not-geoorloofd) absence and the LRV / RMC_18PLUS signal it raises
// (verzuimregels §4.2).
class ContinuousRuns
{
public:
    struct Candidate
    {
        int lesdag;      // last lesdag of a fully covered lesweek
        SignalKind kind; // Lrv or Rmc, by the leerling's category on that day
    };
    struct Run
    {
        int first = 0;
        int last = 0;
        std::vector<int> lesdagen; // lesdagen of the run with continuous absence
        std::vector<Candidate> candidates;
    };
    struct Raised
    {
        const Run* run;
        Candidate candidate;
    };

    explicit ContinuousRuns(const RuleContext& context);

    // The day the run's signal is raised given the 16UUR signals so far: LRV needs an earlier
    // 16UUR in the same run (DUO: "…tenminste één melding 16 uren per 4 weken"), RMC does not.
    std::optional<Candidate> raised(const Run& run, const std::vector<int>& sixteenHourDays) const;
    // A run whose signal was raised on or before `reached` and that still has lesdagen on or
    // after `countingStart`: those days may not count towards a 16UUR reached on `reached`.
    const Run* raisedRunCounted(int countingStart, int reached,
                                const std::vector<int>& sixteenHourDays) const;

    std::vector<Raised> allRaised(const std::vector<int>& sixteenHourDays) const;
    Signal signalFor(const Raised& raised) const;

private:
    void addCandidates(Run& run) const;
    int missingInSpan(const Run& run, int from, int to) const;

    const RuleContext& m_context;
    std::vector<Run> m_runs;
};
