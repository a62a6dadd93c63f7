// SPDX-License-Identifier: GPL-3.0-or-later
// The rules read a leerling's records in date order. The school's records are read in table
// order, which is the order they were written: a day written after later days (a correction, a
// late registration) must still come in its place.
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Writes = QList<QList<int>>; // transactions, each the days it writes (days after 1 Sept)

class TestRecordsForRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLeerlingsRecordsComeInDateOrder_data();
    void aLeerlingsRecordsComeInDateOrder();
};

namespace {

const QString kPgn = u"300000017"_s; // example p01's leerling
const QDate kFirst(2025, 9, 1);

AbsenceRecord recordOn(int day, int writing)
{
    return {kPgn, kFirst.addDays(day), u"O"_s, 10 * (writing + 1), 0, false, {}, true};
}

} // namespace

void TestRecordsForRules::aLeerlingsRecordsComeInDateOrder_data()
{
    QTest::addColumn<Writes>("writes");
    QTest::addColumn<QList<int>>("days"); // as the rules get them

    QTest::newRow("written_in_date_order") << Writes{{0, 1, 2}} << QList<int>{0, 1, 2};
    QTest::newRow("an_earlier_day_written_last")
        << Writes{{2, 3, 4}, {0}} << QList<int>{0, 2, 3, 4};
    QTest::newRow("a_day_corrected_after_later_ones")
        << Writes{{0, 1, 2}, {1}} << QList<int>{0, 1, 2};
    QTest::newRow("written_backwards") << Writes{{4}, {3}, {2}, {1}} << QList<int>{1, 2, 3, 4};
}

void TestRecordsForRules::aLeerlingsRecordsComeInDateOrder()
{
    QFETCH(Writes, writes);
    QFETCH(QList<int>, days);
    TestDatabase test;
    QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    Database& db = test.db();
    QVERIFY(db.exec(u"DELETE FROM absenties WHERE pgn = ?"_s, {kPgn}));
    QHash<int, int> lastWriting; // per day, the writing that stored it
    for (int writing = 0; writing < writes.size(); ++writing) {
        QList<AbsenceRecord> records;
        for (const int day : writes[writing]) {
            records.append(recordOn(day, writing));
            lastWriting[day] = writing;
        }
        const Status written =
            db.transaction([&] { return AbsenceRepository(db).replaceDays(records); });
        QVERIFY2(written, qPrintable(written ? QString() : written.error()));
    }

    const auto all = AbsenceRepository(db).allForRules();
    QVERIFY2(all, qPrintable(all ? QString() : all.error()));
    QList<AbsenceRecord> expected;
    for (const int day : days)
        expected.append(recordOn(day, lastWriting.value(day)));
    QCOMPARE(all->value(kPgn), expected);
}

QTEST_GUILESS_MAIN(TestRecordsForRules)
#include "TestRecordsForRules.moc"
