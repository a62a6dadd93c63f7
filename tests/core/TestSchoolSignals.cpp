// SPDX-License-Identifier: GPL-3.0-or-later
//
// verzuimregels §4.3: the school signals PREVENTIEF, TE_LAAT, ZIEK_MAZL and LUXE. Every expected
// line was worked out by hand from the spec; the calendar is the shared 2025-2026 one (see
// Scenario.h). None of these has an einddatum; only LUXE has an uiterste_meld_datum.
//
// Weekdays used: 2026-01-12, 01-19, 01-26, 02-02, 02-09, 02-23, 03-02, 03-16 are Mondays;
// 2025-07-30 is a Wednesday and 2025-08-01 a Friday (the scenario calendar has no vakanties in
// 2024-2025, so the summer of 2025 consists of lesdagen).
#include "Scenario.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSchoolSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preventief_data();
    void preventief();
    void teLaat_data();
    void teLaat();
    void ziekMazl_data();
    void ziekMazl();
    void luxe_data();
    void luxe();
};

void TestSchoolSignals::preventief_data()
{
    ScenarioTest::addColumns();

    QTest::newRow("default_8_hours_exactly_reaches")
        << u""_s << u"2026-01-12 O 480"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=8.0 uiterst=-"_s};
    QTest::newRow("one_minute_less_does_not_reach")
        << u""_s << u"2026-01-12 O 479"_s << u"2026-03-31"_s << QStringList{} << QStringList{};
    QTest::newRow("vo_8_lesuren_reach")
        << u"sector=vo lesuur_minuten=50"_s << u"2026-01-12 O 400 8"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=8 uiterst=-"_s};
    // 7 lesuren stay below 8 whatever the minutes say.
    QTest::newRow("vo_7_lesuren_do_not_reach")
        << u"sector=vo lesuur_minuten=50"_s << u"2026-01-12 O 500 7"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{};
    // preventief_uren 4 = 240 minutes: reached on 01-12, count restarts 01-13 and reaches
    // again that day. 480 in total stays far from 16UUR.
    QTest::newRow("custom_preventief_uren")
        << u"preventief_uren=4"_s << u"2026-01-12 O 240; 2026-01-13 O 240"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=4.0 uiterst=-"_s,
               u"PREVENTIEF 2026-01-13 begin=2026-01-13 eind=- uren=4.0 uiterst=-"_s,
           };
    // Age 26, no legal category, so no 16UUR interferes; PREVENTIEF counts regardless of
    // category. 600 on 01-13 (begin 01-12); own count restarts 01-14: 600 again on 01-15.
    QTest::newRow("own_counting_start_restarts_day_after")
        << u"geboren=2000-01-01"_s
        << u"2026-01-12 O 300; 2026-01-13 O 300; 2026-01-14 O 300; 2026-01-15 O 300"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-13 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"PREVENTIEF 2026-01-15 begin=2026-01-14 eind=- uren=10.0 uiterst=-"_s,
           };
    // Window ending Mon 02-02 reaches back to Mon 01-12.
    QTest::newRow("within_four_lesweken_reaches")
        << u"geboren=2000-01-01"_s << u"2026-01-12 O 300; 2026-02-02 O 300"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"PREVENTIEF 2026-02-02 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s};
    // Window ending Mon 02-09 starts Mon 01-19.
    QTest::newRow("over_five_lesweken_does_not_reach")
        << u"geboren=2000-01-01"_s << u"2026-01-12 O 300; 2026-02-09 O 300"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{};
    // choice: a 16UUR reached on D itself has "bereikt_op within the 4 lesweken ending at D"
    // (D included), so the PREVENTIEF reached that same day is suppressed.
    QTest::newRow("same_day_16uur_suppresses_preventief")
        << u""_s << u"2026-01-12 O 960"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"16UUR 2026-01-12 begin=2026-01-12 eind=2026-01-12 uren=16.0 uiterst=2026-01-19"_s};
    // PREVENTIEF 01-12 (600), 16UUR 01-13 (960). Own count from 01-13: 360 + 400 (02-02) = 760
    // reaches on 02-02, whose 4 lesweken (01-12..02-02) hold the 16UUR: suppressed, count moves
    // to 02-03. Then 100 (02-09) + 400 (02-10) = 500 on 02-10, whose window starts 01-19: no
    // legal signal in it, raised with uren 500/60 = 8.33. (Had the count not moved, 02-02 +
    // 02-09 would have reached on 02-09.) 16UUR from 01-14: window ending 02-10 holds only
    // 400 + 100 + 400 = 900.
    QTest::newRow("suppressed_by_16uur_in_window_and_count_moves")
        << u""_s
        << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-02-02 O 400; 2026-02-09 O 100; "
           u"2026-02-10 O 400"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
               u"PREVENTIEF 2026-02-10 begin=2026-02-09 eind=- uren=8.33 uiterst=-"_s,
           };
    // The 16UUR of 01-13 lies 5 lesweken before 02-09 (window 01-19..02-09): not suppressed.
    QTest::newRow("16uur_five_lesweken_back_does_not_suppress")
        << u""_s << u"2026-01-12 O 600; 2026-01-13 O 360; 2026-02-09 O 500"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-12 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"16UUR 2026-01-13 begin=2026-01-12 eind=2026-01-13 uren=16.0 uiterst=2026-01-20"_s,
               u"PREVENTIEF 2026-02-09 begin=2026-02-09 eind=- uren=8.33 uiterst=-"_s,
           };
    // Age 20 without melden_16uur_18plus: no 16UUR_18PLUS, so PREVENTIEF fires every 2 lesdagen
    // until RMC_18PLUS (rmc_weken 2) is raised on Fri 03-13; the reach of that day (03-12 +
    // 03-13) and all later ones lie in the raised run: suppressed.
    QTest::newRow("suppressed_inside_run_with_raised_rmc")
        << u"sector=mbo geboren=2005-10-10 melden_16uur_18plus=0 rmc_weken=2"_s
        << u"2026-03-02..2026-03-20 O 420 7 1"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-03-03 begin=2026-03-02 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-05 begin=2026-03-04 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-09 begin=2026-03-06 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-11 begin=2026-03-10 eind=- uren=14.0 uiterst=-"_s,
               u"RMC_18PLUS 2026-03-13 begin=2026-03-02 eind=- uren=70.0 uiterst=2026-03-20"_s,
           };
}

