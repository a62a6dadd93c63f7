// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalService.h"

#include "calendar/SchoolCalendar.h"
#include "rules/SignalEngine.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace {

// Lesdagen are numbered from here on; records before it cannot be counted. Ten school years
// back covers any dossier a school still keeps (retention is five years after uitschrijving).
constexpr int kYearsBack = 10;
// Room after the peildatum for the 7-day spacing of 16UUR signals.
constexpr int kDaysAhead = 60;
// Beyond a few threads the work is too small to share out.
constexpr qsizetype kMaxThreads = 8;
// When more than one leerling in this many (and more than a klas or two) is to be computed
// again, the whole school is loaded instead.
constexpr qsizetype kDirtyShareForAll = 8;
constexpr qsizetype kDirtyFewForAll = 100;

Status withoutValue(const Result<bool>& result)
{
    return result ? Status() : Status(result.failure());
}

} // namespace

SignalService::SignalService(Database& database, QDate peildatum, SignalSource source)
    : m_db(database)
    , m_peildatum(peildatum)
{
    if (SignalStore store(database);
        source == SignalSource::StoredWhereCurrent && store.isAvailable()) {
        m_store.emplace(store);
        // Unknown (the server did not answer): computed, not stored, as for a reader.
        const auto writable = store.isWritable();
        m_storeWritable = writable && *writable;
    }
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
    if (!m_store)
        return withoutValue(computeStale());
    if (!m_loaded) {
        if (Status read = m_db.snapshot([this] { return readStored(); }); !read)
            return read;
    }
    if (m_loaded && m_dirty.isEmpty())
        return {};
    if (!m_storeWritable) // a reader of a team database: what the store lacks, computed for them
        return withoutValue(computeStale());
    return computeAndStore();
}

Status SignalService::readStored()
{
    auto stored = m_store->read(m_peildatum);
    if (!stored)
        return stored.failure();
    if (!stored->has_value())
        return {}; // of another day, program or school: everything is computed again
    auto leerlingen = LeerlingRepository(m_db).allUnsorted();
    auto stale = m_store->staleLeerlingen();
    if (!leerlingen || !stale)
        return !leerlingen ? leerlingen.failure() : stale.failure();
    if (Status school = loadSchool(); !school) // for the stale ones
        return school;
    m_byLeerling = std::move(**stored);
    m_leerlingen.clear();
    m_leerlingen.reserve(leerlingen->size());
    for (Leerling& leerling : *leerlingen) {
        const QString pgn = leerling.pgn; // shared, not copied: the leerling moves into the hash
        m_leerlingen.insert(pgn, std::move(leerling));
    }
    assembleAll();
    m_dirty.unite(*stale);
    m_loaded = true;
    return {};
}

Status SignalService::computeAndStore()
{
    bool computed = false;
    bool began = false;
    const auto work = [&]() -> Status {
        began = true;
        if (Status turn = m_store->takeWriteTurn(); !turn)
            return turn;
        // Since the stored signals were read, another program may have changed the school or
        // leerlingen: with the turn taken, nobody else can until this is stored.
        auto current = m_store->isCurrent(m_peildatum);
        auto stale = m_store->staleLeerlingen();
        if (!current || !stale)
            return !current ? current.failure() : stale.failure();
        if (!*current)
            m_loaded = false;
        m_dirty.unite(*stale);
        // Announced leerlingen without a mark were computed and stored with their change (an
        // import does so), or are gone: their stored signals are current.
        if (m_loaded) {
            const QSet<QString> storedWithChange = m_dirty - *stale;
            if (Status taken = takeStored(storedWithChange); !taken)
                return taken;
            m_dirty -= storedWithChange;
        }
        const QSet<QString> computing = m_dirty;
        const auto all = computeStale();
        if (!all)
            return all.failure();
        computed = true;
        return *all ? m_store->replaceAll(m_peildatum, m_byLeerling)
                    : m_store->replace(computing, m_byLeerling);
    };
    const Status done = m_db.inTransaction() ? work() : m_db.transaction(work);
    if (done)
        return {};
    if (computed) {
        // The signals are right; only the next start computes them again.
        qWarning("The signals were computed but not stored: %s", qUtf8Printable(done.error()));
        return {};
    }
    if (!began) // the database takes no more writes (found damaged): compute without storing
        return withoutValue(computeStale());
    return done;
}

