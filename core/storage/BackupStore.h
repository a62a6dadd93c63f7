// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupRotation.h"
#include "Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

// Rotating backups of a SQLite database, made with SQLite's online backup API, in a private
// folder next to it: `school.sqlite` keeps them in `school.sqlite.backups/`. Made before every
// import, migration and purge, and daily while the application is used. Only of a database that
// passes SQLite's quick_check, and kept only when the copy passes its integrity_check: such a
// backup is verified (its name says so), and BackupRotation never drops the newest of those.
// PurgeLedger::kUndoDays after a purge, the backups made before it go (they hold what it removed).
// A
// team's PostgreSQL database is backed up by its server (pg_dump, WAL archiving: the school's IT
// department), not by one coordinator's program; there create() makes nothing and says so with an
// empty path.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    static constexpr int kDefaultKeep = BackupRotation::kNewest;

    BackupStore(Database& database, const Clock& clock, int keep = kDefaultKeep);

    // Copies the database now; `reason` ends up in the file name (import, migratie, dagelijks).
    // Refused (ErrorKind::DamagedDatabase) when the database or its copy fails the check. Old
    // backups go as BackupRotation says, with `keep` the newest kept whatever they are. Returns
    // the new backup's path (empty for PostgreSQL).
    Result<QString> create(const QString& reason);
    // Makes a daily backup unless one was made today.
    Status ensureDaily();

    const Clock& clock() const { return m_clock; }

    // Backups of the database at `databasePath`, newest first.
    static QList<QFileInfo> list(const QString& databasePath);
    static QString directoryFor(const QString& databasePath);
    // Whether the backup passed the integrity check when it was made.
    static bool isVerified(const QFileInfo& backup);
    // Why the backup was made (import, dagelijks, …), from its name.
    static QString reasonOf(const QFileInfo& backup);
    // When the backup was made, from its name.
    static QDateTime madeAt(const QFileInfo& backup);
    // The newest verified backup, or nothing.
    static std::optional<QFileInfo> newestVerified(const QString& databasePath);

    // Replaces the database at `databasePath` (which must not be open) with `backupPath` after
    // checking that it is an undamaged Verzuimdesk database of a schema this program knows. The
    // replaced file is kept beside it, private, as `….vervangen-<time>` — a damaged database may
    // still hold evidence. Returns where the replaced file was put (empty when there was none).
    static Result<QString> restore(const QString& databasePath, const QString& backupPath,
                                   const Clock& clock);

private:
    void rotate() const;
    void removeWhatPurgesLeftBehind() const;

    Database& m_db;
    const Clock& m_clock;
    int m_keep;
};
