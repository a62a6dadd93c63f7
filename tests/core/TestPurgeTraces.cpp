// SPDX-License-Identifier: GPL-3.0-or-later
// What a purge leaves outside the database, and how it goes: a backup put back later is purged
// again (and the audit trail says so), the backups made before a purge go once its undo window
// is over, and so do the files herstel set aside. SQLite files: a team's server keeps its own.
#include "TestDatabase.h"
#include "services/RestoreService.h"
#include "services/RetentionService.h"
#include "storage/AuditLog.h"
#include "storage/PurgeLedger.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPurged = u"100000009"_s;
const QString kKept = u"100000010"_s;

int leerlingCount(Database& db, const QString& pgn)
{
    auto query = db.exec(u"SELECT COUNT(*) FROM leerlingen WHERE pgn = ?"_s, {pgn});
    return query && query->next() ? query->value(0).toInt() : -1;
}

bool fileContains(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8());
}

// A day before the undo window ends, and a day after.
void addUndoWindowRows()
{
    QTest::addColumn<int>("daysLater");
    QTest::addColumn<bool>("gone");
    QTest::newRow("within_the_window") << PurgeLedger::kUndoDays - 1 << false;
    QTest::newRow("after_the_window") << PurgeLedger::kUndoDays + 1 << true;
}

} // namespace

class TestPurgeTraces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void restoringAnOlderBackupPurgesAgain_data();
    void restoringAnOlderBackupPurgesAgain();
    void backupsFromBeforeAPurgeGoAfterItsUndoWindow_data();
    void backupsFromBeforeAPurgeGoAfterItsUndoWindow();
    void filesSetAsideGoAfterTheWindow_data();
    void filesSetAsideGoAfterTheWindow();
    void anUnreadableRecordOfPurgesRestoresNothing();

private:
    // Opens the school's file (closing any earlier connection first).
    Database& open();
    void close() { m_db.reset(); }
    QString path() const { return m_dir->filePath(u"school.sqlite"_s); }

    // An old leerling past the retention period and a current one, imported on 2026-01-15 with
    // a daily backup after; then, an hour later, the purge of the old one.
    void schoolPurgedOnce();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
    const QDateTime m_purgedAt{QDate(2026, 1, 15), QTime(10, 0)};
    QString m_dailyBackup;
    QString m_prePurgeBackup;
};

void TestPurgeTraces::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
}

void TestPurgeTraces::cleanup()
{
    close();
    m_dir.reset();
}

Database& TestPurgeTraces::open()
{
    close();
    auto opened = Database::open(path(), {-1, &m_clock});
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    m_db = std::move(opened).value();
    return *m_db;
}

void TestPurgeTraces::schoolPurgedOnce()
{
    Database& db = open();
    BackupStore backups(db, m_clock);
    const QString leerlingen = m_dir->filePath(u"leerlingen.csv"_s);
    QFile file(leerlingen);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pgn;achternaam;voornamen;geboortedatum;startkwalificatie_datum;inschrijving_van;"
               "inschrijving_tot\n"
               "100000009;Oudeleerling;A;2004-01-01;;2016-08-01;2020-07-31\n"
               "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    file.close();
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    QCOMPARE(
        ImportService(db, backups, u"beheerder"_s).run({school, leerlingen, {}, {}, {}}).status,
        ImportOutcome::Status::Stored);
    m_dailyBackup = *backups.create(u"dagelijks"_s);

    m_clock.set(m_purgedAt);
    RetentionService retention(db, m_clock, u"beheerder"_s);
    const auto preview = retention.preview();
    QVERIFY(preview && preview->size() == 1);
    const auto report = retention.purge(*preview, backups);
    QVERIFY2(report, qPrintable(report.error()));
    m_prePurgeBackup = report->backup;
    const auto ledger = PurgeLedger::read(path());
    QVERIFY(ledger);
    QCOMPARE(*ledger, (QList<PurgeLedger::Purge>{{m_purgedAt, QDate(2021, 1, 15)}}));
}

