// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LegalCategory.h"
#include "SignalEngine.h"

#include <vector>

// Counted verzuim (verzuimregels §2): not geoorloofd, and afwezig or luxe, or te laat where the
// school counts lateness.
bool isCountedVerzuim(const AbsenceCode& code, const SchoolSettings& settings);
// The unit verzuim is counted in: lesuren (vo) or clock minutes.
Quantity::Unit countingUnit(const School& school);

// What one lesdag holds for one leerling, after dropping records that do not count
// (verzuimregels §1: not a lesdag, outside inschrijving, inside a vrijstelling, after peildatum).
struct LesdagFacts
{
    int lesdag = 0;         // ordinal in the SchoolCalendar
    int counted = 0;        // counted verzuim (§2) in the counting unit, any category
    int countedSixteen = 0; // the part that counts for 16UUR: leerling in a counting category (§3)
    bool continuous =
        false;         // not-geoorloofd whole-day afwezig, leerling leerplichtig or RMC (§4.2)
    bool sick = false; // a ziek record
    bool luxe = false; // a luxe record
    int lateOccurrences = 0; // not-geoorloofd te_laat records
};

// One leerling's lesdagen with records, in calendar order, with prefix sums so that the rules
// can ask "how much counted verzuim between these two lesdagen" in O(1).
class LeerlingTimeline
{
public:
    LeerlingTimeline(const School& school, const SchoolCalendar& calendar,
                     const LeerlingFacts& leerling, const QList<AbsenceRecord>& records,
                     const QDate& peildatum);

    const std::vector<LesdagFacts>& days() const { return m_days; }
    const LegalCategories& categories() const { return m_categories; }
    Quantity::Unit unit() const { return m_unit; }
    Quantity quantity(int amount) const { return {m_unit, amount}; }
    // `hours` expressed in the counting unit (60 minutes or one lesuur per hour).
    int unitsForHours(int hours) const;

    // Index into days() of the first entry on or after the lesdag.
    size_t indexAtOrAfter(int lesdag) const;
    // Sums over lesdagen [from, to], inclusive.
    int countedBetween(int from, int to) const;
    int countedSixteenBetween(int from, int to) const;
    // First lesdag in [from, to] with countedSixteen (or counted) > 0.
    int firstCountedSixteenFrom(int from) const;
    int firstCountedFrom(int from) const;

private:
    void mergeOutOfOrderDays();
    int sumBetween(const std::vector<int>& prefix, int from, int to) const;

    LegalCategories m_categories;
    Quantity::Unit m_unit;
    std::vector<LesdagFacts> m_days;
    int m_firstLesdag = 0;
    // prefix[i] = counted verzuim on lesdagen [m_firstLesdag, m_firstLesdag + i); empty when
    // there are no days
    std::vector<int> m_countedPrefix;
    std::vector<int> m_countedSixteenPrefix;
};
