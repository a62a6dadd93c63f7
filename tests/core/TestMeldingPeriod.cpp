// SPDX-License-Identifier: GPL-3.0-or-later
//
// van-signaal-naar-melding §1: where a signal's melding begins and ends among the leerling's
// earlier meldingen, so that DUO never finds two meldingen over one day. Calendar: the shared
// 2025-2026 one (Scenario.h); 2026-03-02, 03-09, 03-16, 03-23 are Mondays.
#include "Scenario.h"
#include "meldingen/MeldingPeriod.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMeldingPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
};

namespace {

QDate date(const QString& text)
{
    return text == u"-"_s ? QDate() : QDate::fromString(text, Qt::ISODate);
}

// "1:2026-03-02..2026-03-04; 2:2026-03-26..-:ingetrokken" — id, van..t/m ("-": open), status.
QList<Melding> meldingen(const QString& text)
{
    QList<Melding> result;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList fields = part.trimmed().split(u':');
        const QStringList period = fields.value(1).split(u".."_s);
        Melding m;
        m.id = fields.value(0).toLongLong();
        m.startDate = date(period.value(0));
        m.endDate = date(period.value(1));
        if (fields.size() > 2)
            m.status = MeldingStatuses::fromKey(fields.value(2)).value_or(MeldingStatus::Concept);
        result.append(m);
    }
    return result;
}

} // namespace

