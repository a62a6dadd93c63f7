// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDamage.h"
#include "TestDatabase.h"

#include "storage/BackupRotation.h"
#include "storage/LeerlingRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Backup = BackupRotation::Backup;

const QDate kToday(2026, 11, 30);

// `count` backups, newest first, one every `hoursApart` hours back from today 20:00.
QList<Backup> backupsBack(int count, int hoursApart, bool verified)
{
    QList<Backup> backups;
    const QDateTime newest(kToday, QTime(20, 0));
    for (int i = 0; i < count; ++i)
        backups.append({newest.addSecs(-qint64(i) * hoursApart * 3600), verified});
    return backups;
}

QList<QDate> keptDates(const QList<Backup>& backups, const QSet<qsizetype>& kept)
{
    QList<QDate> dates;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (kept.contains(i))
            dates.append(backups[i].made.date());
    }
    return dates;
}

void importP01(Database& db, const Clock& clock)
{
    BackupStore store(db, clock);
    const auto file = [](const QString& name) {
        return examplePath(u"p01_po_16uur_en_herhaling"_s, name);
    };
    const ImportOutcome outcome =
        ImportService(db, store, u"coordinator"_s)
            .run({file(u"school.json"_s), file(u"leerlingen.csv"_s), {}, {}, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
}

} // namespace

class TestBackupRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestAreKeptWhateverTheyAre_data();
    void newestAreKeptWhateverTheyAre();
    void newestVerifiedSurvivesAnyRunOfUnverified_data();
    void newestVerifiedSurvivesAnyRunOfUnverified();
    void generationsReachBackDaysWeeksAndMonths();
    void aMonthOfImportsOnADamagedDatabaseKeepsTheLastGoodBackup();
    void dailyImportsKeepAVerifiedBackupOlderThanAWeek();
};

void TestBackupRotation::newestAreKeptWhateverTheyAre_data()
{
    QTest::addColumn<int>("made");
    QTest::addColumn<int>("newest");
    QTest::newRow("fewer_than_newest") << 4 << 10;
    QTest::newRow("as_many_as_newest") << 10 << 10;
    QTest::newRow("more_in_one_day") << 25 << 10;
}

void TestBackupRotation::newestAreKeptWhateverTheyAre()
{
    QFETCH(int, made);
    QFETCH(int, newest);
    // Every half hour of one day: the generations add nothing older than today.
    const QList<Backup> backups = backupsBack(made, 0, false);
    const QSet<qsizetype> kept = BackupRotation::kept(backups, kToday, newest);
    QCOMPARE(kept.size(), std::min(made, newest));
    for (qsizetype i = 0; i < kept.size(); ++i)
        QVERIFY(kept.contains(i));
}

void TestBackupRotation::newestVerifiedSurvivesAnyRunOfUnverified_data()
{
    QTest::addColumn<int>("unverifiedAfter");
    QTest::newRow("one") << 1;
    QTest::newRow("a_month_of_daily") << 31;
    QTest::newRow("a_year_of_daily") << 365;
}

void TestBackupRotation::newestVerifiedSurvivesAnyRunOfUnverified()
{
    QFETCH(int, unverifiedAfter);
    QList<Backup> backups = backupsBack(unverifiedAfter, 24, false);
    backups.append({backups.last().made.addDays(-1), true});
    const QSet<qsizetype> kept = BackupRotation::kept(backups, kToday);
    QVERIFY(kept.contains(backups.size() - 1));
    QCOMPARE(kept.size(), std::min(unverifiedAfter, BackupRotation::kNewest) + 1);
}

void TestBackupRotation::generationsReachBackDaysWeeksAndMonths()
{
    // Four verified backups a day for two years.
    const QList<Backup> backups = backupsBack(4 * 730, 6, true);
    const QSet<qsizetype> kept = BackupRotation::kept(backups, kToday);
    const QList<QDate> dates = keptDates(backups, kept);
    QVERIFY(kept.size() <= BackupRotation::kNewest + BackupRotation::kDays +
                               BackupRotation::kWeeks + BackupRotation::kMonths);
    const auto keptOn = [&](qint64 daysBack) {
        return std::any_of(dates.cbegin(), dates.cend(),
                           [&](const QDate& d) { return d.daysTo(kToday) >= daysBack; });
    };
    QVERIFY(keptOn(6));   // every day of the last week
    QVERIFY(keptOn(28));  // weekly for five weeks
    QVERIFY(keptOn(330)); // monthly for a year
    QVERIFY(!keptOn(366));
    for (int day = 0; day < BackupRotation::kDays; ++day)
        QVERIFY2(dates.contains(kToday.addDays(-day)), qPrintable(kToday.addDays(-day).toString()));
}

// The tester's story of issue 21: a database damaged on day 10 and imported into every day after.
void TestBackupRotation::aMonthOfImportsOnADamagedDatabaseKeepsTheLastGoodBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    FixedClock clock(QDateTime(QDate(2026, 9, 1), QTime(8, 0)));
    for (int day = 1; day <= 10; ++day, clock.set(clock.now().addDays(1))) {
        auto db = Database::openSqlite(path, {-1, &clock});
        QVERIFY2(db, qPrintable(db.error()));
        importP01(**db, clock);
    }
    const std::optional<QFileInfo> lastGood = BackupStore::newestVerified(path);
    QVERIFY(lastGood);
    QVERIFY(FileDamage::apply(u"random_bytes_middle"_s, path));
    const QStringList before = QDir(BackupStore::directoryFor(path)).entryList(QDir::Files);

    for (int day = 11; day <= 41; ++day, clock.set(clock.now().addDays(1))) {
        auto db = Database::openSqlite(path, {-1, &clock});
        QVERIFY(!db);
        QCOMPARE(db.errorKind(), ErrorKind::DamagedDatabase);
    }
    QCOMPARE(QDir(BackupStore::directoryFor(path)).entryList(QDir::Files), before);
    QCOMPARE(BackupStore::newestVerified(path)->fileName(), lastGood->fileName());
    QVERIFY(BackupStore::restore(path, lastGood->filePath(), clock));
    auto restored = Database::openSqlite(path, {-1, &clock});
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(LeerlingRepository(**restored).all()->size(), 2);
}

void TestBackupRotation::dailyImportsKeepAVerifiedBackupOlderThanAWeek()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    FixedClock clock(QDateTime(QDate(2026, 9, 1), QTime(8, 0)));
    for (int day = 0; day < 45; ++day) {
        clock.set(QDateTime(QDate(2026, 9, 1).addDays(day), QTime(8, 0)));
        for (int import = 0; import < 3; ++import) {
            clock.set(clock.now().addSecs(3600));
            QVERIFY(BackupStore(db.db(), clock).create(u"import"_s));
        }
    }
    const QList<QFileInfo> kept = BackupStore::list(db.path());
    QVERIFY(kept.size() <= BackupRotation::kNewest + BackupRotation::kDays +
                               BackupRotation::kWeeks + BackupRotation::kMonths);
    const bool olderThanAWeek = std::any_of(kept.cbegin(), kept.cend(), [&](const QFileInfo& b) {
        return BackupStore::isVerified(b) && BackupStore::madeAt(b).daysTo(clock.now()) > 7;
    });
    QVERIFY(olderThanAWeek);
}

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "TestBackupRotation.moc"
