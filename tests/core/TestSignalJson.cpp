// SPDX-License-Identifier: GPL-3.0-or-later
// signalen --json writes the fields of verzuimregels §5 as the examples' expected.json has them,
// and any text as valid JSON.
#include "io/SignalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEachField_data();
    void writesEachField();
    void anEmptyListIsAnEmptyArray();
};

void TestSignalJson::writesEachField_data()
{
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<Quantity>("hours");
    QTest::addColumn<QDate>("endDate");
    QTest::addColumn<QByteArray>("expected"); // the element as written
    const QDate none;
    QTest::newRow("clock_hours_with_a_fraction")
        << u"300000017"_s << Quantity{Quantity::Unit::Minutes, 990} << none
        << QByteArray(R"({"pgn": "300000017", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": null, "uren": 16.5, )"
                      R"("uiterste_meld_datum": "2026-01-21"})");
    QTest::newRow("whole_clock_hours_keep_their_decimal")
        << u"300000017"_s << Quantity{Quantity::Unit::Minutes, 660} << QDate(2026, 1, 16)
        << QByteArray(R"({"pgn": "300000017", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": "2026-01-16", "uren": 11.0, )"
                      R"("uiterste_meld_datum": "2026-01-21"})");
    QTest::newRow("lesuren_are_whole")
        << u"300000017"_s << Quantity{Quantity::Unit::Lesuren, 16} << none
        << QByteArray(R"({"pgn": "300000017", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": null, "uren": 16, )"
                      R"("uiterste_meld_datum": "2026-01-21"})");
    QTest::newRow("a_hundred_clock_hours_keep_their_decimal")
        << u"300000017"_s << Quantity{Quantity::Unit::Minutes, 6000} << none
        << QByteArray(R"({"pgn": "300000017", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": null, "uren": 100.0, )"
                      R"("uiterste_meld_datum": "2026-01-21"})");
    QTest::newRow("one_minute_as_the_shortest_decimal")
        << u"300000017"_s << Quantity{Quantity::Unit::Minutes, 1} << none
        << QByteArray(R"({"pgn": "300000017", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": null, )"
                      R"("uren": 0.016666666666666666, "uiterste_meld_datum": "2026-01-21"})");
    // Longer than the room written ahead for a signal: the buffer grows.
    QTest::newRow("a_long_text_grows_the_buffer")
        << QString(300, u'"') << Quantity{Quantity::Unit::Count, 1} << none
        << "{\"pgn\": \"" + QByteArray(300, '"').replace("\"", "\\\"") +
               R"(", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
               R"("begindatum": "2026-01-12", "einddatum": null, "uren": 1, )"
               R"("uiterste_meld_datum": "2026-01-21"})";
    QTest::newRow("text_is_escaped")
        << u"3\"0\\0\n0é"_s << Quantity{Quantity::Unit::Count, 1} << none
        << QByteArray(R"({"pgn": "3\"0\\0\u000a0)"
                      "\xc3\xa9"
                      R"(", "soort": "16UUR", "bereikt_op": "2026-01-14", )"
                      R"("begindatum": "2026-01-12", "einddatum": null, "uren": 1, )"
                      R"("uiterste_meld_datum": "2026-01-21"})");
}

void TestSignalJson::writesEachField()
{
    QFETCH(QString, pgn);
    QFETCH(Quantity, hours);
    QFETCH(QDate, endDate);
    QFETCH(QByteArray, expected);
    const Signal signal{pgn,
                        SignalKind::SixteenHours,
                        QDate(2026, 1, 14),
                        QDate(2026, 1, 12),
                        endDate,
                        hours,
                        QDate(2026, 1, 21),
                        {}};
    const QByteArray written = SignalJson::write({signal, signal});
    QCOMPARE(written, "[\n  " + expected + ",\n  " + expected + "\n]\n");
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().first().toObject().value(u"pgn"_s).toString(), pgn);
}

void TestSignalJson::anEmptyListIsAnEmptyArray()
{
    QCOMPARE(SignalJson::write({}), QByteArray("[]\n"));
}

QTEST_GUILESS_MAIN(TestSignalJson)
#include "TestSignalJson.moc"