void TestSchoolSignals::preventief()
{
    ScenarioTest::verifyCurrentRow();
}

void TestSchoolSignals::teLaat_data()
{
    ScenarioTest::addColumns();

    // Example p02_vo_lesuren_te_laat: 6 + 6 = 12 lesuren on 05-19 (PREVENTIEF), 18 on 05-20
    // (16UUR; Wed 05-20 + 5 werkdagen = Wed 05-27, the vrije dag Mon 05-25 included). Late on
    // 06-01..06-05, 06-08, 06-09: the 3rd on Wed 06-03, the 6th on Mon 06-08; the 7th is no
    // level. L records are not counted verzuim (te_laat_telt_mee is off).
    QTest::newRow("example_p02")
        << u"sector=vo lesuur_minuten=50 geboren=2010-02-02 inschrijving=2025-08-01.."_s
        << u"2026-05-18 O 300 6 0; 2026-05-19 O 300 6 0; 2026-05-20 O 300 6 0; "
           u"2026-06-01 L 5; 2026-06-02 L 5; 2026-06-03 L 5; 2026-06-04 L 5; 2026-06-05 L 5; "
           u"2026-06-08 L 5; 2026-06-09 L 5"_s
        << u"2026-06-30"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-05-19 begin=2026-05-18 eind=- uren=12 uiterst=-"_s,
               u"16UUR 2026-05-20 begin=2026-05-18 eind=2026-05-20 uren=18 uiterst=2026-05-27"_s,
               u"TE_LAAT 2026-06-03 begin=2026-06-01 eind=- uren=3 uiterst=-"_s,
               u"TE_LAAT 2026-06-08 begin=2026-06-01 eind=- uren=6 uiterst=-"_s,
           };
    // Lesdagen 01-12..01-23: 3rd Wed 01-14, 6th Mon 01-19, 9th Thu 01-22; the 10th raises nothing.
    QTest::newRow("levels_3_6_9")
        << u""_s << u"2026-01-12..2026-01-23 L 5"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"TE_LAAT 2026-01-14 begin=2026-01-12 eind=- uren=3 uiterst=-"_s,
               u"TE_LAAT 2026-01-19 begin=2026-01-12 eind=- uren=6 uiterst=-"_s,
               u"TE_LAAT 2026-01-22 begin=2026-01-12 eind=- uren=9 uiterst=-"_s,
           };
    QTest::newRow("custom_levels")
        << u"te_laat_niveaus=2,4"_s << u"2026-01-12..2026-01-16 L 5"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"TE_LAAT 2026-01-13 begin=2026-01-12 eind=- uren=2 uiterst=-"_s,
               u"TE_LAAT 2026-01-15 begin=2026-01-12 eind=- uren=4 uiterst=-"_s,
           };
    // Two in schooljaar 2024-2025 (07-30, 07-31), then a new count from 1 August 2025: the 3rd
    // of 2025-2026 is Tue 08-05, begindatum its first occurrence Fri 08-01.
    QTest::newRow("count_restarts_on_1_august")
        << u""_s
        << u"2025-07-30 L 5; 2025-07-31 L 5; 2025-08-01 L 5; 2025-08-04 L 5; 2025-08-05 L 5"_s
        << u"2025-09-30"_s << QStringList{}
        << QStringList{u"TE_LAAT 2025-08-05 begin=2025-08-01 eind=- uren=3 uiterst=-"_s};
    QTest::newRow("geoorloofd_te_laat_not_counted")
        << u""_s
        << u"2026-01-12 L 5; 2026-01-13 T 5; 2026-01-14 L 5; 2026-01-15 T 5; 2026-01-16 L 5"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{u"TE_LAAT 2026-01-16 begin=2026-01-12 eind=- uren=3 uiterst=-"_s};
    // Sat 01-17 and Sun 01-18 are no lesdagen: the 3rd occurrence is Tue 01-20.
    QTest::newRow("te_laat_on_weekend_not_counted")
        << u""_s << u"2026-01-16..2026-01-20* L 5"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"TE_LAAT 2026-01-20 begin=2026-01-16 eind=- uren=3 uiterst=-"_s};
    // With te_laat_telt_mee the minutes count as verzuim (600 on 01-14 -> PREVENTIEF), and the
    // TE_LAAT ladder is unchanged. Same day: PREVENTIEF sorts before TE_LAAT.
    QTest::newRow("te_laat_telt_mee_counts_minutes_too")
        << u"te_laat_telt_mee=1"_s << u"2026-01-12..2026-01-14 L 200"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-14 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
               u"TE_LAAT 2026-01-14 begin=2026-01-12 eind=- uren=3 uiterst=-"_s,
           };
    QTest::newRow("te_laat_after_peildatum_ignored")
        << u""_s << u"2026-01-12..2026-01-14 L 5"_s << u"2026-01-13"_s << QStringList{}
        << QStringList{};
}

