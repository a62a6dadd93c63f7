// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Dates.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseTime_data();
    void parseTime();
    void addWorkdays_data();
    void addWorkdays();
    void schoolYearStart_data();
    void schoolYearStart();
};

void TestDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << u"2026-01-12"_s << QDate(2026, 1, 12);
    QTest::newRow("dutch_loket_form") << u"12-01-2026"_s << QDate(2026, 1, 12);
    QTest::newRow("surrounding_spaces") << u" 2026-01-12 "_s << QDate(2026, 1, 12);
    QTest::newRow("leap_day") << u"29-02-2024"_s << QDate(2024, 2, 29);
    QTest::newRow("impossible_31_february") << u"31-02-2026"_s << QDate();
    QTest::newRow("no_leap_day_2026") << u"2026-02-29"_s << QDate();
    QTest::newRow("month_13") << u"2026-13-01"_s << QDate();
    QTest::newRow("slashes") << u"12/01/2026"_s << QDate();
    QTest::newRow("short_year") << u"12-01-26"_s << QDate();
    QTest::newRow("letters") << u"2026-0a-12"_s << QDate();
    QTest::newRow("signed_digits") << u"2026-+1-12"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(Dates::parse(text).value_or(QDate()), expected);
}

void TestDates::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected"); // invalid: refused
    QTest::newRow("morning") << u"08:30"_s << QTime(8, 30);
    QTest::newRow("midnight") << u"00:00"_s << QTime(0, 0);
    QTest::newRow("last_minute") << u"23:59"_s << QTime(23, 59);
    QTest::newRow("spaces_around") << u" 10:05 "_s << QTime(10, 5);
    QTest::newRow("hour_24") << u"24:00"_s << QTime();
    QTest::newRow("minute_60") << u"10:60"_s << QTime();
    QTest::newRow("one_digit_hour") << u"8:30"_s << QTime();
    QTest::newRow("dot") << u"08.30"_s << QTime();
    QTest::newRow("seconds") << u"08:30:00"_s << QTime();
    QTest::newRow("letters") << u"ab:cd"_s << QTime();
    QTest::newRow("sign") << u"+8:30"_s << QTime();
}

void TestDates::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);
    QCOMPARE(Dates::parseTime(text).value_or(QTime()), expected);
}

void TestDates::addWorkdays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("wednesday_to_next_wednesday") << QDate(2026, 1, 14) << 5 << QDate(2026, 1, 21);
    QTest::newRow("friday_to_next_friday") << QDate(2026, 3, 27) << 5 << QDate(2026, 4, 3);
    QTest::newRow("saturday_start") << QDate(2026, 3, 28) << 5 << QDate(2026, 4, 3);
    QTest::newRow("vakantie_not_skipped") << QDate(2025, 12, 19) << 5 << QDate(2025, 12, 26);
    QTest::newRow("zero") << QDate(2026, 1, 14) << 0 << QDate(2026, 1, 14);
}

void TestDates::addWorkdays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(Dates::addWorkdays(from, days), expected);
}

void TestDates::schoolYearStart_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("first_of_august") << QDate(2026, 8, 1) << QDate(2026, 8, 1);
    QTest::newRow("last_of_july") << QDate(2026, 7, 31) << QDate(2025, 8, 1);
    QTest::newRow("january") << QDate(2026, 1, 12) << QDate(2025, 8, 1);
}

void TestDates::schoolYearStart()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(Dates::schoolYearStart(date), expected);
}

QTEST_GUILESS_MAIN(TestDates)
#include "TestDates.moc"
