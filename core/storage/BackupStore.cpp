// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include "SqliteHandle.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

const QString kSuffix = u".sqlite"_s;

// SQLite's online backup API: a consistent copy while the database stays in use.
Status copyDatabase(sqlite3* source, const QString& target)
{
    sqlite3* destination = nullptr;
    int rc = sqlite3_open_v2(target.toUtf8().constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(destination) != SQLITE_OK ? sqlite3_errcode(destination)
             : rc == SQLITE_DONE                       ? SQLITE_OK
                                                       : rc;
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(target);
        return Error{BackupStore::tr("Making the backup %1 failed: %2").arg(target, message)};
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

// Opens the file read-only and runs SQLite's integrity check on it.
Status checkIntegrity(const QString& path)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QString result;
    if (rc == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
        if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            result =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        else
            result = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
    } else {
        result = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(db);
    if (result != u"ok"_s)
        return Error{BackupStore::tr("%1 is damaged: %2").arg(path, result)};
    return {};
}

QString timestamp(const Clock& clock)
{
    return clock.now().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}

} // namespace

BackupStore::BackupStore(Database& database, const Clock& clock, int keep)
    : m_db(database)
    , m_clock(clock)
    , m_keep(keep)
{
}

QString BackupStore::directoryFor(const QString& databasePath)
{
    return databasePath + u".backups"_s;
}

QList<QFileInfo> BackupStore::list(const QString& databasePath)
{
    // Names start with the time, so name order is time order.
    return QDir(directoryFor(databasePath))
        .entryInfoList({u"*"_s + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
}

Result<QString> BackupStore::create(const QString& reason)
{
    if (m_db.dialect().isPostgres())
        return QString();
    sqlite3* source = sqliteHandleOf(m_db.connection());
    if (!source)
        return Error{tr("Backups are made of SQLite databases only.")};
    const QString directory = directoryFor(m_db.location());
    if (!QDir().mkpath(directory))
        return Error{tr("Cannot create the backup folder %1.").arg(directory)};
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Written under a temporary name and renamed when complete: a crash mid-copy leaves no
    // half backup among the real ones.
    // The counter tells two backups of one millisecond apart and keeps name order time order.
    QString target;
    for (int n = 1; target.isEmpty() || QFile::exists(target); ++n) {
        target = u"%1/%2-%3-%4%5"_s.arg(directory, timestamp(m_clock))
                     .arg(n, 2, 10, QChar(u'0'))
                     .arg(reason, kSuffix);
    }
    const QString partial = target + u".deel"_s;
    if (Status copied = copyDatabase(source, partial); !copied)
        return Error{copied.error()};
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{tr("Making the backup %1 failed: it cannot be renamed.").arg(target)};
    }

    const QList<QFileInfo> backups = list(m_db.location());
    for (qsizetype i = m_keep; i < backups.size(); ++i)
        QFile::remove(backups[i].filePath());
    return target;
}

Status BackupStore::ensureDaily()
{
    const QString today = m_clock.today().toString(u"yyyyMMdd"_s);
    const QList<QFileInfo> backups = list(m_db.location());
    const bool madeToday = std::any_of(backups.cbegin(), backups.cend(), [&](const QFileInfo& f) {
        return f.fileName().startsWith(today);
    });
    if (madeToday)
        return {};
    auto created = create(u"dagelijks"_s);
    return created ? Status() : Status(Error{created.error()});
}

Status BackupStore::restore(const QString& databasePath, const QString& backupPath,
                            const Clock& clock)
{
    if (!QFile::exists(backupPath))
        return Error{tr("The backup %1 does not exist.").arg(backupPath)};
    if (Status intact = checkIntegrity(backupPath); !intact)
        return intact;

    // Copy first, swap after: at every moment either the old or the new database is in place.
    const QString incoming = databasePath + u".terugzetten"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{tr("Cannot copy %1 next to %2.").arg(backupPath, databasePath)};
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // The old WAL and shared-memory files belong to the replaced file; left in place, SQLite would
    // replay them into the restored database. If any step fails, what was moved goes back.
    const QString aside = databasePath + u".vervangen-"_s + timestamp(clock);
    QStringList moved;
    const auto rollBack = [&] {
        for (const QString& suffix : std::as_const(moved))
            QFile::rename(aside + suffix, databasePath + suffix);
        QFile::remove(incoming);
    };
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (!QFile::exists(databasePath + suffix))
            continue;
        if (!QFile::rename(databasePath + suffix, aside + suffix)) {
            rollBack();
            return Error{tr("Cannot move %1 aside.").arg(databasePath + suffix)};
        }
        moved.append(suffix);
    }
    if (!QFile::rename(incoming, databasePath)) {
        rollBack();
        return Error{tr("Cannot put the backup in place as %1.").arg(databasePath)};
    }
    return {};
}
