// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QDate>

// A leerling whose data has been kept long enough: every inschrijving ended before the cut-off.
struct PurgeCandidate
{
    QString pgn;
    QString name;
    QDate lastEnrolledOn; // the end of the last inschrijving
    int absenceRecords = 0;
    int meldingen = 0;
    int notes = 0;

    friend bool operator==(const PurgeCandidate&, const PurgeCandidate&) = default;
};

// What the storage limitation (RetentionService) reads and removes.
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    explicit RetentionRepository(Database& database)
        : m_db(database)
    {
    }

    // The school's retention period in years; nullopt before the school was imported.
    Result<std::optional<int>> retentionYears() const;
    // False when there is no school yet to keep the setting.
    Result<bool> setRetentionYears(int years);
    // The leerlingen whose every inschrijving ended, the last before `cutoff`, with how much is
    // stored about them. A leerling without any inschrijving is never among them: we cannot tell
    // when they left.
    Result<QList<PurgeCandidate>> leftBefore(const QDate& cutoff) const;
    // The leerling and, through ON DELETE CASCADE, everything stored about them.
    Status remove(const QString& pgn);

private:
    Status countRelated(PurgeCandidate& candidate) const;

    Database& m_db;
};