Status SignalService::takeStored(const QSet<QString>& pgns)
{
    if (pgns.isEmpty())
        return {};
    // An import often names the whole school: then one read of everything is the cheaper way.
    const bool few = pgns.size() <= kDirtyFewForAll;
    auto stored = few ? m_store->read(m_peildatum, pgns) : m_store->read(m_peildatum);
    auto present = presentLeerlingen(pgns);
    if (!stored || !present)
        return !stored ? stored.failure() : present.failure();
    if (!stored->has_value()) { // not what this program wrote: computing mends it
        m_dirty.unite(pgns);
        return {};
    }
    for (const QString& pgn : pgns) {
        if (const auto leerling = present->constFind(pgn); leerling != present->cend()) {
            m_leerlingen.insert(pgn, *leerling);
            m_byLeerling.insert(pgn, (**stored).value(pgn));
        } else {
            m_leerlingen.remove(pgn);
            m_byLeerling.remove(pgn);
        }
    }
    if (few) {
        for (const QString& pgn : pgns)
            replaceInAll(pgn, m_byLeerling.value(pgn));
    } else {
        assembleAll();
    }
    return {};
}

Result<QHash<QString, Leerling>> SignalService::presentLeerlingen(const QSet<QString>& pgns) const
{
    const LeerlingRepository leerlingen(m_db);
    QHash<QString, Leerling> present;
    if (pgns.size() <= kDirtyFewForAll) {
        for (const QString& pgn : pgns) {
            auto found = leerlingen.find(pgn);
            if (!found)
                return found.failure();
            if (*found)
                present.insert(pgn, std::move(**found));
        }
        return present;
    }
    auto all = leerlingen.allUnsorted();
    if (!all)
        return all.failure();
    for (Leerling& leerling : *all) {
        if (pgns.contains(leerling.pgn))
            present.insert(leerling.pgn, std::move(leerling));
    }
    return present;
}

Status SignalService::storeWithChange(const QSet<QString>& pgns)
{
    if (!m_store || pgns.isEmpty() || m_db.dialect().isPostgres())
        return {};
    const auto current = m_store->isCurrent(m_peildatum);
    if (!current)
        return current.failure();
    if (!*current)
        return {};
    // Many: the whole school in one pass beats asking the database four times for each.
    if (pgns.size() > kDirtyFewForAll) {
        if (Status all = computeAll(); !all)
            return all;
        return m_store->replaceAll(m_peildatum, m_byLeerling);
    }
    if (Status school = loadSchool(); !school)
        return school;
    for (const QString& pgn : pgns) {
        if (Status computed = computeOne(pgn); !computed)
            return computed;
    }
    return m_store->replace(pgns, m_byLeerling);
}

Result<bool> SignalService::computeStale()
{
    // An import of the whole school names every leerling: loading them at once beats asking
    // the database four times for each.
    if (!m_loaded ||
        m_dirty.size() > std::max(kDirtyFewForAll, m_byLeerling.size() / kDirtyShareForAll)) {
        if (Status all = computeAll(); !all)
            return all.failure();
        return true;
    }
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString& pgn : dirty) {
        if (Status status = computeOne(pgn); !status) {
            m_dirty.unite(dirty);
            return status.failure();
        }
    }
    return false;
}

Result<SchoolAttendance> SchoolAttendance::load(Database& database)
{
    LeerlingRepository leerlingen(database);
    auto all = leerlingen.all();
    auto inschrijvingen = leerlingen.inschrijvingen();
    auto vrijstellingen = leerlingen.vrijstellingen();
    auto records = AbsenceRepository(database).allForRules();
    if (!all || !inschrijvingen || !vrijstellingen || !records)
        return Error{!all              ? all.error()
                     : !inschrijvingen ? inschrijvingen.error()
                     : !vrijstellingen ? vrijstellingen.error()
                                       : records.error()};
    return SchoolAttendance{std::move(*all), std::move(*inschrijvingen), std::move(*vrijstellingen),
                            std::move(*records)};
}

Status SignalService::computeAll()
{
    auto attendance = SchoolAttendance::load(m_db);
    if (!attendance)
        return Error{attendance.error()};
    return computeAll(*attendance);
}

