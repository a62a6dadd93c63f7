// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupRotation.h"
#include "Database.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <future>
#include <memory>
#include <optional>

class PendingBackup;

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
    // As create(), but the copy's integrity check runs beside the caller's work and the backup
    // counts only once PendingBackup::finish() has its verdict: an import writes while the copy
    // of the state before it is checked, and commits after (the check of a large school's copy
    // took a third of its weekly import). Refused at once when the database fails its check.
    Result<std::unique_ptr<PendingBackup>> begin(const QString& reason);
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
    friend class PendingBackup;
    // The copy at `partial` after its check: renamed to `target` and the old backups rotated when
    // it passed, removed when it did not.
    Result<QString> keep(const QString& partial, const QString& target, const Status& verdict);
    void rotate() const;
    void removeWhatPurgesLeftBehind() const;

    Database& m_db;
    const Clock& m_clock;
    int m_keep;
};

// A backup copied and being checked (BackupStore::begin). Its BackupStore must outlive it.
class PendingBackup
{
public:
    ~PendingBackup(); // unfinished: waits for the check and removes the copy
    PendingBackup(const PendingBackup&) = delete;
    PendingBackup& operator=(const PendingBackup&) = delete;

    // Waits for the copy's integrity check; as BackupStore::create() from there on. Call once.
    Result<QString> finish();

private:
    friend class BackupStore;
    PendingBackup(BackupStore& store, QString partial, QString target, std::future<Status> check);

    BackupStore& m_store;
    QString m_partial; // empty for PostgreSQL: nothing to keep
    QString m_target;
    std::future<Status> m_check;
    bool m_finished = false;
};
