// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDamage.h"
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SqliteFileCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kExample = u"p03_continu_lrv_en_rmc"_s;

ImportFiles exampleImport()
{
    const auto file = [](const QString& name) {
        return examplePath(kExample, name);
    };
    return {file(u"school.json"_s), file(u"leerlingen.csv"_s), {}, file(u"absenties.csv"_s), {}};
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList backupNames(const QString& path)
{
    QStringList names;
    for (const QFileInfo& backup : BackupStore::list(path))
        names.append(backup.fileName());
    return names;
}

struct SchoolState
{
    qsizetype leerlingen = -1;
    qint64 absences = -1;
    bool operator==(const SchoolState&) const = default;
};

SchoolState stateOf(Database& db)
{
    const auto leerlingen = LeerlingRepository(db).all();
    const auto absences = AbsenceRepository(db).count();
    return {leerlingen ? leerlingen->size() : -1, absences ? *absences : -1};
}

} // namespace

// The damage matrix against the core's entry points: opening, backing up, restoring.
class TestDatabaseDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void openRefusesTheFileAndLeavesItAsItIs_data();
    void openRefusesTheFileAndLeavesItAsItIs();
    void damageUnseenAtOpenIsNeverBackedUp_data();
    void damageUnseenAtOpenIsNeverBackedUp();
    void restoreRefusesWhatIsNotAGoodBackup_data();
    void restoreRefusesWhatIsNotAGoodBackup();
    void newestVerifiedBackupGivesBackTheLastGoodState_data();
    void newestVerifiedBackupGivesBackTheLastGoodState();
    void partialBackupsArePrivateAndCleanedUp();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    SchoolState m_good;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
};

// A school with p03 imported (the import's backup holds the empty school; a second backup, made
// afterwards, the imported one), closed.
void TestDatabaseDamage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"school.sqlite"_s);
    auto db = Database::openSqlite(m_path, {-1, &m_clock});
    QVERIFY2(db, qPrintable(db.error()));
    BackupStore store(**db, m_clock);
    QCOMPARE(ImportService(**db, store, u"coordinator"_s).run(exampleImport()).status,
             ImportOutcome::Status::Stored);
    m_clock.set(m_clock.now().addSecs(60));
    QVERIFY(store.create(u"handmatig"_s));
    m_good = stateOf(**db);
    QVERIFY(m_good.leerlingen > 0 && m_good.absences > 0);
}

void TestDatabaseDamage::openRefusesTheFileAndLeavesItAsItIs_data()
{
    FileDamage::addRows();
}

void TestDatabaseDamage::openRefusesTheFileAndLeavesItAsItIs()
{
    QFETCH(QString, damage);
    QVERIFY(FileDamage::apply(damage, m_path));
    const QByteArray damaged = contentsOf(m_path);
    const QStringList backups = backupNames(m_path);

    const auto opened = Database::openSqlite(m_path, {-1, &m_clock});
    QVERIFY(!opened);
    QCOMPARE(opened.errorKind(), ErrorKind::DamagedDatabase);
    QVERIFY2(opened.error().contains(m_path), qPrintable(opened.error()));
    // SQLite's own words only on a detail line.
    const QString headline = opened.error().section(u'\n', 0, 0);
    for (const QString& sqlite : {u"malformed"_s, u"disk image"_s, u"not a database"_s})
        QVERIFY2(!headline.contains(sqlite), qPrintable(opened.error()));
    QCOMPARE(contentsOf(m_path), damaged); // evidence kept as found
    QCOMPARE(backupNames(m_path), backups);
}

void TestDatabaseDamage::damageUnseenAtOpenIsNeverBackedUp_data()
{
    QTest::addColumn<QString>("damage");
    for (const QString& damage : FileDamage::kinds()) {
        if (damage.startsWith(u"random_bytes"_s))
            QTest::newRow(qPrintable(damage)) << damage;
    }
}

