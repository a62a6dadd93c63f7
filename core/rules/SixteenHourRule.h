// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContinuousRuns.h"

// 16UUR and 16UUR_18PLUS (verzuimregels §4.1).
class SixteenHourRule
{
public:
    SixteenHourRule(const RuleContext& context, const ContinuousRuns& runs);

    QList<Signal> signals() const { return m_signals; }
    // bereikt_op of every 16UUR signal, as lesdag ordinals in order.
    const std::vector<int>& sixteenHourDays() const { return m_sixteenHourDays; }

private:
    void compute();
    int findCrossing(int countingStart, size_t& index) const;

    const RuleContext& m_context;
    const ContinuousRuns& m_runs;
    QList<Signal> m_signals;
    std::vector<int> m_sixteenHourDays;
};
