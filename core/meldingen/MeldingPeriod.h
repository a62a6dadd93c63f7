// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/LesdagRule.h"
#include "domain/Melding.h"

// Where a signal's melding begins and ends among the leerling's earlier meldingen, so that DUO
// accepts it: one melding per period (van-signaal-naar-melding §1).
struct PlannedPeriod
{
    QDate from;
    QDate to;             // invalid: open, while the run lasts
    qint64 coveredBy = 0; // the earlier melding that already covers the whole period

    bool isCovered() const { return coveredBy != 0; }
};

class MeldingPeriod
{
public:
    MeldingPeriod(const LesdagRule& lesdagen, QDate today);

    PlannedPeriod plan(const Signal& signal, const QList<Melding>& earlier) const;

    // The last day a melding covers: its t/m, or today while it is open (§1). Meldingen that
    // were withdrawn cover nothing.
    QDate coveredUntil(const Melding& melding) const;
    static bool counts(const Melding& melding);
    QDate firstLesdagAfter(const QDate& date) const;

private:
    // Moves `from` past every earlier melding that overlaps [from, to] (to open: up to today).
    void skipOverlaps(PlannedPeriod& period, const QList<Melding>& earlier) const;

    const LesdagRule& m_lesdagen;
    QDate m_today;
};
