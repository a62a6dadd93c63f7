// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "FileDamage.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "storage/LeerlingRepository.h"
#include "submission/SecretStore.h"
#include "util/Translations.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// p01's two leerlingen at `path`, and a verified backup of them made a minute later; closed.
void schoolWithVerifiedBackup(const QString& path, FixedClock& clock)
{
    auto db = Database::openSqlite(path, {-1, &clock});
    QVERIFY(db);
    BackupStore store(**db, clock);
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    const QString leerlingen = examplePath(u"p01_po_16uur_en_herhaling"_s, u"leerlingen.csv"_s);
    QCOMPARE(
        ImportService(**db, store, u"coordinator"_s).run({school, leerlingen, {}, {}, {}}).status,
        ImportOutcome::Status::Stored);
    clock.set(clock.now().addSecs(60));
    QVERIFY(store.create(u"handmatig"_s));
}

} // namespace

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void damagedDatabase_data();
    void damagedDatabase();
    void damagedWithoutAVerifiedBackup();
    void damageFoundWhileTheWindowLoads();
};

void TestDatabaseOpener::damagedDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<MessageBox::Answer>("answer");
    QTest::addColumn<bool>("opened");
    for (const QString& damage : FileDamage::kinds()) {
        QTest::addRow("%s_user_restores_newest_verified_backup", qPrintable(damage))
            << damage << MessageBox::Answer::Yes << true;
    }
    QTest::newRow("user_declines") << u"truncated_to_half"_s << MessageBox::Answer::No << false;
}

void TestDatabaseOpener::damagedDatabase()
{
    QFETCH(QString, damage);
    QFETCH(MessageBox::Answer, answer);
    QFETCH(bool, opened);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    MemorySecretStore secrets; // a team database's password; unused for files
    schoolWithVerifiedBackup(path, clock);
    QVERIFY(FileDamage::apply(damage, path));
    const QStringList backups = QDir(BackupStore::directoryFor(path)).entryList(QDir::Files);

    MessageBox::setNextAnswer(answer);
    clock.set(clock.now().addDays(1)); // a day for a daily backup, which must not be of this file
    auto db = DatabaseOpener(clock, secrets).open(path);
    QVERIFY2(MessageBox::lastMessage().contains(
                 QLocale().toString(clock.now().addDays(-1), QLocale::ShortFormat)),
             qPrintable(MessageBox::lastMessage()));
    QCOMPARE(db.ok(), opened);
    if (!opened) {
        QCOMPARE(db.errorKind(), ErrorKind::DamagedDatabase);
        QCOMPARE(QDir(BackupStore::directoryFor(path)).entryList(QDir::Files), backups);
        return;
    }
    QCOMPARE(LeerlingRepository(**db).all()->size(), 2);
}

void TestDatabaseOpener::damagedWithoutAVerifiedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MemorySecretStore secrets;
    QVERIFY(Database::openSqlite(path, {-1, &clock}));
    QVERIFY(FileDamage::apply(u"page_1_overwritten"_s, path));
    const auto db = DatabaseOpener(clock, secrets).open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(u"geen gecontroleerde reservekopie"_s), qPrintable(db.error()));
}

// The GUI's start: the content is checked while the window loads, and nothing is written
// before the verdict.
void TestDatabaseOpener::damageFoundWhileTheWindowLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    MemorySecretStore secrets;
    schoolWithVerifiedBackup(path, clock);
    QVERIFY(FileDamage::apply(u"random_bytes_three_quarters"_s, path));
    DatabaseOpener opener(clock, secrets);
    Error damage;
    {
        auto db = opener.open(path, DatabaseOpener::CheckTiming::WhileReading);
        QVERIFY2(db, qPrintable(db.error())); // the header is sound; the pages are being checked
        const Status write = (*db)->transaction([] { return Status(); });
        QCOMPARE(write.errorKind(), ErrorKind::DamagedDatabase);
        const Status verdict = (*db)->awaitCheck();
        QCOMPARE(verdict.errorKind(), ErrorKind::DamagedDatabase);
        damage = verdict.failure();
    }
    MessageBox::setNextAnswer(MessageBox::Answer::Yes);
    QVERIFY(opener.offerRestore(path, damage));
    auto restored = opener.open(path, DatabaseOpener::CheckTiming::WhileReading);
    QVERIFY2(restored, qPrintable(restored.error()));
    const Status checked = (*restored)->awaitCheck();
    QVERIFY2(checked, qPrintable(checked.error()));
    QCOMPARE(LeerlingRepository(**restored).all()->size(), 2);
}

QTEST_MAIN(TestDatabaseOpener)
#include "TestDatabaseOpener.moc"
