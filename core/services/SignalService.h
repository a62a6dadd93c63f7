// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Leerling.h"
#include "domain/Signal.h"
#include "storage/Database.h"
#include "storage/SignalStore.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class SignalEngine;
class SchoolCalendar;
struct School;

// Everything the rules read about the whole school's leerlingen, loaded in one pass.
struct SchoolAttendance
{
    QList<Leerling> leerlingen;
    QHash<QString, QList<DateRange>> inschrijvingen;
    QHash<QString, QList<DateRange>> vrijstellingen;
    QHash<QString, QList<AbsenceRecord>> records; // by pgn

    static Result<SchoolAttendance> load(Database& database);
};

// Where the whole school's signals come from.
enum class SignalSource
{
    // The database's stored signals where they are current (SignalStore), and what is computed
    // is stored; computed afresh where the database keeps none (a team database).
    StoredWhereCurrent,
    // Always computed from the leerlingen's data, nothing stored (the benchmark, the checks).
    ComputedAfresh,
};

// Signals of the whole school for a peildatum, kept per leerling, so that after an import or an
// edit only the leerlingen that changed are computed again; at a start, read from the database
// as the last computation stored them.
class SignalService
{
public:
    SignalService(Database& database, QDate peildatum,
                  SignalSource source = SignalSource::StoredWhereCurrent);
    ~SignalService();

    // All signals, sorted by pgn, bereikt_op, soort. Loads everything on first use.
    Result<QList<Signal>> signals();
    // Computes every leerling from data loaded already (the benchmark times the two apart).
    Status computeAll(const SchoolAttendance& attendance);
    // One leerling's signals; computes only that leerling unless everything is loaded already.
    Result<QList<Signal>> signalsOf(const QString& pgn);

    // The leerlingen's data changed: only they are computed again on the next request.
    void invalidate(const QSet<QString>& pgns);
    // School settings or calendar changed, or another program wrote: everything is read or
    // computed again.
    void invalidateAll();
    // Computes the whole school again and stores it, whatever was stored (`--herbereken`).
    Status recomputeAll();
    // Inside the transaction of a change to `pgns` (an import's): computes their signals and
    // stores them with the change, so that a screen or the next start reads them instead of
    // computing. Nothing when the database keeps no signals or its stored signals are not of
    // this peildatum and program: then the next request computes everything anyway. Nothing on
    // a team database either: the import's marks stay, for the next computation to take up under
    // its write turn (SignalStore::takeWriteTurn), which the import's transaction cannot take
    // without waiting for every other writer.
    Status storeWithChange(const QSet<QString>& pgns);

    // The leerlingen the signals are of, by pgn (kept as current as the signals); empty before
    // the whole school was computed.
    const QHash<QString, Leerling>& leerlingen() const { return m_leerlingen; }

    // How many leerlingen the engine has evaluated so far (for tests and the benchmark).
    int evaluations() const { return m_evaluations; }

private:
    Status loadSchool();
    Status refresh();
    // Takes the stored signals when they are current, with the leerlingen marked stale.
    Status readStored();
    // Computes what is stale and stores it, in one transaction with the reads.
    Status computeAndStore();
    // Takes the stored signals of `pgns`, which whoever changed them computed and stored.
    Status takeStored(const QSet<QString>& pgns);
    // Those of `pgns` who are still there (a purge may have removed some).
    Result<QHash<QString, Leerling>> presentLeerlingen(const QSet<QString>& pgns) const;
    // Computes what is stale (everything when nothing is loaded, or when too much is stale);
    // whether the whole school was computed.
    Result<bool> computeStale();
    // Puts m_byLeerling's signals into m_all, in pgn order.
    void assembleAll();
    Status computeAll();
    Status computeOne(const QString& pgn);
    // Puts a leerling's signals in place of their old ones in m_all.
    void replaceInAll(const QString& pgn, const QList<Signal>& signalList);
    // Reads only const shared data: computeAll calls it from several threads.
    QList<Signal> signalsFor(const Leerling& leerling, const QList<DateRange>& inschrijvingen,
                             const QList<DateRange>& vrijstellingen,
                             const QList<AbsenceRecord>& records) const;

    Database& m_db;
    QDate m_peildatum;
    std::optional<SignalStore> m_store; // where the database keeps signals and they are wanted
    bool m_storeWritable = false;       // this user may store what they compute
    std::unique_ptr<School> m_school;
    std::unique_ptr<SchoolCalendar> m_calendar;
    std::unique_ptr<SignalEngine> m_engine;
    QHash<QString, Leerling> m_leerlingen;
    QHash<QString, QList<Signal>> m_byLeerling;
    // Every leerling's signals in pgn order, as signals() returns them: a copy shares it, so a
    // screen asking again after one leerling changed gets it without assembling 150,000 again.
    QList<Signal> m_all;
    QSet<QString> m_dirty;
    bool m_loaded = false;
    int m_evaluations = 0;
};
