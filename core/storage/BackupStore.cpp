// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include "DatabaseFault.h"
#include "PurgeLedger.h"
#include "SqliteFileCheck.h"
#include "SqliteHandle.h"

#include <QDir>
#include <QFile>

#include <future>

using namespace Qt::StringLiterals;

namespace {

const QString kSuffix = u".sqlite"_s;
// The name of a backup that passed its integrity check ends so.
const QString kVerifiedSuffix = u".gecontroleerd.sqlite"_s;
const QString kPartialSuffix = u".deel"_s;
// What herstel sets aside is named after the database, this, and the time.
const QString kAsideInfix = u".vervangen-"_s;

constexpr QFileDevice::Permissions kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// SQLite's online backup API: a consistent copy while the database stays in use. The target is
// created private before SQLite opens it, so its journal, which takes the file's permissions,
// is private too.
Status copyDatabase(sqlite3* source, const QString& target)
{
    QFile created(target);
    if (!created.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !created.setPermissions(kPrivate))
        return Error{BackupStore::tr("Cannot create the backup %1: %2")
                         .arg(QDir::toNativeSeparators(target), created.errorString())};
    created.close();
    sqlite3* destination = nullptr;
    int rc =
        sqlite3_open_v2(target.toUtf8().constData(), &destination, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        rc = sqlite3_errcode(destination) != SQLITE_OK ? sqlite3_errcode(destination)
             : rc == SQLITE_DONE                       ? SQLITE_OK
                                                       : rc;
        // The copy took the WAL mode with page 1. A backup is one file at rest: a reader of a
        // WAL file leaves -wal and -shm files beside it. Opened as the database, it is WAL again.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(destination, "PRAGMA journal_mode = DELETE", nullptr, nullptr,
                              nullptr);
    }
    const QString message = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(target);
        QFile::remove(target + u"-journal"_s);
        const Error failed{BackupStore::tr("Making the backup %1 failed: %2")
                               .arg(QDir::toNativeSeparators(target), message)};
        return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB
                   ? Error{failed.message, ErrorKind::DamagedDatabase}
                   : failed;
    }
    return {};
}

// Half backups of a program that stopped midway: never backups, only in the way.
void removePartials(const QString& directory)
{
    const QDir dir(directory);
    for (const QString& name : dir.entryList({u"*"_s + kPartialSuffix + u"*"_s}, QDir::Files))
        QFile::remove(dir.filePath(name));
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

bool BackupStore::isVerified(const QFileInfo& backup)
{
    return backup.fileName().endsWith(kVerifiedSuffix);
}

QString BackupStore::reasonOf(const QFileInfo& backup)
{
    // yyyyMMdd-HHmmss-zzz-NN-REASON.gecontroleerd.sqlite (or .sqlite before backups were checked)
    QString name = backup.fileName().mid(23);
    for (const QString& suffix : {kVerifiedSuffix, kSuffix}) {
        if (name.endsWith(suffix))
            return name.chopped(suffix.size());
    }
    return name;
}

QDateTime BackupStore::madeAt(const QFileInfo& backup)
{
    const QDateTime named =
        QDateTime::fromString(backup.fileName().left(19), u"yyyyMMdd-HHmmss-zzz"_s);
    return named.isValid() ? named : backup.lastModified();
}

std::optional<QFileInfo> BackupStore::newestVerified(const QString& databasePath)
{
    for (const QFileInfo& backup : list(databasePath)) {
        if (isVerified(backup))
            return backup;
    }
    return std::nullopt;
}

Result<QString> BackupStore::create(const QString& reason)
{
    auto pending = begin(reason);
    if (!pending)
        return pending.failure();
    return (*pending)->finish();
}

Result<std::unique_ptr<PendingBackup>> BackupStore::begin(const QString& reason)
{
    if (m_db.dialect().isPostgres())
        return std::unique_ptr<PendingBackup>(new PendingBackup(*this, {}, {}, {}));
    sqlite3* source = sqliteHandleOf(m_db.connection());
    if (!source)
        return Error{tr("Backups are made of SQLite databases only.")};
    // A damaged database is never copied over good backups: the copy would push them out.
    auto quickCheck = m_db.exec(u"PRAGMA quick_check"_s);
    if (!quickCheck || !quickCheck->next() || quickCheck->value(0).toString() != u"ok"_s) {
        if (!quickCheck && quickCheck.errorKind() != ErrorKind::DamagedDatabase)
            return quickCheck.failure(); // a lock or a disk error: nothing known about damage
        const QString detail = !quickCheck ? quickCheck.error() : quickCheck->value(0).toString();
        m_db.markDamaged();
        return Error{tr("No backup was made, to keep the good ones: the database %1 is damaged.")
                             .arg(QDir::toNativeSeparators(m_db.location())) +
                         u'\n' + DatabaseFault::tr("Detail: %1").arg(detail),
                     ErrorKind::DamagedDatabase};
    }
    const QString directory = directoryFor(m_db.location());
    if (!QDir().mkpath(directory))
        return Error{
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(directory))};
    QFile::setPermissions(directory, kPrivate | QFileDevice::ExeOwner);
    removePartials(directory);
    // Written under a temporary name, checked, and renamed when good: a crash mid-copy leaves
    // no half backup among the real ones, and a bad copy never counts as a backup.
    // The counter tells two backups of one millisecond apart and keeps name order time order.
    QString target;
    for (int n = 1; target.isEmpty() || QFile::exists(target); ++n) {
        target = u"%1/%2-%3-%4%5"_s.arg(directory, timestamp(m_clock))
                     .arg(n, 2, 10, QChar(u'0'))
                     .arg(reason, kVerifiedSuffix);
    }
    const QString partial = target + kPartialSuffix;
    if (Status copied = copyDatabase(source, partial); !copied) {
        if (copied.errorKind() == ErrorKind::DamagedDatabase)
            m_db.markDamaged();
        return copied.failure();
    }
    // The copy is a file of its own, read by a connection of its own: the check needs nothing
    // of this thread's connection, which goes on writing.
    std::future<Status> check = std::async(std::launch::async, [partial] {
        return SqliteFileCheck::check(partial, SqliteFileCheck::Depth::Full);
    });
    return std::unique_ptr<PendingBackup>(
        new PendingBackup(*this, partial, target, std::move(check)));
}

