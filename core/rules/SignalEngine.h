// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/SchoolCalendar.h"
#include "domain/AbsenceRecord.h"
#include "domain/School.h"
#include "domain/Signal.h"
#include "util/Dates.h"

#include <QList>

// Everything the rules need to know about one leerling besides the absence records.
struct LeerlingFacts
{
    QString pgn;
    QDate birthDate;
    QDate startkwalificatieDate; // invalid = none obtained
    QList<DateRange> inschrijvingen;
    QList<DateRange> vrijstellingen;
};

// verzuimregels.md as a pure function: signals of one leerling from plain in-memory data and a
// peildatum. No SQL, no clock. The calendar must span every record date and the peildatum.
class SignalEngine
{
public:
    SignalEngine(const School& school, const SchoolCalendar& calendar);

    // Records may come in any order; records after the peildatum are ignored, and so are
    // signals whose bereikt_op lies after it. The result is sorted by bereikt_op, then soort.
    QList<Signal> compute(const LeerlingFacts& leerling, const QList<AbsenceRecord>& records,
                          const QDate& peildatum) const;

private:
    const School& m_school;
    const SchoolCalendar& m_calendar;
};
