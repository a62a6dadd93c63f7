// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BatchedInsert.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// Rows go in a statement's worth at a time and the rest at the end: every row must arrive once,
// in its order, with its own values, whatever the count is against a statement's size.
class TestBatchedInsert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowArrivesInItsOrder_data();
    void everyRowArrivesInItsOrder();
    void aFailingRowFailsItsStatement();
};

namespace {

const QStringList kColumns{u"n"_s, u"t"_s, u"d"_s};

QString textOf(int n)
{
    // Runs of a repeated value (as a leerling's pgn), a null and a text that is not ASCII.
    if (n % 50 == 7)
        return QString();
    return n % 3 == 0 ? u"Brontë %1"_s.arg(n / 10) : u"pgn %1"_s.arg(n / 10);
}

QDate dateOf(int n)
{
    return n % 40 == 11 ? QDate() : QDate(2026, 1, 5).addDays(n);
}

// `rows` rows into the table `batched` in one transaction, row n's text and date as given.
Status insertRows(Database& db, int rows, const std::function<QString(int)>& text,
                  const std::function<QDate(int)>& date)
{
    return db.transaction([&]() -> Status {
        auto insert = BatchedInsert::prepare(db, u"batched"_s, kColumns);
        if (!insert)
            return insert.failure();
        for (int n = 0; n < rows; ++n) {
            (*insert)->addInteger(n);
            (*insert)->addText(text(n));
            (*insert)->addDate(date(n));
            if (Status added = (*insert)->endRow(); !added)
                return added;
        }
        return (*insert)->finish();
    });
}

} // namespace

void TestBatchedInsert::everyRowArrivesInItsOrder_data()
{
    QTest::addColumn<int>("rows");
    const int perStatement = BatchedInsert::rowsPerStatement(kColumns.size());

    QTest::newRow("no_rows") << 0;
    QTest::newRow("one_row") << 1;
    QTest::newRow("one_short_of_a_statement") << perStatement - 1;
    QTest::newRow("a_full_statement") << perStatement;
    QTest::newRow("a_statement_and_one_row") << perStatement + 1;
    QTest::newRow("two_statements_and_some") << 2 * perStatement + 7;
}

void TestBatchedInsert::everyRowArrivesInItsOrder()
{
    QFETCH(int, rows);

    TestDatabase test;
    Database& db = test.db();
    QVERIFY(db.exec(u"CREATE TEMP TABLE batched (volgorde %1, n INTEGER NOT NULL,"
                    " t TEXT NOT NULL, d TEXT)"_s.arg(db.dialect().autoIncrementKey())));
    const Status written = insertRows(db, rows, textOf, dateOf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));

    auto stored = db.exec(u"SELECT n, t, d FROM batched ORDER BY volgorde"_s);
    QVERIFY(stored);
    int n = 0;
    for (; stored->next(); ++n) {
        QCOMPARE(stored->value(0).toInt(), n);
        QCOMPARE(stored->value(1).toString(), textOf(n).isNull() ? u""_s : textOf(n));
        QCOMPARE(stored->value(2).isNull(), !dateOf(n).isValid());
        if (dateOf(n).isValid())
            QCOMPARE(stored->value(2).toString(), dateOf(n).toString(Qt::ISODate));
    }
    QCOMPARE(n, rows);
}

void TestBatchedInsert::aFailingRowFailsItsStatement()
{
    TestDatabase test;
    Database& db = test.db();
    QVERIFY(db.exec(u"CREATE TEMP TABLE batched (n INTEGER NOT NULL, t TEXT NOT NULL,"
                    " d TEXT NOT NULL)"_s));
    const int rows = BatchedInsert::rowsPerStatement(kColumns.size()) + 3;
    for (const int failing : {0, rows - 1}) {
        const Status written = insertRows(
            db, rows, [](int) { return u"x"_s; },
            [&](int n) { return n == failing ? QDate() : QDate(2026, 1, 5); }); // NULL: refused
        QVERIFY2(!written, qPrintable(u"row %1 was refused without a word"_s.arg(failing)));
        auto count = db.exec(u"SELECT COUNT(*) FROM batched"_s);
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(TestBatchedInsert)
#include "TestBatchedInsert.moc"
