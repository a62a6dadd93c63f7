// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "services/AbsenceEditService.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAbsenceEditService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceDay_data();
    void replaceDay();
};

void TestAbsenceEditService::replaceDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("recordsAfter");
    // Leerling 300000017 of example p01 has O 330 on 12 January.
    QTest::newRow("change_a_recorded_day") << QDate(2026, 1, 12) << u"L"_s << 10 << true << 1;
    QTest::newRow("record_a_new_day") << QDate(2026, 1, 19) << u"O"_s << 60 << true << 1;
    QTest::newRow("clear_a_day") << QDate(2026, 1, 12) << QString() << 0 << true << 0;
    QTest::newRow("unknown_code_refused") << QDate(2026, 1, 12) << u"Q"_s << 60 << false << 1;
    QTest::newRow("more_than_a_day_refused") << QDate(2026, 1, 12) << u"O"_s << 1441 << false << 1;
}

void TestAbsenceEditService::replaceDay()
{
    QFETCH(QDate, date);
    QFETCH(QString, code);
    QFETCH(int, minutes);
    QFETCH(bool, accepted);
    QFETCH(int, recordsAfter);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDateTime(QDate(2026, 1, 20), QTime(8, 30)));
    AbsenceEditService service(db.db(), clock, u"coordinator"_s);
    const QString pgn = u"300000017"_s;
    const auto before = service.day(pgn, date);
    QList<AbsenceRecord> records;
    if (!code.isEmpty())
        records.append({pgn, date, code, minutes, 0, false, {}});

    const auto replaced = service.replaceDay(pgn, date, records);
    QCOMPARE(replaced.ok(), accepted);
    QCOMPARE(service.day(pgn, date)->size(), recordsAfter);
    const auto audit = AuditLog(db.db()).forLeerling(pgn);
    QCOMPARE(audit->size(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(*replaced, *before); // what was there, for undo
        QCOMPARE(audit->first().user, db.recordedUser(u"coordinator"_s));
        QVERIFY(TestDatabase::isRealTime(audit->first().at)); // not the edit's fixed clock
        QVERIFY(audit->first().details.contains(date.toString(u"dd-MM-yyyy"_s)));
    }
}

QTEST_GUILESS_MAIN(TestAbsenceEditService)
#include "TestAbsenceEditService.moc"
