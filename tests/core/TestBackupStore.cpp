// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/LeerlingRepository.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int leerlingCount(const QString& path)
{
    auto db = Database::openSqlite(path);
    return db ? int(LeerlingRepository(**db).all()->size()) : -1;
}

void truncateToHalf(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
}

// A database at `path` with example p01's school and leerlingen, and a backup of it; returns the
// backup's path (empty when something failed). The database is closed again.
QString schoolWithBackup(const QString& path, const Clock& clock)
{
    auto db = Database::openSqlite(path);
    if (!db)
        return {};
    BackupStore store(**db, clock);
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    const QString leerlingen = examplePath(u"p01_po_16uur_en_herhaling"_s, u"leerlingen.csv"_s);
    if (ImportService(**db, store, u"coordinator"_s).run({school, leerlingen, {}, {}, {}}).status !=
        ImportOutcome::Status::Stored)
        return {};
    const auto backup = store.create(u"handmatig"_s);
    return backup ? *backup : QString();
}

} // namespace

class TestBackupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importMakesAPrivateBackupFirst();
    void rotationKeepsTheNewest_data();
    void rotationKeepsTheNewest();
    void dailyBackupOncePerDay();
    void aBegunBackupCountsOnceFinished_data();
    void aBegunBackupCountsOnceFinished();
    void twoBackupsInOneMillisecondKeepTheirOrder();
    void restorePutsBackupInPlaceAndKeepsTheOld();
    void restoreRefusesDamagedBackup_data();
    void restoreRefusesDamagedBackup();
    void failedRestoreRollsBack_data();
    void failedRestoreRollsBack();
    void migrationIsPrecededByABackup();
    void damagedDatabaseIsDetectedAtOpen();
};

void TestBackupStore::importMakesAPrivateBackupFirst()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const ImportOutcome second = db.importExample(u"p01_po_16uur_en_herhaling"_s);
    QVERIFY(QFile::exists(second.backup));
    QCOMPARE(QFile(second.backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(second.backup).fileName().contains(u"-import"_s));
    // The backup holds the state before the second import: the first import's leerlingen.
    QCOMPARE(leerlingCount(second.backup), 2);
}

void TestBackupStore::rotationKeepsTheNewest_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<int>("made");
    QTest::newRow("fewer_than_keep") << 5 << 3;
    QTest::newRow("exactly_keep") << 3 << 3;
    QTest::newRow("more_than_keep") << 3 << 7;
}

void TestBackupStore::rotationKeepsTheNewest()
{
    QFETCH(int, keep);
    QFETCH(int, made);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    BackupStore store(db.db(), clock, keep);
    QString newest;
    for (int i = 0; i < made; ++i) {
        clock.set(clock.now().addSecs(60));
        auto made = store.create(u"test"_s);
        QVERIFY2(made, qPrintable(made.error()));
        newest = *made;
    }
    const QList<QFileInfo> kept = BackupStore::list(db.path());
    QCOMPARE(kept.size(), std::min(keep, made));
    QCOMPARE(kept.first().filePath(), newest);
}

void TestBackupStore::dailyBackupOncePerDay()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(8, 0)));
    BackupStore store(db.db(), clock);
    QVERIFY(store.ensureDaily());
    clock.set(QDateTime(QDate(2026, 1, 15), QTime(16, 0)));
    QVERIFY(store.ensureDaily());
    QCOMPARE(BackupStore::list(db.path()).size(), 1);
    clock.set(QDateTime(QDate(2026, 1, 16), QTime(8, 0)));
    QVERIFY(store.ensureDaily());
    QCOMPARE(BackupStore::list(db.path()).size(), 2);
}

void TestBackupStore::aBegunBackupCountsOnceFinished_data()
{
    QTest::addColumn<bool>("finished");
    QTest::newRow("finished_after_writing") << true;
    QTest::newRow("abandoned") << false;
}

// An import writes while its backup's copy is checked: the backup holds the state from before,
// and counts only once finished; one abandoned leaves no file behind.
void TestBackupStore::aBegunBackupCountsOnceFinished()
{
    QFETCH(bool, finished);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const qsizetype backupsBefore = BackupStore::list(db.path()).size();
    BackupStore store(db.db(), db.clock());
    QString made;
    {
        auto pending = store.begin(u"import"_s);
        QVERIFY2(pending, qPrintable(pending ? QString() : pending.error()));
        QVERIFY(db.db().exec(u"DELETE FROM leerlingen"_s)); // the work beside the check
        if (finished) {
            const auto backup = (*pending)->finish();
            QVERIFY2(backup, qPrintable(backup ? QString() : backup.error()));
            made = *backup;
        }
    }
    const QList<QFileInfo> backups = BackupStore::list(db.path());
    QCOMPARE(backups.size(), backupsBefore + (finished ? 1 : 0));
    QVERIFY(QDir(BackupStore::directoryFor(db.path()))
                .entryList({u"*.deel*"_s}, QDir::Files)
                .isEmpty());
    if (finished) {
        QCOMPARE(backups.first().filePath(), made);
        QVERIFY(BackupStore::isVerified(backups.first()));
        QCOMPARE(leerlingCount(made), 2); // as before the work
    }
}

