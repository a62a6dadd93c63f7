// SPDX-License-Identifier: GPL-3.0-or-later
#include "LesdagRule.h"

#include <algorithm>

LesdagRule::LesdagRule(QList<Holiday> holidays, QList<QDate> daysOff)
    : m_holidays(std::move(holidays))
    , m_daysOff(std::move(daysOff))
{
    std::sort(m_daysOff.begin(), m_daysOff.end());
}

bool LesdagRule::isLesdag(const QDate& date) const
{
    if (date.dayOfWeek() > 5)
        return false;
    for (const Holiday& holiday : m_holidays) {
        if (date >= holiday.from && date <= holiday.to)
            return false;
    }
    return !std::binary_search(m_daysOff.cbegin(), m_daysOff.cend(), date);
}

QDate LesdagRule::nextLesdag(const QDate& date) const
{
    for (QDate day = date.addDays(1); day <= date.addYears(1); day = day.addDays(1)) {
        if (isLesdag(day))
            return day;
    }
    return {};
}
