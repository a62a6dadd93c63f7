// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SchoolChanges.h"
#include "io/ImportBatch.h"
#include "io/ImportIssues.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "util/Progress.h"

#include <QCoreApplication>

struct ImportOutcome
{
    enum class Status
    {
        Stored,
        Checked, // check(): every file passed, nothing was stored
        InvalidInput,
        Cancelled,
        Failed
    };

    Status status = Status::Failed;
    ImportIssues issues; // errors and warnings, per file, line and column
    QString failure;     // when Failed: why nothing was stored
    QString backup;      // the backup made just before storing
    bool schoolStored = false;
    int leerlingen = 0;
    int contacts = 0;
    int vrijstellingen = 0;
    int absences = 0;
    std::optional<AbsenceFormat> absenceFormat; // the kind of absence file found, also on errors
    bool leerlingenFromEdexml = false;          // the leerlingen file was an EDEXML roster
    bool vakantiesFromSomtoday = false;         // the school file was Somtoday's vakanties
    QList<ConvertedSpan> convertedSpans;        // a time-range file's first spans, also on errors
    // What school.json changes in the stored school's settings; empty on a first import.
    QList<SchoolChange> schoolChanges;
    QSet<QString> affectedPgns; // leerlingen whose signals may have changed
};

// An import as the user sees it: read and check every file, then store all of it in one
// transaction, or nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    // Every import that passes its checks is preceded by a backup in `backups`. `user` must be
    // allowed to import (Permission::Import).
    ImportService(Database& database, BackupStore& backups, QString user)
        : m_db(database)
        , m_backups(backups)
        , m_user(std::move(user))
    {
    }

    // Stores everything or nothing. `progress` follows the storing and may stop it (nothing is
    // then stored).
    ImportOutcome run(const ImportFiles& files, const ProgressCallback& progress = {});
    // The same checks as run() with the counts of what would be stored; stores nothing.
    ImportOutcome check(const ImportFiles& files) const;

private:
    Result<ExistingData> existingData() const;
    // Reads and checks the files; fills the outcome's issues and counts.
    std::optional<ImportBatch> prepare(const ImportFiles& files, ImportOutcome& outcome) const;
    Status store(const ImportBatch& batch, const ProgressCallback& progress);

    Database& m_db;
    BackupStore& m_backups;
    QString m_user;
};
