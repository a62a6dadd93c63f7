// SPDX-License-Identifier: GPL-3.0-or-later
//
// verzuimregels §4.2: LRV and RMC_18PLUS for continuous whole-day absence, and how they interact
// with 16UUR (§4.1) and PREVENTIEF (§4.3). Every expected line was worked out by hand from the
// spec; the calendar is the shared 2025-2026 one (see Scenario.h).
//
// Weekdays used: 2026-01-26, 02-23, 03-02, 03-09, 03-16, 03-23, 03-30 are Mondays; 04-03 (Fri)
// and 04-06 (Mon) are vrije dagen, so the week of 03-30 ends on Thu 04-02 and the week of 04-06
// runs Tue 04-07..Fri 04-10. Whole-day absence in the mbo rows is 420 minutes (7.0 hours) a day,
// as in example p03.
#include "Scenario.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestContinuousAbsenceRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lrv_data();
    void lrv();
    void runShape_data();
    void runShape();
    void rmc_data();
    void rmc();
    void interplay_data();
    void interplay();
};

namespace {

// The four 16UUR signals of a whole-day run from Mon 2026-03-02 (example p03): 3 x 420 = 1260
// on Wed 03-04; then each count from the day after einddatum reaches 960 on its 3rd lesdag (a
// Monday), which is moved to the first lesdag on or after the previous bereikt_op + 7 (a
// Wednesday); uren = 5 lesdagen x 420 = 35.0.
QStringList sixteenHoursFromMarch2(const QString& soort, bool withDeadline)
{
    const auto line = [&](const QString& reached, const QString& begin, const QString& uren,
                          const QString& deadline) {
        return u"%1 %2 begin=%3 eind=%2 uren=%4 uiterst=%5"_s.arg(soort, reached, begin, uren,
                                                                  withDeadline ? deadline : u"-"_s);
    };
    return {
        line(u"2026-03-04"_s, u"2026-03-02"_s, u"21.0"_s, u"2026-03-11"_s),
        line(u"2026-03-11"_s, u"2026-03-05"_s, u"35.0"_s, u"2026-03-18"_s),
        line(u"2026-03-18"_s, u"2026-03-12"_s, u"35.0"_s, u"2026-03-25"_s),
        line(u"2026-03-25"_s, u"2026-03-19"_s, u"35.0"_s, u"2026-04-01"_s),
    };
}

const QString kRunMarch = u"2026-03-02..2026-03-27 O 420 7 1"_s;
const QString kRunMarchApril = u"2026-03-02..2026-04-24 O 420 7 1"_s;

} // namespace