void TestMeldingPeriod::plan_data()
{
    QTest::addColumn<QString>("soort");
    QTest::addColumn<QString>("begin");
    QTest::addColumn<QString>("eind");   // the signal's einddatum
    QTest::addColumn<QString>("runEnd"); // the run's last lesdag once it has ended
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("today");
    QTest::addColumn<QString>("from"); // expected; "-" when covered
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("coveredBy");

    QTest::newRow("16uur_without_earlier_melding")
        << u"16UUR"_s << u"2026-03-02"_s << u"2026-03-04"_s << u"-"_s << u""_s << u"2026-03-04"_s
        << u"2026-03-02"_s << u"2026-03-04"_s << qint64(0);
    // An earlier melding up to Wed 03-04: van becomes Thu 03-05.
    QTest::newRow("16uur_starts_after_overlapping_melding")
        << u"16UUR"_s << u"2026-03-03"_s << u"2026-03-11"_s << u"-"_s
        << u"1:2026-03-02..2026-03-04"_s << u"2026-03-11"_s << u"2026-03-05"_s << u"2026-03-11"_s
        << qint64(0);
    // Ending on a Friday: van moves over the weekend to Monday.
    QTest::newRow("16uur_after_melding_ending_friday")
        << u"16UUR"_s << u"2026-03-05"_s << u"2026-03-11"_s << u"-"_s
        << u"1:2026-03-02..2026-03-06"_s << u"2026-03-11"_s << u"2026-03-09"_s << u"2026-03-11"_s
        << qint64(0);
    QTest::newRow("16uur_inside_earlier_melding_is_covered")
        << u"16UUR"_s << u"2026-03-03"_s << u"2026-03-05"_s << u"-"_s
        << u"7:2026-03-02..2026-03-06"_s << u"2026-03-05"_s << u"-"_s << u"-"_s << qint64(7);
    QTest::newRow("withdrawn_melding_covers_nothing")
        << u"16UUR"_s << u"2026-03-02"_s << u"2026-03-04"_s << u"-"_s
        << u"7:2026-03-02..2026-03-06:ingetrokken"_s << u"2026-03-04"_s << u"2026-03-02"_s
        << u"2026-03-04"_s << qint64(0);
    // An open melding (no t/m) runs up to today.
    QTest::newRow("open_melding_runs_up_to_today")
        << u"16UUR"_s << u"2026-03-09"_s << u"2026-03-11"_s << u"-"_s << u"3:2026-03-02..-"_s
        << u"2026-03-11"_s << u"-"_s << u"-"_s << qint64(3);
    // LRV on Fri 03-27 with 16-uur meldingen up to Wed 03-25: van Thu 03-26, open while the run
    // lasts; the signal keeps 03-02.
    QTest::newRow("lrv_starts_after_last_16uur_melding")
        << u"LRV"_s << u"2026-03-02"_s << u"-"_s << u"-"_s
        << u"1:2026-03-02..2026-03-04; 2:2026-03-05..2026-03-11; 3:2026-03-12..2026-03-18; "
           u"4:2026-03-19..2026-03-25"_s
        << u"2026-03-27"_s << u"2026-03-26"_s << u"-"_s << qint64(0);
    // The latest melding inside the run counts, also with a gap before it.
    QTest::newRow("lrv_after_latest_melding_despite_gap")
        << u"RMC_18PLUS"_s << u"2026-03-02"_s << u"-"_s << u"-"_s
        << u"1:2026-03-02..2026-03-04; 4:2026-03-19..2026-03-25"_s << u"2026-03-27"_s
        << u"2026-03-26"_s << u"-"_s << qint64(0);
    QTest::newRow("lrv_without_16uur_melding_starts_with_run")
        << u"LRV"_s << u"2026-03-02"_s << u"-"_s << u"-"_s << u""_s << u"2026-03-27"_s
        << u"2026-03-02"_s << u"-"_s << qint64(0);
    // Drafted after the run ended on Fri 04-24: t/m is the run's last lesdag.
    QTest::newRow("lrv_run_ended_gets_einddatum")
        << u"LRV"_s << u"2026-03-02"_s << u"-"_s << u"2026-04-24"_s << u"4:2026-03-19..2026-03-25"_s
        << u"2026-05-06"_s << u"2026-03-26"_s << u"2026-04-24"_s << qint64(0);
    // A melding before the run is not inside it.
    QTest::newRow("lrv_ignores_melding_before_run")
        << u"LRV"_s << u"2026-03-02"_s << u"-"_s << u"-"_s << u"1:2026-02-02..2026-02-04"_s
        << u"2026-03-27"_s << u"2026-03-02"_s << u"-"_s << qint64(0);
    QTest::newRow("second_lrv_draft_is_covered_by_the_open_one")
        << u"LRV"_s << u"2026-03-02"_s << u"-"_s << u"-"_s << u"5:2026-03-26..-"_s
        << u"2026-03-30"_s << u"-"_s << u"-"_s << qint64(5);
    // LUXE covers its whole run once it has ended.
    QTest::newRow("luxe_covers_its_run")
        << u"LUXE"_s << u"2026-05-11"_s << u"-"_s << u"2026-05-15"_s << u""_s << u"2026-05-18"_s
        << u"2026-05-11"_s << u"2026-05-15"_s << qint64(0);
    // TE_LAAT at the last level: the lateness up to bereikt_op (here the einddatum column).
    QTest::newRow("te_laat_up_to_bereikt_op")
        << u"TE_LAAT"_s << u"2026-03-02"_s << u"2026-03-20"_s << u"-"_s
        << u"1:2026-03-02..2026-03-04"_s << u"2026-03-20"_s << u"2026-03-05"_s << u"2026-03-20"_s
        << qint64(0);
}

void TestMeldingPeriod::plan()
{
    QFETCH(QString, soort);
    QFETCH(QString, begin);
    QFETCH(QString, eind);
    QFETCH(QString, runEnd);
    QFETCH(QString, earlier);
    QFETCH(QString, today);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, coveredBy);

    Signal signal;
    signal.kind = *SignalKinds::fromKey(soort);
    signal.startDate = date(begin);
    signal.endDate = signal.kind == SignalKind::Late ? QDate() : date(eind);
    signal.reachedOn = signal.endDate.isValid() ? signal.endDate : date(eind);
    if (!signal.reachedOn.isValid())
        signal.reachedOn = date(today);
    signal.runEnd = date(runEnd);
    const LesdagRule lesdagen(Scenario::defaultHolidays(), Scenario::defaultDaysOff());
    const PlannedPeriod period =
        MeldingPeriod(lesdagen, date(today)).plan(signal, meldingen(earlier));
    QCOMPARE(period.coveredBy, coveredBy);
    if (coveredBy != 0)
        return;
    QCOMPARE(period.from, date(from));
    QCOMPARE(period.to, date(to));
}

QTEST_GUILESS_MAIN(TestMeldingPeriod)
#include "TestMeldingPeriod.moc"