void TestSchoolSignals::teLaat()
{
    ScenarioTest::verifyCurrentRow();
}

void TestSchoolSignals::ziekMazl_data()
{
    ScenarioTest::addColumns();

    // 4 one-day ziekmeldingen; the 4th starts Mon 03-02, whose 12 lesweken reach back to
    // the week of 2025-11-24 and hold all four.
    QTest::newRow("fourth_ziekmelding_within_12_lesweken")
        << u""_s << u"2026-01-12 Z; 2026-01-26 Z; 2026-02-09 Z; 2026-03-02 Z"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-03-02 begin=2026-01-12 eind=- uren=4 uiterst=-"_s};
    QTest::newRow("three_ziekmeldingen_no_signal")
        << u""_s << u"2026-01-12 Z; 2026-01-26 Z; 2026-02-09 Z"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{};
    // The 12 lesweken ending Mon 02-23: 02-23, 02-09, 02-02, 01-26, 01-19, 01-12, 01-05,
    // 12-15, 12-08, 12-01, 11-24, 11-17 (vakanties skipped; 15 calendar weeks).
    QTest::newRow("twelve_lesweken_skip_vakanties")
        << u""_s << u"2025-11-17 Z; 2025-12-01 Z; 2026-01-12 Z; 2026-02-23 Z"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-02-23 begin=2025-11-17 eind=- uren=4 uiterst=-"_s};
    // 2025-11-10 lies in the 13th lesweek back: only 3 ziekmeldingen in the window.
    QTest::newRow("thirteenth_lesweek_back_falls_out")
        << u""_s << u"2025-11-10 Z; 2025-12-01 Z; 2026-01-12 Z; 2026-02-23 Z"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{};
    // Fri 01-16 + Mon 01-19 are consecutive lesdagen: one ziekmelding. Ziekmeldingen start
    // 01-12, 01-16, 01-21, 01-23: the 4th is Fri 01-23 (not Wed 01-21).
    QTest::newRow("ziekmelding_over_weekend_is_one")
        << u""_s << u"2026-01-12 Z; 2026-01-16 Z; 2026-01-19 Z; 2026-01-21 Z; 2026-01-23 Z"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-01-23 begin=2026-01-12 eind=- uren=4 uiterst=-"_s};
    // A Z on Sat 01-17 is no lesdag and starts no ziekmelding: the 4th is 01-23, not 01-19.
    QTest::newRow("ziek_on_saturday_is_no_ziekmelding")
        << u""_s << u"2026-01-12 Z; 2026-01-17 Z; 2026-01-19 Z; 2026-01-21 Z; 2026-01-23 Z"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-01-23 begin=2026-01-12 eind=- uren=4 uiterst=-"_s};
    // Mon 03-02..Fri 03-06, Mon 03-09, Tue 03-10: the 7th consecutive lesdag is 03-10.
    QTest::newRow("seventh_consecutive_lesdag")
        << u""_s << u"2026-03-02..2026-03-10 Z"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-03-10 begin=2026-03-02 eind=- uren=7 uiterst=-"_s};
    QTest::newRow("six_consecutive_lesdagen_no_signal")
        << u""_s << u"2026-03-02..2026-03-09 Z"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{};
    // One ziekmelding raises M@ZL once, however long it lasts.
    QTest::newRow("long_ziekmelding_raises_once")
        << u""_s << u"2026-03-02..2026-03-27 Z"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-03-10 begin=2026-03-02 eind=- uren=7 uiterst=-"_s};
    // choice: "consecutive lesdagen" read literally, so a vakantie does not end a ziekmelding:
    // Thu 02-12, Fri 02-13, then (voorjaarsvakantie) Mon 02-23..Fri 02-27 are 7 consecutive
    // lesdagen: one ziekmelding, 7th lesdag Fri 02-27.
    QTest::newRow("ziekmelding_across_vakantie_is_one")
        << u""_s << u"2026-02-12..2026-02-27 Z"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-02-27 begin=2026-02-12 eind=- uren=7 uiterst=-"_s};
    // One-day ziekmeldingen 01-12, 01-14, 01-16, 01-20 -> signal on 01-20. Afterwards only
    // later ones count: 01-22, 01-26, 01-28, 01-30 -> signal on 01-30, begin 01-22.
    QTest::newRow("after_signal_only_later_ziekmeldingen_count")
        << u""_s
        << u"2026-01-12 Z; 2026-01-14 Z; 2026-01-16 Z; 2026-01-20 Z; 2026-01-22 Z; 2026-01-26 Z; "
           u"2026-01-28 Z; 2026-01-30 Z"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"ZIEK_MAZL 2026-01-20 begin=2026-01-12 eind=- uren=4 uiterst=-"_s,
               u"ZIEK_MAZL 2026-01-30 begin=2026-01-22 eind=- uren=4 uiterst=-"_s,
           };
    // choice: "that run cannot raise it again" read as: the ziekmelding on whose start the
    // 4-in-12 signal was raised (Tue 01-20..Wed 01-28, 7 lesdagen) cannot also raise M@ZL on
    // its 7th lesdag.
    QTest::newRow("ziekmelding_that_raised_cannot_raise_again")
        << u""_s << u"2026-01-12 Z; 2026-01-14 Z; 2026-01-16 Z; 2026-01-20..2026-01-28 Z"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-01-20 begin=2026-01-12 eind=- uren=4 uiterst=-"_s};
    // choice: "only ziekmeldingen starting later count" = starting after the signal's
    // bereikt_op. M@ZL on 03-10; the long ziekmelding (started 03-02) no longer counts for
    // 4-in-12, so 03-16, 03-18, 03-20, 03-24 are needed: signal on Tue 03-24 (not on 03-20).
    QTest::newRow("after_mazl_its_ziekmelding_no_longer_counts")
        << u""_s
        << u"2026-03-02..2026-03-10 Z; 2026-03-16 Z; 2026-03-18 Z; 2026-03-20 Z; 2026-03-24 Z"_s
        << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"ZIEK_MAZL 2026-03-10 begin=2026-03-02 eind=- uren=7 uiterst=-"_s,
               u"ZIEK_MAZL 2026-03-24 begin=2026-03-16 eind=- uren=4 uiterst=-"_s,
           };
    // Any enrolled leerling, also without a legal category (age 26).
    QTest::newRow("any_enrolled_leerling")
        << u"geboren=2000-01-01"_s << u"2026-03-02..2026-03-10 Z"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-03-10 begin=2026-03-02 eind=- uren=7 uiterst=-"_s};
}

