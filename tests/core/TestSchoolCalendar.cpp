// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar/SchoolCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

LesdagRule rule2025()
{
    return LesdagRule({{u"Kerstvakantie"_s, QDate(2025, 12, 20), QDate(2026, 1, 4)},
                       {u"Voorjaarsvakantie"_s, QDate(2026, 2, 14), QDate(2026, 2, 22)}},
                      {QDate(2026, 4, 3), QDate(2026, 4, 6)});
}

SchoolCalendar calendar2025()
{
    return SchoolCalendar(rule2025(), QDate(2025, 8, 1), QDate(2026, 7, 31));
}

} // namespace

class TestSchoolCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isLesdag_data();
    void isLesdag();
    void windowStart_data();
    void windowStart();
    void consecutiveLesdagenAcrossVakantie();
    void nextLesdag_data();
    void nextLesdag();
};

void TestSchoolCalendar::isLesdag_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("expected");
    QTest::newRow("monday") << QDate(2026, 1, 12) << true;
    QTest::newRow("saturday") << QDate(2026, 1, 10) << false;
    QTest::newRow("first_day_of_vakantie_inclusive") << QDate(2025, 12, 22) << false;
    QTest::newRow("last_weekday_of_vakantie") << QDate(2026, 1, 2) << false;
    QTest::newRow("first_day_after_vakantie") << QDate(2026, 1, 5) << true;
    QTest::newRow("vrije_dag_good_friday") << QDate(2026, 4, 3) << false;
    QTest::newRow("vrije_dag_easter_monday") << QDate(2026, 4, 6) << false;
    QTest::newRow("outside_span_still_known") << QDate(2030, 1, 7) << true;
}

void TestSchoolCalendar::isLesdag()
{
    QFETCH(QDate, date);
    QFETCH(bool, expected);
    const SchoolCalendar calendar = calendar2025();
    QCOMPARE(calendar.lesdagOrdinal(date) != SchoolCalendar::kNone,
             expected && date <= calendar.spanTo());
}

void TestSchoolCalendar::windowStart_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("expected");
    // Four lesweken ending in the week of 12 January: 12 Jan, 5 Jan, then (kerst skipped)
    // 15 Dec and 8 Dec.
    QTest::newRow("kerstvakantie_skipped") << QDate(2026, 1, 12) << QDate(2025, 12, 8);
    QTest::newRow("plain_weeks") << QDate(2026, 3, 27) << QDate(2026, 3, 2);
    // Week of 3 April has lesdagen Mon–Thu (Good Friday off): still a lesweek.
    QTest::newRow("short_week_counts") << QDate(2026, 4, 7) << QDate(2026, 3, 16);
    QTest::newRow("voorjaarsvakantie_skipped") << QDate(2026, 3, 2) << QDate(2026, 2, 2);
}

void TestSchoolCalendar::windowStart()
{
    QFETCH(QDate, day);
    QFETCH(QDate, expected);
    const SchoolCalendar calendar = calendar2025();
    const int start = calendar.windowStart(calendar.lesdagOrdinal(day), 4);
    QCOMPARE(calendar.dateOf(start), expected);
}

void TestSchoolCalendar::consecutiveLesdagenAcrossVakantie()
{
    const SchoolCalendar calendar = calendar2025();
    QCOMPARE(calendar.lesdagOrdinal(QDate(2026, 1, 5)),
             calendar.lesdagOrdinal(QDate(2025, 12, 19)) + 1);
    QCOMPARE(calendar.firstLesdagOnOrAfter(QDate(2025, 12, 25)),
             calendar.lesdagOrdinal(QDate(2026, 1, 5)));
}

void TestSchoolCalendar::nextLesdag_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("tuesday_after_monday") << QDate(2026, 1, 12) << QDate(2026, 1, 13);
    QTest::newRow("monday_after_friday") << QDate(2026, 1, 16) << QDate(2026, 1, 19);
    QTest::newRow("after_the_kerstvakantie") << QDate(2025, 12, 19) << QDate(2026, 1, 5);
    QTest::newRow("from_inside_a_vakantie") << QDate(2026, 2, 17) << QDate(2026, 2, 23);
    // Thursday before Good Friday: then the weekend and Easter Monday are no lesdagen.
    QTest::newRow("over_easter") << QDate(2026, 4, 2) << QDate(2026, 4, 7);
}

void TestSchoolCalendar::nextLesdag()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(rule2025().nextLesdag(date), expected);
}

QTEST_GUILESS_MAIN(TestSchoolCalendar)
#include "TestSchoolCalendar.moc"
