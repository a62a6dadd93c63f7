// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolCalendar.h"

#include "util/Dates.h"

#include <algorithm>

SchoolCalendar::SchoolCalendar(const LesdagRule& rule, QDate spanFrom, QDate spanTo)
    : m_from(Dates::mondayOf(spanFrom))
    , m_to(spanTo < spanFrom ? spanFrom : spanTo)
{
    const int days = int(m_from.daysTo(m_to)) + 1;
    m_dayToLesdag.assign(size_t(days), kNone);
    m_dayToNextLesdag.assign(size_t(days), 0);

    qint64 currentWeekMonday = -1;
    for (int i = 0; i < days; ++i) {
        const QDate date = m_from.addDays(i);
        if (!rule.isLesdag(date))
            continue;
        const int ordinal = int(m_lesdagDates.size());
        const qint64 monday = Dates::mondayOf(date).toJulianDay();
        if (monday != currentWeekMonday) {
            // A week with at least one lesdag is a lesweek (vakanties tellen niet mee).
            currentWeekMonday = monday;
            m_weekFirstLesdag.push_back(ordinal);
            m_weekLastLesdag.push_back(ordinal);
        }
        m_weekLastLesdag.back() = ordinal;
        m_dayToLesdag[size_t(i)] = ordinal;
        m_lesdagDates.push_back(date);
        m_lesdagWeek.push_back(int(m_weekFirstLesdag.size()) - 1);
    }
    int next = int(m_lesdagDates.size());
    for (int i = days - 1; i >= 0; --i) {
        if (m_dayToLesdag[size_t(i)] != kNone)
            next = m_dayToLesdag[size_t(i)];
        m_dayToNextLesdag[size_t(i)] = next;
    }
}

int SchoolCalendar::lesdagOrdinal(const QDate& date) const
{
    if (date < m_from || date > m_to)
        return kNone;
    return m_dayToLesdag[size_t(dayIndex(date))];
}

int SchoolCalendar::firstLesdagOnOrAfter(const QDate& date) const
{
    if (date > m_to)
        return lesdagCount();
    if (date < m_from)
        return 0;
    return m_dayToNextLesdag[size_t(dayIndex(date))];
}

int SchoolCalendar::windowStart(int lesdag, int weeks) const
{
    const int week = std::max(0, lesweekOf(lesdag) - (weeks - 1));
    return m_weekFirstLesdag[size_t(week)];
}
