// SPDX-License-Identifier: GPL-3.0-or-later
// An import of 10,000 records or more takes the bulk path: on PostgreSQL COPY into a table of
// the transaction and two statements replacing the days; on SQLite the stored signals' marks set
// once per leerling. Either must store exactly what the row-by-row path stores.
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList kPgns{u"300000017"_s, u"300000029"_s}; // example p01's leerlingen

// Five records a day for each leerling, day after day: 10,010 records.
QList<AbsenceRecord> largeBatch(const QString& remark)
{
    QList<AbsenceRecord> records;
    for (const QString& pgn : kPgns) {
        for (int day = 0; day < 1001; ++day) {
            for (int i = 1; i <= 5; ++i)
                records.append(
                    {pgn, QDate(2024, 8, 1).addDays(day), u"O"_s, 10 * i, 0, false, remark, true});
        }
    }
    return records;
}

QList<AbsenceRecord> sorted(QList<AbsenceRecord> records)
{
    std::sort(records.begin(), records.end(), [](const AbsenceRecord& a, const AbsenceRecord& b) {
        return std::tie(a.pgn, a.date, a.minutes, a.remark) <
               std::tie(b.pgn, b.date, b.minutes, b.remark);
    });
    return records;
}

Result<QList<AbsenceRecord>> stored(Database& db)
{
    QList<AbsenceRecord> all;
    for (const QString& pgn : kPgns) {
        auto records = AbsenceRepository(db).forLeerling(pgn);
        if (!records)
            return Error{records.error()};
        all += *records;
    }
    return sorted(all);
}

} // namespace

class TestLargeImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeBatchReplacesTheDaysItCovers_data();
    void largeBatchReplacesTheDaysItCovers();
    void stoppedLargeBatchStoresNothing();
};

void TestLargeImport::largeBatchReplacesTheDaysItCovers_data()
{
    QTest::addColumn<QList<AbsenceRecord>>("before");
    QTest::addColumn<QString>("remark");
    const AbsenceRecord coveredDay{kPgns[0], QDate(2024, 9, 2), u"O"_s, 330, 6, true, u"oud"_s};
    const AbsenceRecord otherDay{kPgns[1], QDate(2027, 6, 1), u"O"_s, 60, 1, false, u"blijft"_s};
    QTest::newRow("first_import") << QList<AbsenceRecord>{} << u"uit het pakket"_s;
    QTest::newRow("days_stored_before")
        << QList<AbsenceRecord>{coveredDay, otherDay} << u"uit het pakket"_s;
    // COPY's text format escapes these; they must come back as they were.
    QTest::newRow("remarks_with_tab_backslash_and_newlines")
        << QList<AbsenceRecord>{coveredDay} << u"a\tb\\c\nd\re \\N é 😀"_s;
    QTest::newRow("empty_remarks") << QList<AbsenceRecord>{} << QString();
}

void TestLargeImport::largeBatchReplacesTheDaysItCovers()
{
    QFETCH(QList<AbsenceRecord>, before);
    QFETCH(QString, remark);
    TestDatabase test;
    QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    Database& db = test.db();
    QVERIFY(db.exec(u"DELETE FROM absenties"_s));
    if (!before.isEmpty()) {
        const Status small =
            db.transaction([&] { return AbsenceRepository(db).replaceDays(before); });
        QVERIFY2(small, qPrintable(small.error()));
    }
    const QList<AbsenceRecord> batch = largeBatch(remark);
    const Status large = db.transaction([&] { return AbsenceRepository(db).replaceDays(batch); });
    QVERIFY2(large, qPrintable(large.error()));

    QList<AbsenceRecord> expected = batch;
    for (const AbsenceRecord& r : before) {
        const bool covered = std::any_of(batch.cbegin(), batch.cend(), [&](const auto& b) {
            return b.pgn == r.pgn && b.date == r.date;
        });
        if (!covered)
            expected.append(r);
    }
    const auto now = stored(db);
    QVERIFY2(now, qPrintable(now.error()));
    QCOMPARE(now->size(), expected.size());
    QCOMPARE(*now, sorted(expected));
}

void TestLargeImport::stoppedLargeBatchStoresNothing()
{
    TestDatabase test;
    QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    Database& db = test.db();
    const auto earlier = stored(db);
    QVERIFY(earlier);
    const QList<AbsenceRecord> batch = largeBatch(u"x"_s);
    const Status stopped = db.transaction([&] {
        return AbsenceRepository(db).replaceDays(
            batch, [](qsizetype done, qsizetype) { return done < 5000; });
    });
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().contains(u"nothing was stored"_s), qPrintable(stopped.error()));
    QCOMPARE(*stored(db), *earlier);
    // The connection is usable again after the abandoned COPY.
    QVERIFY(db.transaction([&] { return AbsenceRepository(db).replaceDays(batch); }));
    QCOMPARE(stored(db)->size(), batch.size());
}

QTEST_GUILESS_MAIN(TestLargeImport)
#include "TestLargeImport.moc"