void TestPurgeTraces::restoringAnOlderBackupPurgesAgain_data()
{
    QTest::addColumn<bool>("prePurgeBackup");
    QTest::newRow("the_backup_the_purge_made") << true;
    QTest::newRow("a_daily_backup_from_before") << false;
}

void TestPurgeTraces::restoringAnOlderBackupPurgesAgain()
{
    QFETCH(bool, prePurgeBackup);
    schoolPurgedOnce();
    close();
    m_clock.set(m_purgedAt.addDays(3));
    const QString backup = prePurgeBackup ? m_prePurgeBackup : m_dailyBackup;
    QVERIFY(fileContains(backup, kPurged));

    const auto restored = RestoreService::restore(path(), backup, m_clock);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(restored->purgedAgain, 1);
    QVERIFY(!restored->purgedAgainNote().isEmpty());
    Database& db = open();
    QCOMPARE(leerlingCount(db, kPurged), 0);
    QCOMPARE(leerlingCount(db, kKept), 1);
    const auto audit = AuditLog(db).all();
    QVERIFY(audit);
    QCOMPARE(audit->last().action, u"opnieuw opgeschoond"_s);
    QVERIFY2(audit->last().details.startsWith(u"1 "_s), qPrintable(audit->last().details));
    for (const AuditEntry& entry : *audit)
        QVERIFY(entry.pgn != kPurged);
    close();
    QVERIFY(!fileContains(path(), kPurged));
    QVERIFY(!fileContains(path() + u"-wal"_s, kPurged));
}

void TestPurgeTraces::backupsFromBeforeAPurgeGoAfterItsUndoWindow_data()
{
    addUndoWindowRows();
}

void TestPurgeTraces::backupsFromBeforeAPurgeGoAfterItsUndoWindow()
{
    QFETCH(int, daysLater);
    QFETCH(bool, gone);
    schoolPurgedOnce();
    m_clock.set(m_purgedAt.addDays(daysLater));
    BackupStore backups(*m_db, m_clock);
    const auto daily = backups.create(u"dagelijks"_s);
    QVERIFY(daily);

    QCOMPARE(!QFile::exists(m_prePurgeBackup), gone);
    QCOMPARE(!QFile::exists(m_dailyBackup), gone);
    const QList<QFileInfo> left = BackupStore::list(path());
    QVERIFY(std::any_of(left.cbegin(), left.cend(),
                        [&](const QFileInfo& b) { return b.filePath() == *daily; }));
    const bool holdsThePurged = std::any_of(left.cbegin(), left.cend(), [](const QFileInfo& b) {
        return fileContains(b.filePath(), kPurged);
    });
    QCOMPARE(holdsThePurged, !gone);
}

void TestPurgeTraces::filesSetAsideGoAfterTheWindow_data()
{
    addUndoWindowRows();
}

void TestPurgeTraces::filesSetAsideGoAfterTheWindow()
{
    QFETCH(int, daysLater);
    QFETCH(bool, gone);
    schoolPurgedOnce();
    close();
    const auto restored = RestoreService::restore(path(), m_dailyBackup, m_clock);
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(QFile::exists(restored->replacedFile));

    m_clock.set(m_clock.now().addDays(daysLater));
    QVERIFY(BackupStore(open(), m_clock).create(u"dagelijks"_s));
    QCOMPARE(!QFile::exists(restored->replacedFile), gone);
}

void TestPurgeTraces::anUnreadableRecordOfPurgesRestoresNothing()
{
    schoolPurgedOnce();
    close();
    QFile ledger(BackupStore::directoryFor(path()) + u"/opschoningen.json"_s);
    QVERIFY(ledger.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ledger.write("{ half");
    ledger.close();

    const auto restored = RestoreService::restore(path(), m_dailyBackup, m_clock);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(u"opschoningen.json"_s), qPrintable(restored.error()));
    QVERIFY(QDir(m_dir->path()).entryList({u"school.sqlite.vervangen-*"_s}).isEmpty());
    QCOMPARE(leerlingCount(open(), kPurged), 0);
}

QTEST_GUILESS_MAIN(TestPurgeTraces)
#include "TestPurgeTraces.moc"
