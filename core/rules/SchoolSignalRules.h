// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContinuousRuns.h"

// The school's own signals (verzuimregels §4.3). They never lead to a DUO melding by themselves.

// PREVENTIEF: counted verzuim reaches `preventief_uren` within 4 lesweken.
QList<Signal> preventiveSignals(const RuleContext& context, const QList<Signal>& legalSignals,
                                const std::vector<ContinuousRuns::Raised>& raisedRuns);

// TE_LAAT: the n-th not-geoorloofd te_laat record of the schooljaar (3-6-9 ladder).
QList<Signal> latenessSignals(const RuleContext& context);

// ZIEK_MAZL: 4th ziekmelding within 12 lesweken, or 7th consecutive lesdag of one (M@ZL).
QList<Signal> sickLeaveSignals(const RuleContext& context);

// LUXE: first lesdag of each run of consecutive lesdagen with a luxe record.
QList<Signal> luxeSignals(const RuleContext& context);