Result<QString> BackupStore::keep(const QString& partial, const QString& target,
                                  const Status& verdict)
{
    if (!verdict) {
        QFile::remove(partial);
        if (verdict.errorKind() != ErrorKind::DamagedDatabase)
            return verdict.failure();
        m_db.markDamaged();
        return Error{tr("No backup was made, to keep the good ones: its copy of %1 fails the "
                        "integrity check.")
                             .arg(QDir::toNativeSeparators(m_db.location())) +
                         u'\n' + verdict.error(),
                     ErrorKind::DamagedDatabase};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{tr("Making the backup %1 failed: it cannot be renamed.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    rotate();
    removeWhatPurgesLeftBehind();
    return target;
}

PendingBackup::PendingBackup(BackupStore& store, QString partial, QString target,
                             std::future<Status> check)
    : m_store(store)
    , m_partial(std::move(partial))
    , m_target(std::move(target))
    , m_check(std::move(check))
{
}

PendingBackup::~PendingBackup()
{
    if (m_finished || m_partial.isEmpty())
        return;
    m_check.wait(); // it reads the copy
    QFile::remove(m_partial);
}

Result<QString> PendingBackup::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    if (m_partial.isEmpty())
        return QString(); // PostgreSQL: its server keeps the backups
    return m_store.keep(m_partial, m_target, m_check.get());
}

void BackupStore::rotate() const
{
    const QList<QFileInfo> backups = list(m_db.location());
    QList<BackupRotation::Backup> generations;
    for (const QFileInfo& backup : backups)
        generations.append({madeAt(backup), isVerified(backup)});
    const QSet<qsizetype> kept = BackupRotation::kept(generations, m_clock.today(), m_keep);
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (!kept.contains(i))
            QFile::remove(backups[i].filePath());
    }
}

// Once a purge's undo window is over, nothing made before it may still hold the leerlingen it
// removed: the backups go, as long as a verified one made after it stays. The files herstel set
// aside go after the same window, purge or not. (An unreadable record of purges leaves the
// backups as they are; RestoreService reports it.)
void BackupStore::removeWhatPurgesLeftBehind() const
{
    const QString location = m_db.location();
    const QDateTime now = m_clock.now();
    const QList<QFileInfo> backups = list(location);
    const auto purges = PurgeLedger::read(location);
    for (const PurgeLedger::Purge& purge : purges ? *purges : QList<PurgeLedger::Purge>()) {
        if (purge.at.addDays(PurgeLedger::kUndoDays) > now)
            continue;
        const bool keptAfter =
            std::any_of(backups.cbegin(), backups.cend(), [&](const QFileInfo& backup) {
                return isVerified(backup) && madeAt(backup) > purge.at;
            });
        for (const QFileInfo& backup : backups) {
            if (keptAfter && madeAt(backup) <= purge.at)
                QFile::remove(backup.filePath());
        }
    }
    const QFileInfo database(location);
    const QString asidePrefix = database.fileName() + kAsideInfix;
    for (const QFileInfo& aside :
         database.dir().entryInfoList({asidePrefix + u"*"_s}, QDir::Files)) {
        const QDateTime named = QDateTime::fromString(aside.fileName().mid(asidePrefix.size(), 19),
                                                      u"yyyyMMdd-HHmmss-zzz"_s);
        if ((named.isValid() ? named : aside.lastModified()).addDays(PurgeLedger::kUndoDays) <= now)
            QFile::remove(aside.filePath());
    }
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

Result<QString> BackupStore::restore(const QString& databasePath, const QString& backupPath,
                                     const Clock& clock)
{
    if (!QFile::exists(backupPath))
        return Error{tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backupPath))};
    if (auto schema = SqliteFileCheck::verzuimdeskSchema(backupPath); !schema)
        return Error{
            tr("%1 is not restored: %2").arg(QDir::toNativeSeparators(backupPath), schema.error())};
    if (Status intact = SqliteFileCheck::check(backupPath, SqliteFileCheck::Depth::Full); !intact)
        return Error{
            tr("%1 is not restored: %2").arg(QDir::toNativeSeparators(backupPath), intact.error())};

    // Copy first, swap after: at every moment either the old or the new database is in place.
    const QString incoming = databasePath + u".terugzetten"_s;
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error{tr("Cannot copy %1 next to %2.").arg(backupPath, databasePath)};
    QFile::setPermissions(incoming, kPrivate);

    // The old WAL and shared-memory files belong to the replaced file; left in place, SQLite would
    // replay them into the restored database. If any step fails, what was moved goes back.
    const QString aside = databasePath + kAsideInfix + timestamp(clock);
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
        QFile::setPermissions(aside + suffix, kPrivate);
        moved.append(suffix);
    }
    if (!QFile::rename(incoming, databasePath)) {
        rollBack();
        return Error{tr("Cannot put the backup in place as %1.").arg(databasePath)};
    }
    return moved.contains(QString()) ? aside : QString();
}
