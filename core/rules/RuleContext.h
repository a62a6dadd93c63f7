// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LeerlingTimeline.h"

// What every rule reads for one leerling, and the one way rules build a signal.
struct RuleContext
{
    const School& school;
    const SchoolCalendar& calendar;
    const LeerlingTimeline& timeline;
    QString pgn;
    QDate peildatum;

    QDate dateOf(int lesdag) const { return calendar.dateOf(lesdag); }
    bool exists(int lesdag) const
    {
        return lesdag >= 0 && lesdag < calendar.lesdagCount() && dateOf(lesdag) <= peildatum;
    }

    Signal signal(SignalKind kind, int reached, int start, Quantity hours) const
    {
        Signal s;
        s.pgn = pgn;
        s.kind = kind;
        s.reachedOn = dateOf(reached);
        s.startDate = dateOf(start);
        s.hours = hours;
        // Inspectie: melden binnen 5 werkdagen, for the soorten the law requires.
        if (SignalKinds::hasReportingDeadline(kind))
            s.reportDeadline = Dates::addWorkdays(s.reachedOn, 5);
        return s;
    }
};
