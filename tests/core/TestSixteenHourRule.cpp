// SPDX-License-Identifier: GPL-3.0-or-later
//
// verzuimregels §2, §3 and §4.1: the 16UUR / 16UUR_18PLUS signal. Every expected line was
// worked out by hand from the spec; the calendar is the shared 2025-2026 one (see Scenario.h).
//
// Handy weekdays: 2025-12-19 Fri, 2026-01-12 Mon, 2026-01-19 Mon, 2026-02-09 Mon,
// 2026-02-23 Mon (first day after the voorjaarsvakantie), 2026-04-02 Thu (04-03 and 04-06 are
// vrije dagen). "+5 werkdagen" counts Monday–Friday and does not skip vakanties or vrije dagen.
//
// A PREVENTIEF (default 8 hours = 480 minutes) usually precedes a 16UUR; rows list it too unless
// they keep only some soorten through the `kinds` column. Rows whose scenario would make a
// PREVENTIEF reach on the very day of a 16UUR (where §4.3 suppresses it) keep only 16UUR, so that
// each row tests one rule; that same-day case has its own row in TestSchoolSignals.
#include "Scenario.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSixteenHourRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threshold_data();
    void threshold();
    void window_data();
    void window();
    void reportFields_data();
    void reportFields();
    void legalCategory_data();
    void legalCategory();
    void whatCounts_data();
    void whatCounts();
};

// §2: po/mbo count clock minutes against 960, vo counts lesuren against 16; "reached at 16
// hours, not more than 16".
void TestSixteenHourRule::threshold_data()
{
    ScenarioTest::addColumns();

    // 600 + 360 = 960 minutes on Tue 01-13. PREVENTIEF reached on Mon 01-12 (600 >= 480); its
    // count restarts on 01-13 and 360 < 480 stays below. Deadline Tue 01-13 + 5 werkdagen =
    // Tue 01-20.
    QTest::newRow("po_exactly_960_minutes_reaches")
        << u"sector=po"_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
           };
    QTest::newRow("po_959_minutes_does_not_reach")
        << u"sector=po"_s << u"2026-01-12 O 600; 2026-01-13 O 359"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
           };
    QTest::newRow("mbo_exactly_960_minutes_reaches")
        << u"sector=mbo"_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
           };
    QTest::newRow("mbo_959_minutes_does_not_reach")
        << u"sector=mbo"_s << u"2026-01-12 O 600; 2026-01-13 O 359"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
           };
    // po ignores the lesuren column: 900 minutes (40 lesuren) stay below 960.
    QTest::newRow("po_counts_minutes_not_lesuren")
        << u"sector=po"_s << u"2026-01-12 O 600 20; 2026-01-13 O 300 20"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
           };
    // vo: 10 + 6 = 16 lesuren; each lesuur counts as one hour whatever its length (45 min:
    // only 720 clock minutes). PREVENTIEF on 01-12 at 10 >= 8 lesuren; then 6 < 8.
    QTest::newRow("vo_16_lesuren_of_45_minutes_reach")
        << u"sector=vo lesuur_minuten=45"_s << u"2026-01-12 O 450 10; 2026-01-13 O 270 6"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16 uiterst=2026-01-20"_s,
           };
    QTest::newRow("vo_16_lesuren_of_50_minutes_reach")
        << u"sector=vo lesuur_minuten=50"_s << u"2026-01-12 O 500 10; 2026-01-13 O 300 6"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16 uiterst=2026-01-20"_s,
           };
    // choice: a vo lesuur longer than 60 minutes counts in clock time, so 10 blocks of 90
    // minutes are 15 hours (below 16) although they are 10 lesuren; an 11th block reaches 16.5.
    QTest::newRow("vo_90_minute_blocks_count_clock_time")
        << u"sector=vo lesuur_minuten=90"_s << u"2026-01-12 O 540 6; 2026-01-13 O 360 4"_s
        << u"2026-03-31"_s << QStringList{u"16UUR"_s} << QStringList{};
    QTest::newRow("vo_90_minute_blocks_reach_at_16_5_hours")
        << u"sector=vo lesuur_minuten=90"_s
        << u"2026-01-12 O 540 6; 2026-01-13 O 360 4; 2026-01-14 O 90 1"_s << u"2026-03-31"_s
        << QStringList{u"16UUR"_s}
        << QStringList{
               u"16UUR 2026-01-14 begin=2026-01-12 eind=2026-01-14 uren=16.5 uiterst=2026-01-21"_s,
           };
    QTest::newRow("vo_16_lesuren_of_60_minutes_reach")
        << u"sector=vo lesuur_minuten=60"_s << u"2026-01-12 O 600 10; 2026-01-13 O 360 6"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16 uiterst=2026-01-20"_s,
           };
    QTest::newRow("vo_15_lesuren_do_not_reach")
        << u"sector=vo lesuur_minuten=50"_s << u"2026-01-12 O 500 10; 2026-01-13 O 250 5"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10 uiterst=-"_s,
           };
    // vo ignores the minutes column: 2000 minutes but only 10 lesuren. PREVENTIEF reaches 8
    // lesuren on 01-13 (5 + 5).
    QTest::newRow("vo_counts_lesuren_not_minutes")
        << u"sector=vo lesuur_minuten=60"_s << u"2026-01-12 O 1000 5; 2026-01-13 O 1000 5"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-12 eind=- uren=10 uiterst=-"_s,
           };
}