void TestSchoolSignals::ziekMazl()
{
    ScenarioTest::verifyCurrentRow();
}

void TestSchoolSignals::luxe_data()
{
    ScenarioTest::addColumns();

    // Mon 01-12 + 5 werkdagen = Mon 01-19; uren 330 minutes = 5.5.
    QTest::newRow("single_luxe_day")
        << u""_s << u"2026-01-12 X 330"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"LUXE 2026-01-12 begin=2026-01-12 eind=- uren=5.5 uiterst=2026-01-19"_s};
    // One run 01-12..01-14: one LUXE on its first lesdag with that day's 300 minutes. Luxe is
    // counted verzuim: PREVENTIEF at 600 on 01-13; 900 stays below 960.
    QTest::newRow("run_of_consecutive_days_one_signal")
        << u""_s << u"2026-01-12..2026-01-14 X 300"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"LUXE 2026-01-12 begin=2026-01-12 eind=- uren=5.0 uiterst=2026-01-19"_s,
               u"PREVENTIEF 2026-01-13 begin=2026-01-12 eind=- uren=10.0 uiterst=-"_s,
           };
    // Tue 03-03 without luxe separates two runs. 200 minutes = 3.33.
    QTest::newRow("two_runs_two_signals")
        << u""_s << u"2026-03-02 X 200; 2026-03-04 X 200"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{
               u"LUXE 2026-03-02 begin=2026-03-02 eind=- uren=3.33 uiterst=2026-03-09"_s,
               u"LUXE 2026-03-04 begin=2026-03-04 eind=- uren=3.33 uiterst=2026-03-11"_s,
           };
    // Fri 01-16 and Mon 01-19 are consecutive lesdagen. Fri + 5 werkdagen = Fri 01-23.
    QTest::newRow("run_over_weekend_is_one")
        << u""_s << u"2026-01-16 X 200; 2026-01-19 X 200"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"LUXE 2026-01-16 begin=2026-01-16 eind=- uren=3.33 uiterst=2026-01-23"_s};
    // choice: "consecutive lesdagen" read literally, so the vakantie does not split the run:
    // Thu 02-12, Fri 02-13, Mon 02-23 are consecutive lesdagen (the typical "extra days around
    // the vakantie"): one LUXE, deadline Thu 02-12 + 5 = Thu 02-19 (in the vakantie). Also
    // PREVENTIEF (660 on 02-13) and 16UUR (990 on 02-23, deadline Mon 03-02).
    QTest::newRow("run_around_vakantie_is_one")
        << u""_s << u"2026-02-12 X 330; 2026-02-13 X 330; 2026-02-23 X 330"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{
               u"LUXE 2026-02-12 begin=2026-02-12 eind=- uren=5.5 uiterst=2026-02-19"_s,
               u"PREVENTIEF 2026-02-13 begin=2026-02-12 eind=- uren=11.0 uiterst=-"_s,
               u"16UUR 2026-02-23 begin=2026-02-12 eind=2026-02-23 uren=16.5 uiterst=2026-03-02"_s,
           };
    // choice: "uren = counted verzuim on that day" includes the other counted record of that
    // day: 120 (X) + 60 (O) = 180 minutes = 3.0.
    QTest::newRow("uren_is_all_counted_verzuim_that_day")
        << u""_s << u"2026-01-12 X 120; 2026-01-12 O 60"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"LUXE 2026-01-12 begin=2026-01-12 eind=- uren=3.0 uiterst=2026-01-19"_s};
    QTest::newRow("vo_uren_in_lesuren")
        << u"sector=vo lesuur_minuten=50"_s << u"2026-01-12 X 250 5 1"_s << u"2026-03-31"_s
        << QStringList{}
        << QStringList{u"LUXE 2026-01-12 begin=2026-01-12 eind=- uren=5 uiterst=2026-01-19"_s};
    // Fri 2025-12-19 + 5 werkdagen = Fri 2025-12-26 (kerstvakantie not skipped).
    QTest::newRow("deadline_does_not_skip_kerstvakantie")
        << u""_s << u"2025-12-19 X 330"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"LUXE 2025-12-19 begin=2025-12-19 eind=- uren=5.5 uiterst=2025-12-26"_s};
    QTest::newRow("leerling_without_legal_category")
        << u"geboren=2000-01-01"_s << u"2026-01-12 X 330"_s << u"2026-03-31"_s << QStringList{}
        << QStringList{u"LUXE 2026-01-12 begin=2026-01-12 eind=- uren=5.5 uiterst=2026-01-19"_s};
    QTest::newRow("outside_inschrijving_not_counted")
        << u"inschrijving=2026-01-13.."_s << u"2026-01-12 X 330"_s << u"2026-03-31"_s
        << QStringList{} << QStringList{};
}

void TestSchoolSignals::luxe()
{
    ScenarioTest::verifyCurrentRow();
}

QTEST_GUILESS_MAIN(TestSchoolSignals)
#include "TestSchoolSignals.moc"
