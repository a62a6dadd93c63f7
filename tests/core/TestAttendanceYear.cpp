// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"
#include "rules/AttendanceYear.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestAttendanceYear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dayMarks_data();
    void dayMarks();
    void weeklySums();
};

void TestAttendanceYear::dayMarks_data()
{
    QTest::addColumn<QString>("records");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<AttendanceYear::DayMark>("mark");
    const QString records = u"2026-01-12 O 330 5 1; 2026-01-13 Z 330 5 1; 2026-01-14 L 10; "
                            "2026-01-15 V 330 5 1; 2026-01-16 L 10; 2026-01-16 O 60 1"_s;
    QTest::newRow("unauthorised") << records << QDate(2026, 1, 12)
                                  << AttendanceYear::DayMark::Unauthorised;
    QTest::newRow("sick") << records << QDate(2026, 1, 13) << AttendanceYear::DayMark::Sick;
    QTest::newRow("late") << records << QDate(2026, 1, 14) << AttendanceYear::DayMark::Late;
    QTest::newRow("authorised_leave")
        << records << QDate(2026, 1, 15) << AttendanceYear::DayMark::Authorised;
    QTest::newRow("unauthorised_outranks_late")
        << records << QDate(2026, 1, 16) << AttendanceYear::DayMark::Unauthorised;
    QTest::newRow("present") << records << QDate(2026, 1, 19) << AttendanceYear::DayMark::Present;
    QTest::newRow("kerstvakantie")
        << records << QDate(2025, 12, 23) << AttendanceYear::DayMark::NoLesdag;
    QTest::newRow("weekend") << records << QDate(2026, 1, 17) << AttendanceYear::DayMark::NoLesdag;
    QTest::newRow("after_today_not_judged")
        << records << QDate(2026, 3, 2) << AttendanceYear::DayMark::NotYet;
}

void TestAttendanceYear::dayMarks()
{
    QFETCH(QString, records);
    QFETCH(QDate, day);
    QFETCH(AttendanceYear::DayMark, mark);
    Scenario scenario;
    QVERIFY(scenario.addRecords(records));
    const AttendanceYear year = AttendanceYear::compute(scenario.school(), scenario.leerling(),
                                                        scenario.records(), QDate(2026, 2, 27));
    QCOMPARE(year.schoolYearStart, QDate(2025, 8, 1));
    QCOMPARE(year.days.size(), 365);
    const auto it = std::find_if(year.days.cbegin(), year.days.cend(),
                                 [&](const AttendanceYear::Day& d) { return d.date == day; });
    QVERIFY(it != year.days.cend());
    QCOMPARE(it->mark, mark);
}

void TestAttendanceYear::weeklySums()
{
    // Example p01: 5.5 hours on 12, 13 and 14 January, 26 and 27 January and 2 February.
    Scenario scenario;
    QVERIFY(scenario.addRecords(u"2026-01-12 O 330; 2026-01-13 O 330; 2026-01-14 O 330; "
                                "2026-01-26 O 330; 2026-01-27 O 330; 2026-02-02 O 330"_s));
    const AttendanceYear year = AttendanceYear::compute(scenario.school(), scenario.leerling(),
                                                        scenario.records(), QDate(2026, 2, 6));
    QVERIFY(!year.inLesuren);
    const auto week = [&](const QDate& monday) {
        const auto it =
            std::find_if(year.weeks.cbegin(), year.weeks.cend(),
                         [&](const AttendanceYear::Week& w) { return w.monday == monday; });
        return it == year.weeks.cend() ? AttendanceYear::Week{} : *it;
    };
    QCOMPARE(week(QDate(2026, 1, 12)).hours, 16.5);
    QCOMPARE(week(QDate(2026, 1, 12)).fourWeekHours, 16.5);
    QCOMPARE(week(QDate(2026, 1, 26)).fourWeekHours, 27.5);
    // 4 lesweken ending 2 February: 12, 19, 26 January and 2 February.
    QCOMPARE(week(QDate(2026, 2, 2)).fourWeekHours, 33.0);
    QCOMPARE(year.weeks.last().monday, QDate(2026, 2, 2)); // nothing after today
}

QTEST_GUILESS_MAIN(TestAttendanceYear)
#include "TestAttendanceYear.moc"