void TestSixteenHourRule::threshold()
{
    ScenarioTest::verifyCurrentRow();
}

// §1 and §4.1: the window of 4 opeenvolgende lesweken, the counting start, the 7-day spacing.
void TestSixteenHourRule::window_data()
{
    ScenarioTest::addColumns();

    // 4 Mondays x 240 = 960 on Mon 02-02; its window is the weeks of 02-02, 01-26, 01-19, 01-12.
    QTest::newRow("four_lesweken_reach")
        << u""_s << u"2026-01-12 O 240; 2026-01-19 O 240; 2026-01-26 O 240; 2026-02-02 O 240"_s
        << u"2026-03-31"_s << QStringList{u"16UUR"_s}
        << QStringList{
               u"16UUR 2026-02-02 begin=2026-01-12 eind=2026-02-02 uren=16.0 uiterst=2026-02-09"_s,
           };
    // Same 960 minutes over 5 lesweken (none on 02-02): the window ending 02-09 starts at
    // 01-19 and holds 720. PREVENTIEF: 480 on 01-19 (begin 01-12); count restarts 01-20:
    // 01-26 + 02-09 = 480 -> second PREVENTIEF on 02-09, begin 01-26.
    QTest::newRow("spread_over_five_lesweken_does_not_reach")
        << u""_s << u"2026-01-12 O 240; 2026-01-19 O 240; 2026-01-26 O 240; 2026-02-09 O 240"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-19 begin=2026-01-12 eind=- uren=8.0 uiterst=-"_s,
               u"PREVENTIEF 2026-02-09 begin=2026-01-26 eind=- uren=8.0 uiterst=-"_s,
           };
    // The two kerstvakantie weeks are no lesweken: the weeks of 2025-12-08, 12-15, 2026-01-05
    // and 01-12 are 4 opeenvolgende lesweken (6 calendar weeks). 300+300+300+60 = 960 on
    // 01-12. PREVENTIEF at 600 on 2025-12-15; after that 300 + 60 < 480.
    QTest::newRow("kerstvakantie_weeks_are_skipped")
        << u""_s << u"2025-12-08 O 300; 2025-12-15 O 300; 2026-01-05 O 300; 2026-01-12 O 60"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2025-12-15 begin=2025-12-08 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-12 begin=2025-12-08 eind=2026-01-12 uren=16.0 uiterst=2026-01-19"_s,
           };
    // Lesweken 01-26, 02-02, 02-09, 02-23 (the voorjaarsvakantie week 02-16 is skipped).
    QTest::newRow("voorjaarsvakantie_week_is_skipped")
        << u""_s << u"2026-01-26 O 600; 2026-02-23 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-26 begin=2026-01-26 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-02-23 begin=2026-01-26 eind=2026-02-23 uren=16.0 uiterst=2026-03-02"_s,
           };
    // The window ending Mon 02-02 starts on Mon 01-12, so Fri 01-16 is inside it.
    QTest::newRow("window_reaches_back_to_start_of_fourth_lesweek")
        << u""_s << u"2026-01-16 O 600; 2026-02-02 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-16 begin=2026-01-16 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-02-02 begin=2026-01-16 eind=2026-02-02 uren=16.0 uiterst=2026-02-09"_s,
           };
    // The window ending Mon 02-09 starts on Mon 01-19: Fri 01-16 has dropped out.
    QTest::newRow("fifth_lesweek_back_falls_out")
        << u""_s << u"2026-01-16 O 600; 2026-02-09 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-16 begin=2026-01-16 eind=- uren=10.0 uiterst=-"_s,
           };
    // 600 + 900 = 1500 on 01-13 (uren 25.0). Counting restarts on 01-14, so the 540 minutes
    // beyond the threshold do not carry over: 600 (01-14) + 360 (01-22) = 960 on Thu 01-22,
    // which is past 01-13 + 7 = 01-20, so not moved. Deadline Thu 01-22 + 5 = Thu 01-29.
    QTest::newRow("counting_restarts_day_after_einddatum")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 900; 2026-01-14 O 600; 2026-01-22 O 360"_s
        << u"2026-03-31"_s << QStringList{u"16UUR"_s}
        << QStringList{
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=25.0 uiterst=2026-01-20"_s,
               u"16UUR 2026-01-22 begin=2026-01-14 eind=2026-01-22 uren=16.0 uiterst=2026-01-29"_s,
           };
    // Second count from 01-14 reaches 960 on Thu 01-15, less than 7 days after 01-13: bereikt_op
    // and einddatum move to the first lesdag on or after 01-13 + 7 = Tue 01-20. uren runs from
    // begindatum 01-14 to 01-20: 600 + 360 + 120 (Mon 01-19) = 1080 = 18.0.
    // PREVENTIEF: 01-12 (600); then 01-13..01-14 and 01-15..01-19 reach 480 but a 16UUR
    // (01-13) lies within their 4 lesweken, so they are suppressed.
    QTest::newRow("seven_day_spacing_moves_bereikt_op")
        << u""_s
        << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-01-14 O 600; 2026-01-15 O 360; "
           u"2026-01-19 O 120"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
               u"16UUR 2026-01-20 begin=2026-01-14 eind=2026-01-20 uren=18.0 uiterst=2026-01-27"_s,
           };
    // Reached on 01-20 = 01-13 + 7 exactly: allowed as is.
    QTest::newRow("exactly_seven_days_later_is_not_moved")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-01-19 O 600; 2026-01-20 O 360"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
               u"16UUR 2026-01-20 begin=2026-01-19 eind=2026-01-20 uren=16.0 uiterst=2026-01-27"_s,
           };
    // Second crossing Thu 02-12; 02-10 + 7 = Tue 02-17 lies in the voorjaarsvakantie, so the
    // first lesdag on or after it is Mon 02-23. uren 02-11..02-23 = 600 + 360 = 16.0.
    // Deadline Tue 02-10 + 5 werkdagen = Tue 02-17 (inside the vakantie: not skipped).
    QTest::newRow("spacing_moves_past_vakantie")
        << u""_s << u"2026-02-09 O 600; 2026-02-10 O 360; 2026-02-11 O 600; 2026-02-12 O 360"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-02-09 begin=2026-02-09 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-02-10 begin=2026-02-09 eind=2026-02-10 uren=16.0 uiterst=2026-02-17"_s,
               u"16UUR 2026-02-23 begin=2026-02-11 eind=2026-02-23 uren=16.0 uiterst=2026-03-02"_s,
           };
    // As seven_day_spacing_moves_bereikt_op, but the moved bereikt_op (01-20) lies after the
    // peildatum: that signal does not exist yet.
    QTest::newRow("moved_bereikt_op_after_peildatum_does_not_exist")
        << u""_s
        << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-01-14 O 600; 2026-01-15 O 360; "
           u"2026-01-19 O 120"_s
        << u"2026-01-19"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
           };
    // Example p01_po_16uur_en_herhaling, leerling 300000017: 3 x 330 = 990 on 01-14; the count
    // restarts 01-15 and reaches 990 again on Mon 02-02 (19 days later: not moved).
    // PREVENTIEF at 660 on 01-13; later reaches (01-26, 02-02) lie within 4 lesweken of 01-14.
    QTest::newRow("example_p01")
        << u"geboren=2016-04-12 inschrijving=2025-08-01.."_s
        << u"2026-01-12 O 330 5 1; 2026-01-13 O 330 5 1; 2026-01-14 O 330 5 1; "
           u"2026-01-26 O 330 5 1; 2026-01-27 O 330 5 1; 2026-02-02 O 330 5 1"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-12 eind=- uren=11.0 uiterst=-"_s,
               u"16UUR 2026-01-14 begin=2026-01-12 eind=2026-01-14 uren=16.5 uiterst=2026-01-21"_s,
               u"16UUR 2026-02-02 begin=2026-01-26 eind=2026-02-02 uren=16.5 uiterst=2026-02-09"_s,
           };
}