// When the signal is raised and what it says.
void TestContinuousAbsenceRule::lrv_data()
{
    ScenarioTest::addColumns();

    // Example p03_continu_lrv_en_rmc, leerling 300000014 (16 on the first day, 17 from 03-03).
    // LRV on Fri 03-27, the last lesdag of the 4th complete lesweek (03-02, 03-09, 03-16,
    // 03-23); uren 20 x 420 = 140.0; deadline Fri 03-27 + 5 werkdagen = Fri 04-03 (a vrije dag,
    // still a werkdag). From 03-26 the count would reach on Mon 03-30, but the run with a raised
    // LRV lasts until the peildatum: no further 16UUR. PREVENTIEF at 840 on 03-03; every later
    // reach has a 16UUR or the LRV within its 4 lesweken.
    QTest::newRow("example_p03_leerplichtig")
        << u"sector=mbo geboren=2009-03-03 inschrijving=2025-08-01.."_s << kRunMarchApril
        << u"2026-04-24"_s << QStringList{}
        << QStringList{u"PREVENTIEF 2026-03-03 begin=2026-03-02 eind=- uren=14.0 uiterst=-"_s} +
               sixteenHoursFromMarch2(u"16UUR"_s, true) +
               QStringList{
                   u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s};
    QTest::newRow("four_complete_lesweken_from_monday")
        << u"sector=mbo"_s << kRunMarch << u"2026-03-27"_s << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s};
    // The run stops on Thu 03-26: the 4th lesweek is not covered.
    QTest::newRow("run_one_lesdag_short_of_four_weeks")
        << u"sector=mbo"_s << u"2026-03-02..2026-03-26 O 420 7 1"_s << u"2026-04-24"_s
        << QStringList{u"LRV"_s} << QStringList{};
    // Records up to 03-27 but peildatum Thu 03-26: 03-27 is ignored, no LRV yet.
    QTest::newRow("peildatum_before_last_lesdag_of_fourth_week")
        << u"sector=mbo"_s << kRunMarch << u"2026-03-26"_s << QStringList{u"LRV"_s}
        << QStringList{};
    // Run from Wed 03-04: the week of 03-02 is not covered completely, so W is the 4th complete
    // week after it: 03-09, 03-16, 03-23, 03-30 -> last lesdag of W is Thu 04-02 (04-03 vrije
    // dag). uren: 3 + 5 + 5 + 5 + 4 = 22 lesdagen x 420 = 9240 = 154.0. Deadline Thu 04-02 + 5
    // werkdagen = Thu 04-09.
    QTest::newRow("run_starting_midweek_needs_four_complete_weeks")
        << u"sector=mbo"_s << u"2026-03-04..2026-04-02 O 420 7 1"_s << u"2026-04-24"_s
        << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-04-02 begin=2026-03-04 eind=- uren=154.0 uiterst=2026-04-09"_s};
    // Lesweken 01-26, 02-02, 02-09, 02-23 (the vakantie week 02-16 is skipped, not a break):
    // LRV on Fri 02-27, deadline Fri 03-06.
    // 16UUR: 01-28 (26..28); from 01-29 reached Mon 02-02, moved to 01-28 + 7 = Wed 02-04
    // (29, 30, 2, 3, 4 = 35.0); from 02-05 reached 02-09, moved to 02-11 (deadline Wed 02-18,
    // inside the vakantie); from 02-12 reached on Mon 02-23 (12, 13, 23 = 21.0), 02-11 + 7 =
    // 02-18 is in the vakantie so 02-23 stands; from 02-24 reached 02-26 but moved to Mon 03-02,
    // after the peildatum.
    QTest::newRow("run_across_voorjaarsvakantie")
        << u"sector=mbo"_s << u"2026-01-26..2026-02-27 O 420 7 1"_s << u"2026-02-27"_s
        << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-01-27 begin=2026-01-26 eind=- uren=14.0 uiterst=-"_s,
               u"16UUR 2026-01-28 begin=2026-01-26 eind=2026-01-28 uren=21.0 uiterst=2026-02-04"_s,
               u"16UUR 2026-02-04 begin=2026-01-29 eind=2026-02-04 uren=35.0 uiterst=2026-02-11"_s,
               u"16UUR 2026-02-11 begin=2026-02-05 eind=2026-02-11 uren=35.0 uiterst=2026-02-18"_s,
               u"16UUR 2026-02-23 begin=2026-02-12 eind=2026-02-23 uren=21.0 uiterst=2026-03-02"_s,
               u"LRV 2026-02-27 begin=2026-01-26 eind=- uren=140.0 uiterst=2026-03-06"_s,
           };
    // po, 330 minutes a day. Lesweken 2025-12-08, 12-15, 2026-01-05, 01-12: 20 lesdagen x 330 =
    // 6600 = 110.0; LRV Fri 01-16, deadline Fri 01-23.
    QTest::newRow("run_across_kerstvakantie")
        << u"sector=po"_s << u"2025-12-08..2026-01-16 O 330 5 1"_s << u"2026-01-16"_s
        << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-01-16 begin=2025-12-08 eind=- uren=110.0 uiterst=2026-01-23"_s};
}

void TestContinuousAbsenceRule::lrv()
{
    ScenarioTest::verifyCurrentRow();
}

