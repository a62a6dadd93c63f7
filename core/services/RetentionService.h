// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportTable.h"
#include "storage/BackupStore.h"
#include "storage/PurgeLedger.h"
#include "storage/RetentionRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDate>

struct PurgeReport
{
    QDate cutoff;
    QString backup; // the copy made just before (empty on PostgreSQL: the server's backups)
    QList<PurgeCandidate> removed;

    // What was removed, for the school's own records.
    ExportTable table() const;
};

// The AVG's storage limitation: leerlingen whose inschrijving ended more than the school's
// retention period ago (default 5 years) are removed with everything about them — absence,
// meldingen with their versions and attachments, notes, signal work. Always a preview first;
// the purge removes exactly what the preview showed, after a backup, and records itself beside
// the backups (PurgeLedger) so that a backup put back later is purged again. The audit trail
// keeps that a purge happened and how many leerlingen it removed, not who they were: the PGN and
// details are cleared from the removed leerlingen' earlier entries (the one change it allows).
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

public:
    static constexpr int kDefaultYears = 5;

    RetentionService(Database& database, const Clock& clock, QString user);

    Result<int> retentionYears() const;
    Status setRetentionYears(int years);
    // The day before which an inschrijving must have ended for its leerling to be removed.
    Result<QDate> cutoff() const;

    Result<QList<PurgeCandidate>> preview() const;
    // Removes `confirmed`, which must be exactly what preview() shows now (the coordinator
    // confirmed that list; if the data changed since, nothing is removed).
    Result<PurgeReport> purge(const QList<PurgeCandidate>& confirmed, BackupStore& backups);
    // Removes again what `purges` removed, from a database put back from a backup made before
    // them (RestoreService), recording each in the audit trail. Returns how many leerlingen went.
    Result<int> purgeAgain(const QList<PurgeLedger::Purge>& purges);

private:
    Status remove(const QList<PurgeCandidate>& leerlingen);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
