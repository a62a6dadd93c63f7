// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

// One registered absence of a leerling on one day (absenties.csv).
struct AbsenceRecord
{
    QString pgn;
    QDate date;
    QString code;
    int minutes = 0; // clock minutes missed
    int lesuren = 0; // lesuren missed (vo counts these)
    bool wholeDay = false;
    QString remark;
    // False when the file carried no hele_dag: the lestijden decide (verzuimregels.md §4.2).
    bool wholeDayGiven = true;

    friend bool operator==(const AbsenceRecord&, const AbsenceRecord&) = default;
};
// QList moves records with memmove when it grows (loading two million of them).
Q_DECLARE_TYPEINFO(AbsenceRecord, Q_RELOCATABLE_TYPE);
