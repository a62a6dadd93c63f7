// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignalEngine.h"

#include <QList>

// One leerling's schooljaar at a glance: what each day holds and, per lesweek, the counted verzuim
// of the 4 lesweken ending there — the sum the 16-hour rule looks at (verzuimregels §4.1).
struct AttendanceYear
{
    enum class DayMark
    {
        NoLesdag,
        Present,
        Unauthorised,
        Late,
        Authorised,
        Sick,
        NotYet // after today
    };

    struct Day
    {
        QDate date;
        DayMark mark = DayMark::Present;
    };
    struct Week
    {
        QDate monday;
        double hours = 0;         // counted verzuim in this lesweek, in hours or lesuren
        double fourWeekHours = 0; // in the 4 lesweken ending with this one
    };

    QDate schoolYearStart;
    QList<Day> days;   // every calendar day of the schooljaar
    QList<Week> weeks; // every lesweek of the schooljaar up to today
    double threshold = 16;
    bool inLesuren = false; // vo counts lesuren, po and mbo clock hours

    // The schooljaar of `today`; days and weeks after today are not judged yet.
    static AttendanceYear compute(const School& school, const LeerlingFacts& leerling,
                                  const QList<AbsenceRecord>& records, const QDate& today);
};