void TestSixteenHourRule::window()
{
    ScenarioTest::verifyCurrentRow();
}

// §4.1: begindatum, uren and uiterste_meld_datum.
void TestSixteenHourRule::reportFields_data()
{
    ScenarioTest::addColumns();

    // Fri 01-16 + 5 werkdagen = Fri 01-23 (the weekend is skipped).
    QTest::newRow("deadline_skips_weekend")
        << u""_s << u"2026-01-15 O 600; 2026-01-16 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-15 begin=2026-01-15 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-16 begin=2026-01-15 eind=2026-01-16 uren=16.0 uiterst=2026-01-23"_s,
           };
    // Fri 2025-12-19 + 5 werkdagen = Mon 22, Tue 23, Wed 24, Thu 25, Fri 2025-12-26: the
    // kerstvakantie (and Christmas) are not skipped.
    QTest::newRow("deadline_does_not_skip_kerstvakantie")
        << u""_s << u"2025-12-18 O 600; 2025-12-19 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2025-12-18 begin=2025-12-18 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2025-12-19 begin=2025-12-18 eind=2025-12-19 uren=16.0 uiterst=2025-12-26"_s,
           };
    // Thu 04-02 + 5 werkdagen = Fri 04-03, Mon 04-06 (both vrije dagen, still werkdagen),
    // Tue 04-07, Wed 04-08, Thu 04-09.
    QTest::newRow("deadline_does_not_skip_vrije_dagen")
        << u""_s << u"2026-04-01 O 600; 2026-04-02 O 360"_s << u"2026-04-30"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-04-01 begin=2026-04-01 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-04-02 begin=2026-04-01 eind=2026-04-02 uren=16.0 uiterst=2026-04-09"_s,
           };
    // begindatum is the first date with counted verzuim: the ziek record of 01-12 is not one.
    QTest::newRow("begindatum_is_first_counted_date")
        << u""_s << u"2026-01-12 Z 300; 2026-01-13 O 600; 2026-01-14 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-13 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-14 begin=2026-01-13 eind=2026-01-14 uren=16.0 uiterst=2026-01-21"_s,
           };
    // uren is the whole sum, not the threshold: 600 + 361 = 961 minutes = 16.0166 -> "16.02".
    QTest::newRow("uren_keeps_minute_precision")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 361"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.02 uiterst=2026-01-20"_s,
           };
}

