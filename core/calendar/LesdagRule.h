// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/School.h"

// verzuimregels §1: a lesdag is Monday–Friday, not inside a vakantie (inclusive ranges) and not
// a listed vrije dag.
class LesdagRule
{
public:
    LesdagRule(QList<Holiday> holidays, QList<QDate> daysOff);
    explicit LesdagRule(const School& school)
        : LesdagRule(school.holidays, school.daysOff)
    {
    }

    bool isLesdag(const QDate& date) const;
    // The first lesdag after `date`, looking a year ahead; invalid when there is none.
    QDate nextLesdag(const QDate& date) const;

private:
    QList<Holiday> m_holidays;
    QList<QDate> m_daysOff; // sorted
};