// Damage that arrives while the database is open (a failing disk): the import's backup finds
// it, refuses, and the database takes no more writes.
void TestDatabaseDamage::damageUnseenAtOpenIsNeverBackedUp()
{
    QFETCH(QString, damage);
    auto db = Database::openSqlite(m_path, {-1, &m_clock});
    QVERIFY(db);
    const QStringList backups = backupNames(m_path);
    QVERIFY(FileDamage::apply(damage, m_path));
    QVERIFY((*db)->exec(u"PRAGMA shrink_memory"_s)); // forget the pages read before the damage

    m_clock.set(m_clock.now().addDays(1));
    BackupStore store(**db, m_clock);
    const ImportOutcome outcome = ImportService(**db, store, u"coordinator"_s).run(exampleImport());
    QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
    QVERIFY2(outcome.failure.contains(m_path), qPrintable(outcome.failure));
    QCOMPARE(backupNames(m_path), backups);
    QVERIFY((*db)->isDamaged());
    const Status write = (*db)->transaction([] { return Status(); });
    QCOMPARE(write.errorKind(), ErrorKind::DamagedDatabase);
}

void TestDatabaseDamage::restoreRefusesWhatIsNotAGoodBackup_data()
{
    FileDamage::addRows();
}

void TestDatabaseDamage::restoreRefusesWhatIsNotAGoodBackup()
{
    QFETCH(QString, damage);
    const QString candidate = m_dir->filePath(u"kandidaat.sqlite"_s);
    QVERIFY(QFile::copy(BackupStore::newestVerified(m_path)->filePath(), candidate));
    QVERIFY(FileDamage::apply(damage, candidate));
    const QByteArray database = contentsOf(m_path);

    const auto restored = BackupStore::restore(m_path, candidate, m_clock);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(candidate), qPrintable(restored.error()));
    QCOMPARE(contentsOf(m_path), database);
    QVERIFY(QDir(m_dir->path()).entryList({u"*.vervangen-*"_s}).isEmpty());
}

void TestDatabaseDamage::newestVerifiedBackupGivesBackTheLastGoodState_data()
{
    FileDamage::addRows();
}

void TestDatabaseDamage::newestVerifiedBackupGivesBackTheLastGoodState()
{
    QFETCH(QString, damage);
    QVERIFY(FileDamage::apply(damage, m_path));
    const std::optional<QFileInfo> backup = BackupStore::newestVerified(m_path);
    QVERIFY(backup);
    QVERIFY(backup->fileName().contains(u"handmatig"_s));

    const auto restored = BackupStore::restore(m_path, backup->filePath(), m_clock);
    QVERIFY2(restored, qPrintable(restored.error()));
    auto db = Database::openSqlite(m_path, {-1, &m_clock});
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(stateOf(**db), m_good);
    // The damaged file is kept, private, as evidence.
    const QFileInfoList aside = QDir(m_dir->path()).entryInfoList({u"*.vervangen-*"_s});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(*restored, aside.first().filePath());
    QCOMPARE(aside.first().permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestDatabaseDamage::partialBackupsArePrivateAndCleanedUp()
{
    const QString directory = BackupStore::directoryFor(m_path);
    // What a backup cut off by a crash leaves: its partial copy and that copy's journal.
    for (const QString& name :
         {u"x.gecontroleerd.sqlite.deel"_s, u"x.gecontroleerd.sqlite.deel-journal"_s}) {
        QFile leftover(directory + u'/' + name);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }
    auto db = Database::openSqlite(m_path, {-1, &m_clock});
    QVERIFY(db);
    m_clock.set(m_clock.now().addSecs(60));
    const auto made = BackupStore(**db, m_clock).create(u"handmatig"_s);
    QVERIFY2(made, qPrintable(made.error()));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(*made).permissions() & others, QFileDevice::Permissions());
    QVERIFY(BackupStore::isVerified(QFileInfo(*made)));
    QCOMPARE(QDir(directory).entryList({u"*.deel*"_s}, QDir::Files), QStringList());
}

QTEST_GUILESS_MAIN(TestDatabaseDamage)
#include "TestDatabaseDamage.moc"