void TestBackupStore::twoBackupsInOneMillisecondKeepTheirOrder()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    BackupStore store(db.db(), clock, 1);
    // Same reason, same millisecond: the names differ only by their counter.
    QVERIFY(store.create(u"import"_s));
    const auto second = store.create(u"import"_s);
    QVERIFY(second);
    const QList<QFileInfo> kept = BackupStore::list(db.path());
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().filePath(), *second); // rotation never removes the newest
}

void TestBackupStore::restorePutsBackupInPlaceAndKeepsTheOld()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    const QString backup = schoolWithBackup(path, clock);
    QVERIFY(!backup.isEmpty());
    truncateToHalf(path);
    QVERIFY(!Database::openSqlite(path, {-1, &clock}));

    QVERIFY(BackupStore::restore(path, backup, clock));
    QCOMPARE(leerlingCount(path), 2);
    const QStringList aside =
        QDir(dir.path()).entryList({u"school.sqlite.vervangen-*"_s}, QDir::Files);
    QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u", "_s)));
}

void TestBackupStore::failedRestoreRollsBack_data()
{
    // Which of the database's files cannot be moved aside (a file already stands in its way).
    QTest::addColumn<QString>("blocked");
    QTest::newRow("the_database_itself") << QString();
    QTest::newRow("its_wal_after_the_database_moved") << u"-wal"_s;
    QTest::newRow("its_shared_memory_after_both_moved") << u"-shm"_s;
}

void TestBackupStore::failedRestoreRollsBack()
{
    QFETCH(QString, blocked);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    const QString backup = schoolWithBackup(path, clock);
    QVERIFY(!backup.isEmpty());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    // Stand-ins for the files SQLite keeps beside an open database, to be moved aside with it.
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile companion(path + suffix);
        QVERIFY(companion.open(QIODevice::WriteOnly));
        companion.write("companion " + suffix.toUtf8());
    }
    const QString aside = path + u".vervangen-20260115-090000-000"_s;
    QFile obstacle(aside + blocked);
    QVERIFY(obstacle.open(QIODevice::WriteOnly));
    obstacle.close();

    const auto restored = BackupStore::restore(path, backup, clock);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(path + blocked), qPrintable(restored.error()));
    // Everything is back where it was: the database unchanged, its companions beside it, and no
    // half-restored copy left.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
        QFile companion(path + suffix);
        QVERIFY2(companion.open(QIODevice::ReadOnly), qPrintable(suffix));
        QCOMPARE(companion.readAll(), "companion " + suffix.toUtf8());
    }
    QVERIFY(!QFile::exists(path + u".terugzetten"_s));
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (suffix != blocked)
            QVERIFY2(!QFile::exists(aside + suffix), qPrintable(suffix));
    }
}

void TestBackupStore::restoreRefusesDamagedBackup_data()
{
    QTest::addColumn<bool>("exists");
    QTest::newRow("truncated_backup") << true;
    QTest::newRow("missing_backup") << false;
}

void TestBackupStore::restoreRefusesDamagedBackup()
{
    QFETCH(bool, exists);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QString backup = exists ? *db.backups().create(u"test"_s) : db.dir() + u"/nope.sqlite"_s;
    if (exists)
        truncateToHalf(backup);
    const FixedClock clock(QDate(2026, 1, 15));
    const auto restored = BackupStore::restore(db.path(), backup, clock);
    QVERIFY(!restored);
    QVERIFY(restored.error().contains(backup));
    QCOMPARE(LeerlingRepository(db.db()).all()->size(), 2); // the database is untouched
}

void TestBackupStore::migrationIsPrecededByABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    QVERIFY(Database::openSqlite(path, {1}));
    QVERIFY(BackupStore::list(path).isEmpty()); // a new database needs no backup
    QVERIFY(Database::openSqlite(path));
    const QList<QFileInfo> backups = BackupStore::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().fileName().contains(
        u"voor-schema-%1"_s.arg(Migrations::latestVersion(SqlDialect(SqlDialect::Kind::Sqlite)))));
}

void TestBackupStore::damagedDatabaseIsDetectedAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db);
        const FixedClock clock(QDate(2026, 1, 15));
        BackupStore store(**db, clock);
        const QString school = examplePath(u"p03_continu_lrv_en_rmc"_s, u"school.json"_s);
        const QString leerlingen = examplePath(u"p03_continu_lrv_en_rmc"_s, u"leerlingen.csv"_s);
        const QString absenties = examplePath(u"p03_continu_lrv_en_rmc"_s, u"absenties.csv"_s);
        QCOMPARE(ImportService(**db, store, u"coordinator"_s)
                     .run({school, leerlingen, {}, absenties, {}})
                     .status,
                 ImportOutcome::Status::Stored);
        QVERIFY((*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    truncateToHalf(path);
    auto reopened = Database::openSqlite(path);
    QVERIFY(!reopened);
    QVERIFY2(reopened.error().contains(u"beschadigd"_s) || reopened.error().contains(u"damaged"_s),
             qPrintable(reopened.error()));
}

QTEST_GUILESS_MAIN(TestBackupStore)
#include "TestBackupStore.moc"
