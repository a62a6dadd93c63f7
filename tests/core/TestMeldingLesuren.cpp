// SPDX-License-Identifier: GPL-3.0-or-later
// The lesuren a melding gives per verzuimdag (van-signaal-naar-melding §5): vo counts them, po and
// mbo count minutes and take the lesuren from the lestijden, and without lestijden from the
// minutes ÷ lesuur_minuten; never 0 lesuren for a day with counted minutes.
#include "FourLessonSchool.h"
#include "meldingen/MeldingDrafter.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestMeldingLesuren : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lesurenOfADay_data();
    void lesurenOfADay();
};

void TestMeldingLesuren::lesurenOfADay_data()
{
    QTest::addColumn<Sector>("sector");
    QTest::addColumn<bool>("withLestijden"); // the four-lesson day of 50 minutes a lesson
    QTest::addColumn<int>("minutes");        // of the day's records together
    QTest::addColumn<int>("lesuren");        // of the day's records together
    QTest::addColumn<int>("expected");
    QTest::newRow("vo_counts_lesuren") << Sector::Vo << true << 60 << 3 << 3;
    QTest::newRow("vo_without_lesuren_from_lestijden") << Sector::Vo << true << 100 << 0 << 2;
    // A time-range conversion counted the lessons one by one, by the half-lesson rule.
    QTest::newRow("mbo_converted_lesuren_kept") << Sector::Mbo << true << 75 << 2 << 2;
    QTest::newRow("mbo_minutes_laid_over_the_lessons") << Sector::Mbo << true << 125 << 0 << 3;
    QTest::newRow("mbo_less_than_half_a_lesson_left") << Sector::Mbo << true << 120 << 0 << 2;
    QTest::newRow("po_a_few_minutes_is_one_lesuur") << Sector::Po << true << 10 << 0 << 1;
    QTest::newRow("po_whole_morning") << Sector::Po << true << 200 << 0 << 4;
    // Without lestijden: lesuur_minuten (60 here), rounded up.
    QTest::newRow("po_without_lestijden_rounded_up") << Sector::Po << false << 125 << 0 << 3;
    QTest::newRow("mbo_without_lestijden_ignores_lesuren") << Sector::Mbo << false << 60 << 4 << 1;
    QTest::newRow("no_minutes_no_lesuren") << Sector::Mbo << true << 0 << 0 << 0;
}

void TestMeldingLesuren::lesurenOfADay()
{
    QFETCH(Sector, sector);
    QFETCH(bool, withLestijden);
    QFETCH(int, minutes);
    QFETCH(int, lesuren);
    QFETCH(int, expected);
    School school = fourLessonSchool();
    school.sector = sector;
    school.lesuurMinutes = 60;
    if (!withLestijden)
        school.lestijden = {};
    QCOMPARE(MeldingDrafter::lesurenOf(school, QDate(2026, 3, 2), minutes, lesuren), expected);
}

QTEST_GUILESS_MAIN(TestMeldingLesuren)
#include "TestMeldingLesuren.moc"
