// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/LesdagRule.h"
#include "calendar/SchoolCalendar.h"
#include "domain/AbsenceRecord.h"
#include "domain/School.h"
#include "domain/Signal.h"
#include "rules/SignalEngine.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A compact, readable way to state one leerling's situation for the signal-engine tests.
//
// The school starts as the school of the shared examples: sector po, lesuur of 60 minutes,
// default code table and settings, the 2025-2026 vakanties and vrije dagen, a calendar spanning
// 2024-08-01..2027-08-31. The leerling (pgn 100000001) is born 2012-06-15, has no
// startkwalificatie, is enrolled from 2024-08-01 onwards and has no vrijstelling.
//
// configure() takes whitespace-separated key=value tokens:
//   sector=po|vo|mbo  lesuur_minuten=50  geboren=2008-01-14  startkwalificatie=2026-01-13
//   inschrijving=2025-08-01..2026-01-12 (or open-ended "2025-08-01..")  vrijstelling=A..B
//   melden_16uur_18plus=0|1  rmc_weken=6  continu_tolerantie_lesdagen=1  te_laat_telt_mee=0|1
//   preventief_uren=4  te_laat_niveaus=2,4  code=M:afwezig:1 (code:kind:geoorloofd)
// The first inschrijving token replaces the default enrolment; later ones add periods.
//
// addRecords() takes records separated by ';' or newlines:
//   "2026-01-12 O 330 5 1"             date code minuten lesuren hele_dag
//   "2026-03-02..2026-03-27 O 420 7 1" the same record on every lesdag of the range
//   "2026-02-14..2026-02-22* O 420 7 1" the same record on every calendar day of the range
// Trailing numbers may be left out (they default to 0).
//
// signalLines() renders each signal as one canonical line, e.g.
//   "16UUR 2026-01-14 begin=2026-01-12 eind=2026-01-14 uren=16.5 uiterst=2026-01-21"
// with "-" for null dates, minute quantities as hours with up to two decimals (at least one),
// lesuren and counts as integers. A signal for another pgn, or whose quantity is in a unit
// that does not fit its soort and the sector, gets a " pgn=…" / " eenheid=…" suffix so the
// comparison fails visibly.
class Scenario
{
public:
    Scenario();

    bool configure(QStringView setup);
    bool addRecords(QStringView records);
    // Empty while every configure()/addRecords() call succeeded.
    QString error() const { return m_error; }

    School& school() { return m_school; }
    const School& school() const { return m_school; }
    LeerlingFacts& leerling() { return m_leerling; }
    const LeerlingFacts& leerling() const { return m_leerling; }
    QList<AbsenceRecord>& records() { return m_records; }
    const QList<AbsenceRecord>& records() const { return m_records; }

    QDate spanFrom() const { return m_spanFrom; }
    QDate spanTo() const { return m_spanTo; }

    // Runs the engine with a calendar over the whole span.
    QList<Signal> compute(const QDate& peildatum) const;
    // compute(), rendered; `kinds` (soort keys) keeps only those soorten when not empty.
    QStringList signalLines(const QDate& peildatum, const QStringList& kinds = {}) const;

    QString format(const Signal& signal) const;
    QStringList format(const QList<Signal>& list, const QStringList& kinds = {}) const;

    // "16.5", "11.0", "15.98" for minutes; "16" for lesuren and counts.
    static QString formatQuantity(const Quantity& quantity);
    static QString formatDate(const QDate& date); // ISO, "-" when null

    // The shared calendar of the examples (school year 2025-2026).
    static QList<Holiday> defaultHolidays();
    static QList<QDate> defaultDaysOff();

    // The helper's own lesdag test (Mon–Fri, not in a vakantie, not a vrije dag), independent
    // of SchoolCalendar so that expanding record ranges does not depend on the code under test.
    bool isLesdag(const QDate& date) const;

private:
    bool fail(const QString& message);
    bool applySetting(QStringView key, QStringView value);
    bool addRecordLine(QStringView line);
    Quantity::Unit expectedUnit(SignalKind kind) const;

    School m_school;
    LeerlingFacts m_leerling;
    QList<AbsenceRecord> m_records;
    QDate m_spanFrom;
    QDate m_spanTo;
    bool m_defaultInschrijving = true;
    QString m_error;
};

// The columns every data-driven signal test shares, and the check of one row:
//   setup (QString)       Scenario::configure() text
//   records (QString)     Scenario::addRecords() text
//   peildatum (QString)   ISO date
//   kinds (QStringList)   soort keys to keep; empty = all signals
//   expected (QStringList) canonical lines, in engine order (bereikt_op, then soort)
namespace ScenarioTest {
void addColumns();
// Fetches the current row, runs the engine and compares; call as the test function's body.
void verifyCurrentRow();
} // namespace ScenarioTest
