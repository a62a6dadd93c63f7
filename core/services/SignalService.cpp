// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalService.h"

#include "calendar/SchoolCalendar.h"
#include "rules/SignalEngine.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"

#include <algorithm>

namespace {

// Lesdagen are numbered from here on; records before it cannot be counted. Ten school years
// back covers any dossier a school still keeps (retention is five years after uitschrijving).
constexpr int kYearsBack = 10;
// Room after the peildatum for the 7-day spacing of 16UUR signals.
constexpr int kDaysAhead = 60;

} // namespace

SignalService::SignalService(Database& database, QDate peildatum)
    : m_db(database)
    , m_peildatum(peildatum)
{
}

SignalService::~SignalService() = default;

Status SignalService::loadSchool()
{
    auto school = SchoolRepository(m_db).load();
    if (!school)
        return Error{school.error()};
    m_school = std::make_unique<School>(school->value_or(School{}));
    m_calendar = std::make_unique<SchoolCalendar>(
        LesdagRule(*m_school), m_peildatum.addYears(-kYearsBack), m_peildatum.addDays(kDaysAhead));
    m_engine = std::make_unique<SignalEngine>(*m_school, *m_calendar);
    return {};
}

Status SignalService::refresh()
{
    if (!m_loaded)
        return computeAll();
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString& pgn : dirty) {
        if (Status status = computeOne(pgn); !status) {
            m_dirty.unite(dirty);
            return status;
        }
    }
    return {};
}

Status SignalService::computeAll()
{
    if (Status status = loadSchool(); !status)
        return status;
    LeerlingRepository leerlingen(m_db);
    auto all = leerlingen.all();
    auto inschrijvingen = leerlingen.inschrijvingen();
    auto vrijstellingen = leerlingen.vrijstellingen();
    auto records = AbsenceRepository(m_db).all();
    if (!all || !inschrijvingen || !vrijstellingen || !records)
        return Error{!all              ? all.error()
                     : !inschrijvingen ? inschrijvingen.error()
                     : !vrijstellingen ? vrijstellingen.error()
                                       : records.error()};
    m_byLeerling.clear();
    m_dirty.clear();
    for (const Leerling& leerling : *all) {
        evaluate(leerling, inschrijvingen->value(leerling.pgn), vrijstellingen->value(leerling.pgn),
                 records->value(leerling.pgn));
    }
    m_loaded = true;
    return {};
}

Status SignalService::computeOne(const QString& pgn)
{
    LeerlingRepository leerlingen(m_db);
    auto leerling = leerlingen.find(pgn);
    auto inschrijvingen = leerlingen.inschrijvingen(pgn);
    auto vrijstellingen = leerlingen.vrijstellingen(pgn);
    auto records = AbsenceRepository(m_db).forLeerling(pgn);
    if (!leerling || !inschrijvingen || !vrijstellingen || !records)
        return Error{!leerling         ? leerling.error()
                     : !inschrijvingen ? inschrijvingen.error()
                     : !vrijstellingen ? vrijstellingen.error()
                                       : records.error()};
    if (!leerling->has_value()) {
        m_byLeerling.remove(pgn);
        return {};
    }
    evaluate(**leerling, inschrijvingen->value(pgn), vrijstellingen->value(pgn), *records);
    return {};
}

void SignalService::evaluate(const Leerling& leerling, const QList<DateRange>& inschrijvingen,
                             const QList<DateRange>& vrijstellingen,
                             const QList<AbsenceRecord>& records)
{
    const LeerlingFacts facts{leerling.pgn, leerling.birthDate, leerling.startkwalificatieDate,
                              inschrijvingen, vrijstellingen};
    m_byLeerling.insert(leerling.pgn, m_engine->compute(facts, records, m_peildatum));
    ++m_evaluations;
}

Result<QList<Signal>> SignalService::signals()
{
    if (Status status = refresh(); !status)
        return Error{status.error()};
    QStringList pgns = m_byLeerling.keys();
    std::sort(pgns.begin(), pgns.end());
    QList<Signal> all;
    for (const QString& pgn : pgns)
        all += m_byLeerling.value(pgn);
    return all;
}

Result<QList<Signal>> SignalService::signalsOf(const QString& pgn)
{
    // One leerling does not need the whole school: before everything is loaded, compute just
    // this one (drafting a melding, opening a dossier).
    if (!m_loaded) {
        if (!m_engine) {
            if (Status status = loadSchool(); !status)
                return Error{status.error()};
        }
        if (!m_byLeerling.contains(pgn) || m_dirty.contains(pgn)) {
            m_dirty.remove(pgn);
            if (Status status = computeOne(pgn); !status)
                return Error{status.error()};
        }
        return m_byLeerling.value(pgn);
    }
    if (Status status = refresh(); !status)
        return Error{status.error()};
    return m_byLeerling.value(pgn);
}

void SignalService::invalidate(const QSet<QString>& pgns)
{
    m_dirty.unite(pgns);
}

void SignalService::invalidateAll()
{
    // The calendar or settings may have changed: nothing computed so far can be trusted.
    m_loaded = false;
    m_byLeerling.clear();
    m_dirty.clear();
    m_engine.reset();
}
