// SPDX-License-Identifier: GPL-3.0-or-later
// What the verzuimstaat holds: the rows, totals and 16-hour windows it prints.
#include "Scenario.h"
#include "exports/Verzuimstaat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Verzuimstaat build(const Scenario& scenario, const QDate& from, const QDate& to,
                   bool includeAuthorised)
{
    Leerling leerling;
    leerling.pgn = scenario.leerling().pgn;
    leerling.firstNames = u"Test"_s;
    leerling.lastName = u"Leerling"_s;
    leerling.birthDate = scenario.leerling().birthDate;
    return Verzuimstaat::build({scenario.school(), leerling, scenario.leerling(),
                                scenario.records(), from, to, includeAuthorised, QString(),
                                QDate(2026, 3, 1)});
}

QStringList rowDates(const Verzuimstaat& staat)
{
    QStringList dates;
    for (const Verzuimstaat::Row& row : staat.rows)
        dates.append(u"%1 %2"_s.arg(Dates::toIso(row.date), row.code));
    return dates;
}

} // namespace

class TestVerzuimstaat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data();
    void rows();
    void totalsAndWindows_data();
    void totalsAndWindows();
};

void TestVerzuimstaat::rows_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("records");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("includeAuthorised");
    QTest::addColumn<QStringList>("expected");
    const QString mixed = u"2026-01-12 O 330 5 1; 2026-01-13 Z 330 5 1; 2026-01-14 T 10; "
                          "2026-01-15 L 10; 2026-01-16 S 330 5 1; 2026-01-19 V 330 5 1"_s;
    QTest::newRow("geoorloofd_left_out_by_default")
        << QString() << mixed << QDate(2026, 1, 1) << QDate(2026, 1, 31) << false
        << QStringList{u"2026-01-12 O"_s, u"2026-01-15 L"_s};
    QTest::newRow("geoorloofd_included_when_asked")
        << QString() << mixed << QDate(2026, 1, 1) << QDate(2026, 1, 31) << true
        << QStringList{u"2026-01-12 O"_s, u"2026-01-13 Z"_s, u"2026-01-14 T"_s,
                       u"2026-01-15 L"_s, u"2026-01-16 S"_s, u"2026-01-19 V"_s};
    QTest::newRow("period_bounds_inclusive")
        << QString() << mixed << QDate(2026, 1, 12) << QDate(2026, 1, 12) << false
        << QStringList{u"2026-01-12 O"_s};
    QTest::newRow("own_geoorloofd_code_left_out")
        << u"code=M:afwezig:1"_s << u"2026-01-12 M 60 1; 2026-01-13 O 60 1"_s << QDate(2026, 1, 1)
        << QDate(2026, 1, 31) << false << QStringList{u"2026-01-13 O"_s};
    QTest::newRow("vakantie_days_are_no_lesdagen")
        << QString() << u"2025-12-23 O 330 5 1; 2026-01-05 O 330 5 1"_s << QDate(2025, 12, 1)
        << QDate(2026, 1, 31) << false << QStringList{u"2026-01-05 O"_s};
}

void TestVerzuimstaat::rows()
{
    QFETCH(QString, setup);
    QFETCH(QString, records);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, includeAuthorised);
    QFETCH(QStringList, expected);
    Scenario scenario;
    QVERIFY2(scenario.configure(setup) && scenario.addRecords(records),
             qPrintable(scenario.error()));
    const Verzuimstaat staat = build(scenario, from, to, includeAuthorised);
    QCOMPARE(rowDates(staat), expected);
    QCOMPARE(staat.includesAuthorised, includeAuthorised);
    for (const Verzuimstaat::Row& row : staat.rows)
        QCOMPARE(row.counted, row.code == u"O"_s || row.code == u"X"_s);
}

void TestVerzuimstaat::totalsAndWindows_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<double>("countedHours");
    QTest::addColumn<QStringList>("weeks"); // monday=week/4weeks, * where 16 is reached
    // Example p01: 5.5 hours on 12, 13, 14, 26 and 27 January and 2 February.
    QTest::newRow("po_clock_hours")
        << QString() << 33.0
        << QStringList{u"2026-01-12=16.5/16.5*"_s, u"2026-01-19=0/16.5*"_s,
                       u"2026-01-26=11/27.5*"_s, u"2026-02-02=5.5/33*"_s};
    QTest::newRow("vo_lesuren") << u"sector=vo"_s << 30.0
                                << QStringList{u"2026-01-12=15/15"_s, u"2026-01-19=0/15"_s,
                                               u"2026-01-26=10/25*"_s, u"2026-02-02=5/30*"_s};
}

void TestVerzuimstaat::totalsAndWindows()
{
    QFETCH(QString, setup);
    QFETCH(double, countedHours);
    QFETCH(QStringList, weeks);
    Scenario scenario;
    QVERIFY(scenario.configure(setup));
    QVERIFY(scenario.addRecords(u"2026-01-12 O 330 5 1; 2026-01-13 O 330 5 1; 2026-01-14 O 330 5 "
                                "1; 2026-01-26 O 330 5 1; 2026-01-27 O 330 5 1; 2026-02-02 O 330 "
                                "5 1; 2026-01-15 Z 330 5 1"_s));
    const Verzuimstaat staat = build(scenario, QDate(2026, 1, 1), QDate(2026, 2, 6), false);
    QCOMPARE(staat.countedHours, countedHours);
    QStringList actual;
    for (const Verzuimstaat::Week& w : staat.weeks)
        actual.append(u"%1=%2/%3%4"_s.arg(Dates::toIso(w.monday), QString::number(w.hours),
                                          QString::number(w.fourWeekHours),
                                          w.thresholdReached ? u"*"_s : QString()));
    QCOMPARE(actual, weeks);
    // Totals per soort: six afwezig records; the ziek day is not on this statement.
    QCOMPARE(staat.totals.size(), 1);
    QCOMPARE(staat.totals.first().kind, AbsenceKind::Afwezig);
    QCOMPARE(staat.totals.first().records, 6);
    QCOMPARE(staat.totals.first().minutes, 6 * 330);
    QCOMPARE(staat.totals.first().lesuren, 30);
}

QTEST_MAIN(TestVerzuimstaat)
#include "TestVerzuimstaat.moc"
