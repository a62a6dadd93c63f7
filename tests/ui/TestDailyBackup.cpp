// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "util/Translations.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDailyBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void madeOncePerDay();
    void failureIsSaid();
};

namespace {

// Starts today's backup and waits for its end; returns the failure.
QString runDailyBackup(Database& db, const Clock& clock)
{
    DailyBackup backup(db, clock, nullptr);
    QSignalSpy finished(&backup, &DailyBackup::finished);
    backup.start();
    if (!finished.wait(30'000))
        return u"no end"_s;
    return finished.first().first().toString();
}

} // namespace

void TestDailyBackup::madeOncePerDay()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(8, 0)));
    QCOMPARE(runDailyBackup(db.db(), clock), QString());
    clock.set(QDateTime(QDate(2026, 1, 15), QTime(16, 0)));
    QCOMPARE(runDailyBackup(db.db(), clock), QString());
    const QList<QFileInfo> backups = BackupStore::list(db.path());
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.first().fileName().endsWith(u"-dagelijks.gecontroleerd.sqlite"_s));
}

void TestDailyBackup::failureIsSaid()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    const FixedClock clock(QDate(2026, 1, 15));
    // A file where the backup folder should be.
    QDir(BackupStore::directoryFor(db.path())).removeRecursively();
    QFile blocker(BackupStore::directoryFor(db.path()));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString failure = runDailyBackup(db.db(), clock);
    QVERIFY(!failure.isEmpty());
    QVERIFY2(MessageBox::lastMessage().contains(u"reservekopie van vandaag"_s),
             qPrintable(MessageBox::lastMessage()));
    QVERIFY(MessageBox::lastMessage().contains(failure));
}

QTEST_MAIN(TestDailyBackup)
#include "TestDailyBackup.moc"
