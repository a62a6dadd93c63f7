// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LesdagRule.h"

#include <QDate>
#include <QList>

#include <vector>

// The school's lesdagen and lesweken over a span of dates (verzuimregels §1).
//
// Every lesdag in the span gets an ordinal (0, 1, 2, …) and every lesweek too, so that
// "consecutive lesdagen" and "the 4 lesweken ending at D" are integer arithmetic: vakanties
// simply have no ordinals and are skipped without breaking a run.
class SchoolCalendar
{
public:
    static constexpr int kNone = -1;

    SchoolCalendar(const LesdagRule& rule, QDate spanFrom, QDate spanTo);

    QDate spanFrom() const { return m_from; }
    QDate spanTo() const { return m_to; }

    int lesdagCount() const { return int(m_lesdagDates.size()); }
    // The ordinal of a lesdag; kNone for other days and days outside the span.
    int lesdagOrdinal(const QDate& date) const;
    // The ordinal of the first lesdag on or after the date; lesdagCount() if there is none.
    int firstLesdagOnOrAfter(const QDate& date) const;
    QDate dateOf(int lesdag) const { return m_lesdagDates[size_t(lesdag)]; }

    int lesweekOf(int lesdag) const { return m_lesdagWeek[size_t(lesdag)]; }
    int firstLesdagOfWeek(int lesweek) const { return m_weekFirstLesdag[size_t(lesweek)]; }
    int lastLesdagOfWeek(int lesweek) const { return m_weekLastLesdag[size_t(lesweek)]; }

    // First lesdag of the `weeks` opeenvolgende lesweken ending with the lesweek of `lesdag`
    // (fewer when the span starts later).
    int windowStart(int lesdag, int weeks) const;

private:
    int dayIndex(const QDate& date) const { return int(m_from.daysTo(date)); }

    QDate m_from;
    QDate m_to;
    std::vector<int> m_dayToLesdag;     // per calendar day: lesdag ordinal or kNone
    std::vector<int> m_dayToNextLesdag; // per calendar day: first lesdag on or after it
    std::vector<QDate> m_lesdagDates;
    std::vector<int> m_lesdagWeek;
    std::vector<int> m_weekFirstLesdag;
    std::vector<int> m_weekLastLesdag;
};
