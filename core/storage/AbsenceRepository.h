// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SignalStore.h"
#include "domain/AbsenceRecord.h"
#include "util/Progress.h"

#include <QCoreApplication>

#include <QHash>
#include <QSet>

class AbsenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceRepository)

public:
    explicit AbsenceRepository(Database& database)
        : m_db(database)
    {
    }

    // uitwisselformaat: records replace, per leerling per datum, what was stored for that day.
    // Stops with an error when `progress` asks to; call inside a transaction, which then rolls
    // back.
    Status replaceDays(const QList<AbsenceRecord>& records, const ProgressCallback& progress = {});
    // Removes every record of the leerling on that day. Call inside a transaction.
    Status clearDay(const QString& pgn, const QDate& date);
    // Every record from `from` to `to` inclusive, of every leerling: an export that states its
    // period replaces it (uitwisselformaat, "Replacing a period"). Call inside a transaction.
    Status clearPeriod(const QDate& from, const QDate& to);

    Result<QList<AbsenceRecord>> forLeerling(const QString& pgn) const;
    Result<QList<AbsenceRecord>> onDay(const QString& pgn, const QDate& date) const;
    // Every record by pgn, in date order, without remarks: the rules never read them, and
    // leaving them out makes loading a large school a fifth faster.
    Result<QHash<QString, QList<AbsenceRecord>>> allForRules() const;
    Result<int> count() const;
    // Whether a stored record's file gave no hele_dag, so the lestijden must tell its whole day.
    Result<bool> anyWithoutWholeDay() const;

private:
    // replaceDays, marking each leerling for the stored signals through `mark` when given.
    Status writeDays(const QList<AbsenceRecord>& records, const ProgressCallback& progress,
                     const SignalStore::Marker& mark);
    // replaceDays on PostgreSQL for an import: the records copied (COPY) into a table of this
    // transaction, then the days they cover replaced in two statements.
    Status copyDays(const QList<AbsenceRecord>& records, const ProgressCallback& progress);

    Result<QSet<QString>> pgnsWithRecords() const;

    Database& m_db;
};
