// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Signal.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

// The signals of the last computation, kept in the database (migration 13) so that a start
// reads them instead of computing the whole school again. They are current for the peildatum
// and program version of their stand, except for the leerlingen marked stale: the database's
// triggers mark a leerling whenever its data changes and remove the stand whenever what the
// rules read of the school changes, in the same transaction as the change, whoever made it.
// On a team database every member reads what the server lets them see of it; beheerders and
// coordinatoren store what they computed (migration 13).
class SignalStore
{
public:
    explicit SignalStore(Database& database)
        : m_db(database)
    {
    }

    // Whether this database keeps signals.
    bool isAvailable() const;
    // Whether this user may store them (on a team database: a beheerder's or coordinator's
    // login); the others compute what the store does not hold without storing it.
    Result<bool> isWritable() const;

    // The stored signals by pgn (leerlingen without signals are absent), when they are of this
    // peildatum and this program; nullopt when everything is to be computed again.
    Result<std::optional<QHash<QString, QList<Signal>>>> read(QDate peildatum) const;
    // The same for these leerlingen only: what a few announced leerlingen need, without
    // reading the whole school.
    Result<std::optional<QHash<QString, QList<Signal>>>> read(QDate peildatum,
                                                              const QSet<QString>& pgns) const;
    // Whether the stand is of this peildatum and this program.
    Result<bool> isCurrent(QDate peildatum) const;
    // The leerlingen whose data changed since their signals were stored.
    Result<QSet<QString>> staleLeerlingen() const;

    // takeWriteTurn() to forgetLeerling() are called inside a transaction; replace() and
    // replaceAll() after takeWriteTurn().
    // The turn keeps every other writer of leerlingen' data out until the transaction ends, so
    // that what is stored was computed from what is there. SQLite lets a transaction that has
    // read something not wait for another writer: so the turn to write is taken first, by a
    // write that changes nothing. PostgreSQL locks the marks (migration 13).
    Status takeWriteTurn();
    // These leerlingen's signals as computed now, their marks removed.
    Status replace(const QSet<QString>& pgns, const QHash<QString, QList<Signal>>& byLeerling);
    // The whole school's signals of this peildatum, computed now.
    Status replaceAll(QDate peildatum, const QHash<QString, QList<Signal>>& byLeerling);
    // Forgets the stand: the next request computes everything again (`signalen --herbereken`).
    Status forget();
    // Removes what is stored of a leerling who is gone, its mark too: a purge leaves nothing of
    // them in the database. Nothing on a database that stores no signals.
    Status forgetLeerling(const QString& pgn);

    // Runs `work`, a bulk write into absenties inside the caller's transaction, without the
    // marks its triggers make row by row (they double a large import's time): `work` marks each
    // leerling it writes, once, through `mark`. The triggers are back before `work`'s result is
    // returned, so the transaction never commits without them. On a database that stores no
    // signals, and on a team database (whose triggers mark once per statement), `mark` does
    // nothing.
    using Marker = std::function<Status(const QString& pgn)>;
    Status withoutRowMarks(const std::function<Status(const Marker& mark)>& work);

private:
    // Before a change to the stand or the marks outside a write turn: the lock that the triggers
    // take, taken first, so that locks are always taken in the same order (migration 13).
    Status takeTurnAsChange();
    Result<std::optional<QHash<QString, QList<Signal>>>>
    readRows(QDate peildatum, const QString& where, const QVariantList& values) const;
    Status store(const QString& pgn, const QList<Signal>& signalList);
    // Every leerling's signals into the emptied store: row by row on SQLite, as one COPY on
    // PostgreSQL.
    Status insertAll(const QHash<QString, QList<Signal>>& byLeerling);
    Status copyAll(const QHash<QString, QList<Signal>>& byLeerling);

    Database& m_db;
};
