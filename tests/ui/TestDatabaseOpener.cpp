// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "storage/LeerlingRepository.h"
#include "submission/SecretStore.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void damagedDatabase_data();
    void damagedDatabase();
    void dailyBackupAtOpen();
};

void TestDatabaseOpener::damagedDatabase_data()
{
    QTest::addColumn<MessageBox::Answer>("answer");
    QTest::addColumn<bool>("opened");
    QTest::newRow("user_restores_latest_backup") << MessageBox::Answer::Yes << true;
    QTest::newRow("user_declines") << MessageBox::Answer::No << false;
}

void TestDatabaseOpener::damagedDatabase()
{
    QFETCH(MessageBox::Answer, answer);
    QFETCH(bool, opened);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    MemorySecretStore secrets; // a team database's password; unused for files
    {
        auto db = DatabaseOpener(clock, secrets).open(path);
        QVERIFY(db);
        BackupStore store(**db, clock);
        const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
        const QString leerlingen = examplePath(u"p01_po_16uur_en_herhaling"_s, u"leerlingen.csv"_s);
        QCOMPARE(ImportService(**db, store, u"coordinator"_s)
                     .run({school, leerlingen, {}, {}, {}})
                     .status,
                 ImportOutcome::Status::Stored);
        clock.set(clock.now().addSecs(60)); // the newest backup holds the two leerlingen
        QVERIFY(store.create(u"handmatig"_s));
        QVERIFY((*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();

    MessageBox::setNextAnswer(answer);
    auto db = DatabaseOpener(clock, secrets).open(path);
    QVERIFY2(MessageBox::lastMessage().contains(u"reservekopie"_s) ||
                 MessageBox::lastMessage().contains(u"backup"_s),
             qPrintable(MessageBox::lastMessage()));
    QCOMPARE(db.ok(), opened);
    if (opened)
        QCOMPARE(LeerlingRepository(**db).all()->size(), 2);
}

void TestDatabaseOpener::dailyBackupAtOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MemorySecretStore secrets; // a team database's password; unused for files
    QVERIFY(DatabaseOpener(clock, secrets).open(path));
    QVERIFY(DatabaseOpener(clock, secrets).open(path));
    const QList<QFileInfo> backups = BackupStore::list(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().fileName().endsWith(u"-dagelijks.sqlite"_s));
}

QTEST_MAIN(TestDatabaseOpener)
#include "TestDatabaseOpener.moc"