Status SignalService::computeAll(const SchoolAttendance& attendance)
{
    if (Status status = loadSchool(); !status)
        return status;
    // The engine is a pure function of one leerling's data, so the school is split over the
    // processor's cores: each thread fills its own slots and only reads what is shared.
    const QList<Leerling>& leerlingen = attendance.leerlingen;
    const qsizetype count = leerlingen.size();
    std::vector<QList<Signal>> results(static_cast<size_t>(count));
    const auto computeRange = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const Leerling& leerling = leerlingen[i];
            results[size_t(i)] = signalsFor(leerling, attendance.inschrijvingen.value(leerling.pgn),
                                            attendance.vrijstellingen.value(leerling.pgn),
                                            attendance.records.value(leerling.pgn));
        }
    };
    const qsizetype threads = std::clamp<qsizetype>(QThread::idealThreadCount(), 1, kMaxThreads);
    const qsizetype chunk = (count + threads - 1) / threads;
    std::vector<std::thread> workers;
    for (qsizetype from = chunk; from < count; from += chunk)
        workers.emplace_back(computeRange, from, std::min(from + chunk, count));
    computeRange(0, std::min(chunk, count));
    for (std::thread& worker : workers)
        worker.join();

    m_byLeerling.clear();
    m_byLeerling.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        m_byLeerling.insert(leerlingen[i].pgn, std::move(results[size_t(i)]));
    assembleAll();
    m_leerlingen.clear();
    m_leerlingen.reserve(count);
    for (const Leerling& leerling : leerlingen)
        m_leerlingen.insert(leerling.pgn, leerling);
    m_dirty.clear();
    m_evaluations += int(count);
    m_loaded = true;
    return {};
}

void SignalService::assembleAll()
{
    QStringList pgns = m_byLeerling.keys();
    std::sort(pgns.begin(), pgns.end());
    m_all.clear();
    for (const QString& pgn : std::as_const(pgns))
        m_all += m_byLeerling.value(pgn);
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
        m_leerlingen.remove(pgn);
        if (m_loaded)
            replaceInAll(pgn, {});
        return {};
    }
    const QList<Signal> signalList =
        signalsFor(**leerling, inschrijvingen->value(pgn), vrijstellingen->value(pgn), *records);
    m_byLeerling.insert(pgn, signalList);
    if (m_loaded) {
        m_leerlingen.insert(pgn, **leerling);
        replaceInAll(pgn, signalList);
    }
    ++m_evaluations;
    return {};
}

void SignalService::replaceInAll(const QString& pgn, const QList<Signal>& signalList)
{
    // Two moves of the list's tail at most, instead of assembling the school's list again.
    const auto first =
        std::lower_bound(m_all.cbegin(), m_all.cend(), pgn,
                         [](const Signal& s, const QString& p) { return s.pgn < p; });
    const auto last =
        std::find_if(first, m_all.cend(), [&](const Signal& s) { return s.pgn != pgn; });
    const qsizetype at = first - m_all.cbegin();
    const qsizetype old = last - first;
    const qsizetype common = std::min(old, signalList.size());
    for (qsizetype i = 0; i < common; ++i)
        m_all[at + i] = signalList[i];
    if (old > common)
        m_all.remove(at + common, old - common);
    else if (signalList.size() > common)
        m_all.insert(at + common, signalList.size() - common, Signal{});
    for (qsizetype i = common; i < signalList.size(); ++i)
        m_all[at + i] = signalList[i];
}

QList<Signal> SignalService::signalsFor(const Leerling& leerling,
                                        const QList<DateRange>& inschrijvingen,
                                        const QList<DateRange>& vrijstellingen,
                                        const QList<AbsenceRecord>& records) const
{
    const LeerlingFacts facts{leerling.pgn, leerling.birthDate, leerling.startkwalificatieDate,
                              inschrijvingen, vrijstellingen};
    return m_engine->compute(facts, records, m_peildatum);
}

Result<QList<Signal>> SignalService::signals()
{
    if (Status status = refresh(); !status)
        return Error{status.error()};
    return m_all;
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

Status SignalService::recomputeAll()
{
    invalidateAll();
    if (m_store) {
        const auto forget = [this] {
            return m_store->forget();
        };
        if (Status forgotten = m_db.inTransaction() ? forget() : m_db.transaction(forget);
            !forgotten)
            return forgotten;
    }
    return refresh();
}

void SignalService::invalidateAll()
{
    // The calendar or settings may have changed: nothing computed so far can be trusted.
    m_loaded = false;
    m_byLeerling.clear();
    m_all.clear();
    m_dirty.clear();
    m_engine.reset();
}