void TestSixteenHourRule::reportFields()
{
    ScenarioTest::verifyCurrentRow();
}

// §3: who is counted, and which soort a signal gets (category on bereikt_op).
void TestSixteenHourRule::legalCategory_data()
{
    ScenarioTest::addColumns();

    const QString twoDays = u"2026-01-12 O 600; 2026-01-13 O 360"_s;
    const QString preventief =
        u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s;
    const QString sixteen =
        u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s;
    const QString sixteenAdult =
        u"16UUR_18PLUS 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=-"_s;

    // Age 20: rmc_doelgroep. 16UUR_18PLUS has no uiterste_meld_datum (§4.1 lists 16UUR, LRV,
    // RMC_18PLUS and LUXE only).
    QTest::newRow("rmc_doelgroep_gets_16uur_18plus")
        << u"sector=mbo geboren=2005-10-10"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief, sixteenAdult};
    QTest::newRow("rmc_doelgroep_without_melden_16uur_18plus_gets_none")
        << u"sector=mbo geboren=2005-10-10 melden_16uur_18plus=0"_s << twoDays << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief};
    QTest::newRow("leerplichtig_ignores_melden_16uur_18plus")
        << u"melden_16uur_18plus=0"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief, sixteen};
    QTest::newRow("startkwalificatie_before_absence_no_16uur")
        << u"sector=mbo geboren=2009-05-05 startkwalificatie=2025-07-01"_s << twoDays
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief};
    // "no startkwalificatie obtained on or before d": obtained on 01-13 -> 01-13 is not
    // counted, 600 < 960.
    QTest::newRow("startkwalificatie_on_second_day_stops_count")
        << u"sector=mbo geboren=2009-05-05 startkwalificatie=2026-01-13"_s << twoDays
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief};
    QTest::newRow("startkwalificatie_day_after_still_16uur")
        << u"sector=mbo geboren=2009-05-05 startkwalificatie=2026-01-14"_s << twoDays
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief, sixteen};
    QTest::newRow("rmc_age_with_startkwalificatie_no_16uur_18plus")
        << u"sector=mbo geboren=2005-10-10 startkwalificatie=2024-06-30"_s << twoDays
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief};
    QTest::newRow("age_23_no_legal_signal")
        << u"sector=mbo geboren=2002-05-05"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    // 23rd birthday on 01-13: that day has no category and is not counted.
    QTest::newRow("turning_23_on_second_day_not_counted")
        << u"sector=mbo geboren=2003-01-13"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    // 18th birthday 01-14: still leerplichtig on bereikt_op 01-13 -> 16UUR with deadline.
    QTest::newRow("turning_18_after_bereikt_op_is_16uur")
        << u"geboren=2008-01-14"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief, sixteen};
    // 18th birthday on bereikt_op 01-13 itself -> 16UUR_18PLUS.
    QTest::newRow("turning_18_on_bereikt_op_is_16uur_18plus")
        << u"geboren=2008-01-13"_s << twoDays << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief, sixteenAdult};
    // 18 on Wed 01-14: 01-12 and 01-13 count as leerplichtig, 01-14 as rmc_doelgroep; the soort
    // is decided on bereikt_op 01-14. PREVENTIEF at 660 on 01-13.
    QTest::newRow("turning_18_inside_window_counts_both_categories")
        << u"geboren=2008-01-14"_s << u"2026-01-12 O 330; 2026-01-13 O 330; 2026-01-14 O 330"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-12 eind=- uren=11.0 uiterst=-"_s,
               u"16UUR_18PLUS 2026-01-14 begin=2026-01-12 eind=2026-01-14 uren=16.5 uiterst=-"_s,
           };
    // Without melden_16uur_18plus the 600 minutes of 01-14 (age 18) are not counted: 900 < 960.
    // PREVENTIEF counts regardless of category: 600 on 01-12, then 300 + 600 on 01-14.
    QTest::newRow("turning_18_days_after_birthday_not_counted_without_melden")
        << u"geboren=2008-01-14 melden_16uur_18plus=0"_s
        << u"2026-01-12 O 600; 2026-01-13 O 300; 2026-01-14 O 600"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"PREVENTIEF 2026-01-14 begin=2026-01-13 eind=- uren=15.0 uiterst=-"_s,
           };
    // Born 2020-12-01: 5th birthday 2025-12-01, leerplichtig from the 1st of the month after
    // it, 2026-01-01. The December absence (inside the window ending 01-07: weeks 01-05,
    // 12-15, 12-08, 12-01) never counts; 3 x 330 in January reaches on Wed 01-07.
    // choice: begindatum is the first date counted for 16UUR (01-05), not the first absence
    // record in the window (2025-12-15) that the category filter removes.
    QTest::newRow("absence_before_leerplicht_start_never_counts")
        << u"geboren=2020-12-01"_s
        << u"2025-12-15 O 330; 2025-12-16 O 330; 2025-12-17 O 330; "
           u"2026-01-05 O 330; 2026-01-06 O 330; 2026-01-07 O 330"_s
        << u"2026-03-31"_s << QStringList{u"16UUR"_s}
        << QStringList{
               u"16UUR 2026-01-07 begin=2026-01-05 eind=2026-01-07 uren=16.5 uiterst=2026-01-14"_s,
           };
    // Born 2020-11-20: leerplichtig from 2025-12-01, so December counts: 990 on Wed 12-17
    // (deadline Wed 2025-12-24), count restarts 12-18 and reaches again on 2026-01-07.
    QTest::newRow("leerplicht_starts_first_of_month_after_fifth_birthday")
        << u"geboren=2020-11-20"_s
        << u"2025-12-15 O 330; 2025-12-16 O 330; 2025-12-17 O 330; "
           u"2026-01-05 O 330; 2026-01-06 O 330; 2026-01-07 O 330"_s
        << u"2026-03-31"_s << QStringList{u"16UUR"_s}
        << QStringList{
               u"16UUR 2025-12-17 begin=2025-12-15 eind=2025-12-17 uren=16.5 uiterst=2025-12-24"_s,
               u"16UUR 2026-01-07 begin=2026-01-05 eind=2026-01-07 uren=16.5 uiterst=2026-01-14"_s,
           };
    // choice: §4.3 counts PREVENTIEF "over all counted verzuim regardless of category", which we
    // read literally, so a four-year-old still gets PREVENTIEF (but never 16UUR), despite §3's
    // "absence before leerplicht starts is never verzuim" (read as applying to the legal count).
    QTest::newRow("four_year_old_gets_preventief_but_no_16uur")
        << u"geboren=2020-12-01"_s << u"2025-12-15 O 600; 2025-12-16 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2025-12-15 begin=2025-12-15 eind=- uren=10.0 uiterst=-"_s,
           };
}

