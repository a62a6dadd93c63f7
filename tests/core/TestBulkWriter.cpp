// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/BulkWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The bulk writer binds a column's value again without converting it when the next row repeats
// it, and each date column from a buffer of its own: every row must still store its own values.
class TestBulkWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsStoreTheirOwnValues_data();
    void rowsStoreTheirOwnValues();
};

void TestBulkWriter::rowsStoreTheirOwnValues_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("stored");

    QTest::newRow("a_value_repeated")
        << QStringList{u"200118122"_s, u"200118122"_s, u"200118122"_s}
        << QStringList{u"200118122"_s, u"200118122"_s, u"200118122"_s};
    QTest::newRow("a_value_again_after_another")
        << QStringList{u"Z"_s, u"L"_s, u"Z"_s} << QStringList{u"Z"_s, u"L"_s, u"Z"_s};
    QTest::newRow("null_stored_as_empty") << QStringList{u"x"_s, QString(), u""_s, u"x"_s}
                                          << QStringList{u"x"_s, u""_s, u""_s, u"x"_s};
    QTest::newRow("same_length_other_text")
        << QStringList{u"abc"_s, u"abd"_s, u"abc"_s} << QStringList{u"abc"_s, u"abd"_s, u"abc"_s};
    QTest::newRow("not_ascii") << QStringList{u"Brontë"_s, u"Brontë"_s, u"Ösgür 😀"_s}
                               << QStringList{u"Brontë"_s, u"Brontë"_s, u"Ösgür 😀"_s};
}

void TestBulkWriter::rowsStoreTheirOwnValues()
{
    QFETCH(QStringList, texts);
    QFETCH(QStringList, stored);

    TestDatabase test;
    Database& db = test.db();
    QVERIFY(db.exec(u"CREATE TEMP TABLE bulk (n INTEGER, t TEXT NOT NULL, a TEXT, b TEXT)"_s));
    const QDate first(2026, 1, 5);
    const Status written = db.transaction([&]() -> Status {
        auto writer = BulkWriter::prepare(db, u"INSERT INTO bulk VALUES (?, ?, ?, ?)"_s);
        if (!writer)
            return Error{writer.error()};
        for (qsizetype i = 0; i < texts.size(); ++i) {
            // A copy made anew each row: the writer must compare text, not strings.
            const QString text = texts[i].isNull() ? QString() : QString(texts[i].data());
            (*writer)->bindInteger(0, i);
            (*writer)->bindText(1, text);
            (*writer)->bindDate(2, first.addDays(i));
            (*writer)->bindDate(3, first.addDays(-i));
            if (Status ran = (*writer)->run(); !ran)
                return ran;
        }
        return {};
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error()));

    auto rows = db.exec(u"SELECT n, t, a, b FROM bulk ORDER BY n"_s);
    QVERIFY(rows);
    qsizetype i = 0;
    for (; rows->next(); ++i) {
        QCOMPARE(rows->value(0).toLongLong(), i);
        QCOMPARE(rows->value(1).toString(), stored[i]);
        QCOMPARE(rows->value(2).toString(), first.addDays(i).toString(Qt::ISODate));
        QCOMPARE(rows->value(3).toString(), first.addDays(-i).toString(Qt::ISODate));
    }
    QCOMPARE(i, stored.size());
}

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "TestBulkWriter.moc"