// What makes a continuous run.
void TestContinuousAbsenceRule::runShape_data()
{
    ScenarioTest::addColumns();

    const QString gapOnMarch11 =
        u"2026-03-02..2026-03-10 O 420 7 1; 2026-03-12..2026-04-10 O 420 7 1"_s;

    // Wed 03-11 missing: with tolerance 0 the run restarts Thu 03-12; its first complete weeks
    // are 03-16, 03-23, 03-30, 04-06 -> LRV Fri 04-10, begin 03-12, 2 + 5 + 5 + 4 + 4 = 20
    // lesdagen = 140.0; deadline Fri 04-17. (16UUR signals fall inside the new run, e.g. 03-18.)
    QTest::newRow("missing_lesdag_breaks_run")
        << u"sector=mbo"_s << gapOnMarch11 << u"2026-04-10"_s << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-04-10 begin=2026-03-12 eind=- uren=140.0 uiterst=2026-04-17"_s};
    // choice: with continu_tolerantie_lesdagen 1 the one missing lesdag inside the 4 lesweken
    // 03-02..03-27 is tolerated: the run still begins 03-02 and LRV comes on 03-27. uren counts
    // the 19 lesdagen with verzuim (the missing day has none): 19 x 420 = 7980 = 133.0.
    QTest::newRow("missing_lesdag_tolerated")
        << u"sector=mbo continu_tolerantie_lesdagen=1"_s << gapOnMarch11 << u"2026-04-10"_s
        << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=133.0 uiterst=2026-04-03"_s};
    // hele_dag = 0: no run, no LRV; the 16UUR signals just go on.
    QTest::newRow("partial_day_records_form_no_run")
        << u"sector=mbo"_s << u"2026-03-02..2026-03-27 O 420 7 0"_s << u"2026-03-27"_s
        << QStringList{u"16UUR"_s, u"LRV"_s} << sixteenHoursFromMarch2(u"16UUR"_s, true);
    // Geoorloofd verlof, whole days: nothing is counted, no run, no signal at all.
    QTest::newRow("geoorloofd_verlof_forms_no_run")
        << u"sector=mbo"_s << u"2026-03-02..2026-03-27 V 420 7 1"_s << u"2026-03-27"_s
        << QStringList{} << QStringList{};
    // Whole-day ziek is geoorloofd: no run; only ZIEK_MAZL on the 7th lesdag (Tue 03-10).
    QTest::newRow("ziek_whole_days_form_no_run")
        << u"sector=mbo"_s << u"2026-03-02..2026-03-27 Z 420 7 1"_s << u"2026-03-27"_s
        << QStringList{}
        << QStringList{u"ZIEK_MAZL 2026-03-10 begin=2026-03-02 eind=- uren=7 uiterst=-"_s};
    // A run needs `afwezig` records: whole-day luxe is one LUXE run (signal on its first day),
    // not an LRV.
    QTest::newRow("luxe_whole_days_form_no_run")
        << u"sector=mbo"_s << u"2026-03-02..2026-03-27 X 420 7 1"_s << u"2026-03-27"_s
        << QStringList{u"LRV"_s, u"LUXE"_s}
        << QStringList{u"LUXE 2026-03-02 begin=2026-03-02 eind=- uren=7.0 uiterst=2026-03-09"_s};
    // Born 2020-12-01: leerplichtig from 2026-01-01. The run consists only of lesdagen in a
    // legal category, so it begins Mon 01-05 (December does not count): lesweken 01-05, 01-12,
    // 01-19, 01-26 -> LRV Fri 01-30, 20 x 330 = 110.0, deadline Fri 02-06.
    // 16UUR from 01-05: 990 on 01-07; then reached on the Mondays 01-12, 01-19, 01-26 and moved
    // to the Wednesdays, each 5 lesdagen x 330 = 27.5.
    // choice: begindatum of LRV is the run's first lesdag in a legal category (01-05).
    QTest::newRow("run_starts_when_leerplicht_starts")
        << u"sector=po geboren=2020-12-01"_s << u"2025-12-01..2026-01-30 O 330 5 1"_s
        << u"2026-01-30"_s << QStringList{u"16UUR"_s, u"LRV"_s}
        << QStringList{
               u"16UUR 2026-01-07 begin=2026-01-05 eind=2026-01-07 uren=16.5 uiterst=2026-01-14"_s,
               u"16UUR 2026-01-14 begin=2026-01-08 eind=2026-01-14 uren=27.5 uiterst=2026-01-21"_s,
               u"16UUR 2026-01-21 begin=2026-01-15 eind=2026-01-21 uren=27.5 uiterst=2026-01-28"_s,
               u"16UUR 2026-01-28 begin=2026-01-22 eind=2026-01-28 uren=27.5 uiterst=2026-02-04"_s,
               u"LRV 2026-01-30 begin=2026-01-05 eind=- uren=110.0 uiterst=2026-02-06"_s,
           };
}

void TestContinuousAbsenceRule::runShape()
{
    ScenarioTest::verifyCurrentRow();
}