void TestSixteenHourRule::legalCategory()
{
    ScenarioTest::verifyCurrentRow();
}

// §1 and §2: which records are counted verzuim.
void TestSixteenHourRule::whatCounts_data()
{
    ScenarioTest::addColumns();

    const QString preventief =
        u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s;
    const QString sixteen =
        u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s;
    const QString preventief900 =
        u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=15.0 uiterst=-"_s;

    // te_laat_telt_mee defaults to false: the 60 minutes of L are not counted (900 < 960).
    QTest::newRow("te_laat_not_counted_by_default")
        << u""_s << u"2026-01-12 O 900; 2026-01-13 L 60"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief900};
    QTest::newRow("te_laat_counted_with_te_laat_telt_mee")
        << u"te_laat_telt_mee=1"_s << u"2026-01-12 O 900; 2026-01-13 L 60"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief900, sixteen};
    QTest::newRow("geoorloofd_te_laat_never_counted")
        << u"te_laat_telt_mee=1"_s << u"2026-01-12 O 900; 2026-01-13 T 60"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief900};
    QTest::newRow("ziek_not_counted")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 Z 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    QTest::newRow("verlof_not_counted")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 V 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    QTest::newRow("schorsing_not_counted")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 S 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    // Luxe is counted verzuim; the LUXE signal sorts after 16UUR on the same day.
    QTest::newRow("luxe_counts")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 X 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               preventief,
               sixteen,
               u"LUXE 2026-01-13 begin=2026-01-13 eind=- uren=6.0 uiterst=2026-01-20"_s,
           };
    QTest::newRow("school_code_afwezig_not_geoorloofd_counts")
        << u"code=A:afwezig:0"_s << u"2026-01-12 O 600; 2026-01-13 A 360"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief, sixteen};
    QTest::newRow("school_code_geoorloofd_not_counted")
        << u"code=M:afwezig:1"_s << u"2026-01-12 O 600; 2026-01-13 M 360"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief};
    QTest::newRow("record_on_saturday_not_counted")
        << u""_s << u"2026-01-12 O 600; 2026-01-17 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief};
    QTest::newRow("record_in_vakantie_not_counted")
        << u""_s << u"2026-02-13 O 600; 2026-02-16 O 360"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-02-13 begin=2026-02-13 eind=- uren=10.0 uiterst=-"_s,
           };
    QTest::newRow("record_on_vrije_dag_not_counted")
        << u""_s << u"2026-04-02 O 600; 2026-04-03 O 360"_s << u"2026-04-30"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-04-02 begin=2026-04-02 eind=- uren=10.0 uiterst=-"_s,
           };
    // Enrolled from 01-13: 01-12 is not counted; 360 + 360 = 720 only reaches PREVENTIEF.
    QTest::newRow("record_before_inschrijving_not_counted")
        << u"inschrijving=2026-01-13.."_s
        << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-01-14 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-14 begin=2026-01-13 eind=- uren=12.0 uiterst=-"_s,
           };
    QTest::newRow("record_after_inschrijving_ended_not_counted")
        << u"inschrijving=2025-08-01..2026-01-12"_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief};
    // Two inschrijvingen with a gap on Mon 01-12: only 01-13 and 01-14 count.
    QTest::newRow("record_between_two_inschrijvingen_not_counted")
        << u"inschrijving=2025-08-01..2026-01-09 inschrijving=2026-01-13.."_s
        << u"2026-01-12 O 600; 2026-01-13 O 600; 2026-01-14 O 360"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-13 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-14 begin=2026-01-13 eind=2026-01-14 uren=16.0 uiterst=2026-01-21"_s,
           };
    QTest::newRow("record_in_vrijstelling_not_counted")
        << u"vrijstelling=2026-01-13..2026-01-13"_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s
        << u"2026-03-31"_s << QStringList{} << QStringList{preventief};
    QTest::newRow("records_after_peildatum_ignored")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s << u"2026-01-12"_s << QStringList{}
        << QStringList{preventief};
    QTest::newRow("signal_on_peildatum_exists")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 360"_s << u"2026-01-13"_s << QStringList{}
        << QStringList{preventief, sixteen};
    QTest::newRow("records_on_one_day_add_up")
        << u""_s << u"2026-01-12 O 300; 2026-01-12 O 300; 2026-01-13 O 360"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{preventief, sixteen};
    QTest::newRow("records_in_any_order")
        << u""_s << u"2026-01-13 O 360; 2026-01-12 O 600"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{preventief, sixteen};
}

void TestSixteenHourRule::whatCounts()
{
    ScenarioTest::verifyCurrentRow();
}

QTEST_GUILESS_MAIN(TestSixteenHourRule)
#include "TestSixteenHourRule.moc"
