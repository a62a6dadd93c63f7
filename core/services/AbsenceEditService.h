// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// Corrections of the attendance register by hand: one leerling's day at a time, checked like an
// import, stored with an audit entry in the same transaction.
class AbsenceEditService
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceEditService)

public:
    AbsenceEditService(Database& database, const Clock& clock, QString user);

    Result<QList<AbsenceRecord>> day(const QString& pgn, const QDate& date) const;
    // Puts `records` in place of what the day held (an empty list clears the day) and returns
    // what was there before, so the change can be undone.
    Result<QList<AbsenceRecord>> replaceDay(const QString& pgn, const QDate& date,
                                            const QList<AbsenceRecord>& records);

private:
    Status check(const QString& pgn, const QDate& date, const QList<AbsenceRecord>& records) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};

// "O 330 min" — how a day's records read in the audit trail and in undo texts.
QString describeDay(const QList<AbsenceRecord>& records);