// RMC_18PLUS for the rmc_doelgroep, with rmc_weken.
void TestContinuousAbsenceRule::rmc_data()
{
    ScenarioTest::addColumns();

    // Example p03_continu_lrv_en_rmc, leerling 300000026 (age 20): as the leerplichtige, but
    // 16UUR_18PLUS (no deadline) and RMC_18PLUS (with deadline).
    QTest::newRow("example_p03_rmc_doelgroep")
        << u"sector=mbo geboren=2005-10-10 inschrijving=2025-08-01.."_s << kRunMarchApril
        << u"2026-04-24"_s << QStringList{}
        << QStringList{u"PREVENTIEF 2026-03-03 begin=2026-03-02 eind=- uren=14.0 uiterst=-"_s} +
               sixteenHoursFromMarch2(u"16UUR_18PLUS"_s, false) +
               QStringList{
                   u"RMC_18PLUS 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s};
    // rmc_weken 2: raised on Fri 03-13 (lesweken 03-02, 03-09), 10 x 420 = 70.0, deadline
    // Fri 03-20. The count from 03-12 would reach on Mon 03-16, inside the run: nothing more.
    QTest::newRow("rmc_weken_2")
        << u"sector=mbo geboren=2005-10-10 rmc_weken=2"_s << kRunMarchApril << u"2026-04-24"_s
        << QStringList{u"16UUR_18PLUS"_s, u"RMC_18PLUS"_s}
        << QStringList{
               u"16UUR_18PLUS 2026-03-04 begin=2026-03-02 eind=2026-03-04 uren=21.0 uiterst=-"_s,
               u"16UUR_18PLUS 2026-03-11 begin=2026-03-05 eind=2026-03-11 uren=35.0 uiterst=-"_s,
               u"RMC_18PLUS 2026-03-13 begin=2026-03-02 eind=- uren=70.0 uiterst=2026-03-20"_s,
           };
    // rmc_weken 6: lesweken 03-02, 03-09, 03-16, 03-23, 03-30 (to Thu 04-02), 04-06 (Tue 04-07
    // to Fri 04-10) -> RMC Fri 04-10; 20 + 4 + 4 = 28 lesdagen x 420 = 196.0; deadline 04-17.
    // 16UUR_18PLUS go on until then: from 03-26 reached Mon 03-30, moved to 03-25 + 7 = Wed
    // 04-01 (26, 27, 30, 31, 1 = 35.0); from 04-02 reached Wed 04-08 (2, 7, 8 = 21.0), exactly
    // 7 days later; from 04-09 only 840 by 04-10.
    QTest::newRow("rmc_weken_6")
        << u"sector=mbo geboren=2005-10-10 rmc_weken=6"_s << u"2026-03-02..2026-04-10 O 420 7 1"_s
        << u"2026-04-10"_s << QStringList{u"16UUR_18PLUS"_s, u"RMC_18PLUS"_s}
        << sixteenHoursFromMarch2(u"16UUR_18PLUS"_s, false) +
               QStringList{
                   u"16UUR_18PLUS 2026-04-01 begin=2026-03-26 eind=2026-04-01 uren=35.0 uiterst=-"_s,
                   u"16UUR_18PLUS 2026-04-08 begin=2026-04-02 eind=2026-04-08 uren=21.0 uiterst=-"_s,
                   u"RMC_18PLUS 2026-04-10 begin=2026-03-02 eind=- uren=196.0 uiterst=2026-04-17"_s,
               };
    // rmc_weken applies to RMC_18PLUS only: a leerplichtige still gets LRV after 4 lesweken.
    QTest::newRow("rmc_weken_does_not_change_lrv")
        << u"sector=mbo rmc_weken=6"_s << kRunMarch << u"2026-03-27"_s << QStringList{u"LRV"_s}
        << QStringList{u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s};
    // Without melden_16uur_18plus there is no 16UUR_18PLUS, yet RMC_18PLUS is raised, and its
    // uren are counted without the 16UUR category filter (140.0). With no legal signal before
    // it, PREVENTIEF fires every 2 lesdagen (840 >= 480) with the count restarting the next day:
    // 03-03, 03-05, 03-09 (03-06 + 03-09), 03-11, 03-13, 03-17, 03-19, 03-23, 03-25. On 03-27
    // the reach lies in the run whose RMC_18PLUS was raised that day: suppressed, and so are
    // all later ones.
    QTest::newRow("rmc_without_melden_16uur_18plus")
        << u"sector=mbo geboren=2005-10-10 melden_16uur_18plus=0"_s
        << u"2026-03-02..2026-04-10 O 420 7 1"_s << u"2026-04-10"_s << QStringList{}
        << QStringList{
               u"PREVENTIEF 2026-03-03 begin=2026-03-02 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-05 begin=2026-03-04 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-09 begin=2026-03-06 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-11 begin=2026-03-10 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-13 begin=2026-03-12 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-17 begin=2026-03-16 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-19 begin=2026-03-18 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-23 begin=2026-03-20 eind=- uren=14.0 uiterst=-"_s,
               u"PREVENTIEF 2026-03-25 begin=2026-03-24 eind=- uren=14.0 uiterst=-"_s,
               u"RMC_18PLUS 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s,
           };
    QTest::newRow("age_23_no_lrv_or_rmc")
        << u"sector=mbo geboren=2002-05-05"_s << kRunMarchApril << u"2026-04-24"_s
        << QStringList{u"16UUR"_s, u"16UUR_18PLUS"_s, u"LRV"_s, u"RMC_18PLUS"_s} << QStringList{};
    QTest::newRow("startkwalificatie_no_rmc")
        << u"sector=mbo geboren=2005-10-10 startkwalificatie=2025-07-01"_s << kRunMarchApril
        << u"2026-04-24"_s << QStringList{u"16UUR"_s, u"16UUR_18PLUS"_s, u"LRV"_s, u"RMC_18PLUS"_s}
        << QStringList{};
}

void TestContinuousAbsenceRule::rmc()
{
    ScenarioTest::verifyCurrentRow();
}

// §4.1 "Once LRV or RMC_18PLUS has been raised …" and the LRV precondition.
void TestContinuousAbsenceRule::interplay_data()
{
    ScenarioTest::addColumns();

    // The run lasts to Fri 04-10 (LRV on 03-27): no 16UUR while it lasts. Counting restarts on
    // 04-11, the day after the run's last lesdag: 600 (Tue 04-14) + 360 (Wed 04-15) = 960 ->
    // 16UUR 04-15, deadline Wed 04-22. (Without the restart the count from 03-26 would have
    // raised 16UUR on 04-01 and 04-08.) PREVENTIEF reaching 480 on 04-14 is suppressed: LRV
    // 03-27 lies within the 4 lesweken ending 04-14 (weeks 04-13, 04-06, 03-30, 03-23).
    QTest::newRow("counting_restarts_after_run_with_lrv")
        << u"sector=mbo"_s
        << u"2026-03-02..2026-04-10 O 420 7 1; 2026-04-14 O 600; 2026-04-15 O 360"_s
        << u"2026-04-24"_s << QStringList{}
        << QStringList{u"PREVENTIEF 2026-03-03 begin=2026-03-02 eind=- uren=14.0 uiterst=-"_s} +
               sixteenHoursFromMarch2(u"16UUR"_s, true) +
               QStringList{
                   u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=140.0 uiterst=2026-04-03"_s,
                   u"16UUR 2026-04-15 begin=2026-04-14 eind=2026-04-15 uren=16.0 uiterst=2026-04-22"_s,
               };
    // §4.1: the counting restart also holds when the run ends within 7 days of the last 16UUR;
    // no day of the run ever counts towards a later 16UUR. Whole days of 300 minutes (mbo) put
    // each 16UUR on a Thursday: 4 x 300 = 1200 on the 4th lesdag, the next count pushed to the
    // previous bereikt_op + 7. The LRV comes on the Friday of the 4th complete lesweek; partial
    // days of 200 minutes follow the run. Before the fix, the run's own days after the last
    // 16UUR were counted again and raised one more 16UUR after the run.
    const QStringList fourThursdaysInMarch{
        u"16UUR 2026-03-05 begin=2026-03-02 eind=2026-03-05 uren=20.0 uiterst=2026-03-12"_s,
        u"16UUR 2026-03-12 begin=2026-03-06 eind=2026-03-12 uren=25.0 uiterst=2026-03-19"_s,
        u"16UUR 2026-03-19 begin=2026-03-13 eind=2026-03-19 uren=25.0 uiterst=2026-03-26"_s,
        u"16UUR 2026-03-26 begin=2026-03-20 eind=2026-03-26 uren=25.0 uiterst=2026-04-02"_s,
        u"LRV 2026-03-27 begin=2026-03-02 eind=- uren=100.0 uiterst=2026-04-03"_s,
    };
    // The run ends Fri 03-27, 1 lesdag after the 16UUR of Thu 03-26. Counting starts again on
    // 03-28 (in effect Mon 03-30): 4 x 200 = 800 < 960. (Before: 03-27 + 03-30..04-02 = 1100 on
    // 04-02, a 16UUR from 03-27.)
    QTest::newRow("restart_run_ends_1_lesdag_after_last_16uur")
        << u"sector=mbo"_s
        << u"2026-03-02..2026-03-27 O 300 5 1; 2026-03-30..2026-04-02 O 200 3 0"_s
        << u"2026-04-10"_s << QStringList{u"16UUR"_s, u"LRV"_s} << fourThursdaysInMarch;
    // The run ends Tue 03-31, 3 lesdagen after the last 16UUR, across a weekend: counting starts
    // on Wed 04-01; 04-01, 04-02 and (after the vrije dagen 04-03 and 04-06) 04-07 give 600.
    QTest::newRow("restart_run_ends_3_lesdagen_after_last_16uur_across_weekend")
        << u"sector=mbo"_s
        << u"2026-03-02..2026-03-31 O 300 5 1; 2026-04-01..2026-04-07 O 200 3 0"_s
        << u"2026-04-17"_s << QStringList{u"16UUR"_s, u"LRV"_s} << fourThursdaysInMarch;
    // The run ends Tue 04-07, 6 lesdagen after the last 16UUR (across a weekend and the vrije
    // dagen of Easter): the next count would reach inside the run, and counting starts on
    // 04-08: 04-08..04-13 give 4 x 200 = 800.
    QTest::newRow("restart_run_ends_6_lesdagen_after_last_16uur")
        << u"sector=mbo"_s
        << u"2026-03-02..2026-04-07 O 300 5 1; 2026-04-08..2026-04-13 O 200 3 0"_s
        << u"2026-04-24"_s << QStringList{u"16UUR"_s, u"LRV"_s} << fourThursdaysInMarch;
    // Lesweken 01-19, 01-26, 02-02, 02-09: 16UUR on the Thursdays, LRV Fri 02-13, the run ends
    // that day, 1 lesdag after the last 16UUR, right before the voorjaarsvakantie. Counting starts
    // on 02-14: after the vakantie 02-23..02-27 give 1000 on Fri 02-27 (02-12 + 7 lies in the
    // vakantie, so nothing is pushed), a 16UUR from 02-23 with uren 16.67. (Before: 02-13 counted
    // again, 1100 on 02-26, a 16UUR from 02-13.)
    QTest::newRow("restart_run_ends_before_voorjaarsvakantie")
        << u"sector=mbo"_s
        << u"2026-01-19..2026-02-13 O 300 5 1; 2026-02-23..2026-02-27 O 200 3 0"_s
        << u"2026-03-06"_s << QStringList{u"16UUR"_s, u"LRV"_s}
        << QStringList{
               u"16UUR 2026-01-22 begin=2026-01-19 eind=2026-01-22 uren=20.0 uiterst=2026-01-29"_s,
               u"16UUR 2026-01-29 begin=2026-01-23 eind=2026-01-29 uren=25.0 uiterst=2026-02-05"_s,
               u"16UUR 2026-02-05 begin=2026-01-30 eind=2026-02-05 uren=25.0 uiterst=2026-02-12"_s,
               u"16UUR 2026-02-12 begin=2026-02-06 eind=2026-02-12 uren=25.0 uiterst=2026-02-19"_s,
               u"LRV 2026-02-13 begin=2026-01-19 eind=- uren=100.0 uiterst=2026-02-20"_s,
               u"16UUR 2026-02-27 begin=2026-02-23 eind=2026-02-27 uren=16.67 uiterst=2026-03-06"_s,
           };
    // choice: "LRV additionally requires an earlier 16UUR signal in the same run" read
    // literally: whole days of only 30 minutes (20 x 30 = 600 < 960) never give a 16UUR, so no
    // LRV either.
    QTest::newRow("lrv_requires_earlier_16uur")
        << u"sector=po"_s << u"2026-03-02..2026-03-27 O 30 1 1"_s << u"2026-03-27"_s
        << QStringList{u"16UUR"_s, u"LRV"_s} << QStringList{};
    // RMC_18PLUS has no such precondition: raised on 03-27 with 20 x 30 = 600 minutes = 10.0.
    QTest::newRow("rmc_needs_no_earlier_16uur_18plus")
        << u"sector=po geboren=2005-10-10"_s << u"2026-03-02..2026-03-27 O 30 1 1"_s
        << u"2026-03-27"_s << QStringList{u"16UUR_18PLUS"_s, u"RMC_18PLUS"_s}
        << QStringList{
               u"RMC_18PLUS 2026-03-27 begin=2026-03-02 eind=- uren=10.0 uiterst=2026-04-03"_s};
}

void TestContinuousAbsenceRule::interplay()
{
    ScenarioTest::verifyCurrentRow();
}

QTEST_GUILESS_MAIN(TestContinuousAbsenceRule)
#include "TestContinuousAbsenceRule.moc"
