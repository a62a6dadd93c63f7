// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

// Rotating backups of a SQLite database, made with SQLite's online backup API, in a private
// folder next to it: `school.sqlite` keeps them in `school.sqlite.backups/`. Made before every
// import, migration and purge, and daily while the application is used. A team's PostgreSQL
// database is backed up by its server (pg_dump, WAL archiving: the school's IT department), not
// by one coordinator's program; there create() makes nothing and says so with an empty path.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    static constexpr int kDefaultKeep = 10;

    BackupStore(Database& database, const Clock& clock, int keep = kDefaultKeep);

    // Copies the database now; `reason` ends up in the file name (import, migratie, dagelijks).
    // The oldest backups beyond `keep` are removed. Returns the new backup's path (empty for
    // PostgreSQL).
    Result<QString> create(const QString& reason);
    // Makes a daily backup unless one was made today.
    Status ensureDaily();

    const Clock& clock() const { return m_clock; }

    // Backups of the database at `databasePath`, newest first.
    static QList<QFileInfo> list(const QString& databasePath);
    static QString directoryFor(const QString& databasePath);

    // Replaces the database at `databasePath` (which must not be open) with `backupPath` after
    // checking the backup's integrity. The replaced file is kept beside it as
    // `….vervangen-<time>` — a damaged database may still hold evidence.
    static Status restore(const QString& databasePath, const QString& backupPath,
                          const Clock& clock);

private:
    Database& m_db;
    const Clock& m_clock;
    int m_keep;
};
