// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalStore.h"

#include "BulkReader.h"
#include "BulkWriter.h"
#include "PostgresCopy.h"
#include "SqlValues.h"

#include <QDataStream>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

// The migration that made the tables (Migrations).
constexpr int kStoredSignalsVersion = 13;

// The program whose rules computed the stored signals, with the version of the stored layout.
// A newer program computes everything again once, even if its rules did not change.
QString program()
{
    return QStringLiteral("signalen-1 verzuimdesk-" VERZUIMDESK_VERSION);
}

// A leerling's signals, compactly: read 30,000 times at every start.
QByteArray encoded(const QList<Signal>& signalList)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << qint32(signalList.size());
    for (const Signal& s : signalList) {
        out << qint8(s.kind) << s.reachedOn << s.startDate << s.endDate << qint8(s.hours.unit)
            << qint32(s.hours.value) << s.reportDeadline << s.runEnd;
    }
    return bytes;
}

std::optional<QList<Signal>> decoded(const QString& pgn, QByteArrayView bytes)
{
    // Read where the row holds it, without a copy: 100,000 of them at a school board's start.
    QDataStream in(QByteArray::fromRawData(bytes.data(), bytes.size()));
    in.setVersion(QDataStream::Qt_6_4);
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > bytes.size())
        return std::nullopt;
    QList<Signal> signalList(count);
    for (Signal& s : signalList) {
        qint8 kind = 0;
        qint8 unit = 0;
        qint32 value = 0;
        in >> kind >> s.reachedOn >> s.startDate >> s.endDate >> unit >> value >>
            s.reportDeadline >> s.runEnd;
        if (kind < qint8(SignalKind::SixteenHours) || kind > qint8(SignalKind::SickMazl) ||
            unit < qint8(Quantity::Unit::Minutes) || unit > qint8(Quantity::Unit::Count))
            return std::nullopt;
        s.pgn = pgn;
        s.kind = SignalKind(kind);
        s.hours = {Quantity::Unit(unit), value};
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return signalList;
}

} // namespace

bool SignalStore::isAvailable() const
{
    return m_db.schemaVersion() >= kStoredSignalsVersion;
}

Result<bool> SignalStore::isWritable() const
{
    if (!m_db.dialect().isPostgres())
        return isAvailable();
    if (!isAvailable())
        return false;
    auto allowed = m_db.exec(u"SELECT has_table_privilege('signaal_opslag', 'INSERT')"_s);
    if (!allowed)
        return Error{allowed.error()};
    return allowed->next() && allowed->value(0).toBool();
}

Result<bool> SignalStore::isCurrent(QDate peildatum) const
{
    auto stand = m_db.exec(u"SELECT peildatum, programma FROM signaal_stand"_s);
    if (!stand)
        return Error{stand.error()};
    return stand->next() && SqlValues::date(stand->value(0)) == peildatum &&
           stand->value(1).toString() == program();
}

Result<std::optional<QHash<QString, QList<Signal>>>> SignalStore::read(QDate peildatum) const
{
    return readRows(peildatum, {}, {});
}

Result<std::optional<QHash<QString, QList<Signal>>>>
SignalStore::read(QDate peildatum, const QSet<QString>& pgns) const
{
    if (pgns.isEmpty())
        return readRows(peildatum, u" WHERE 0 = 1"_s, {});
    QVariantList values;
    for (const QString& pgn : pgns)
        values.append(pgn);
    QStringList marks(values.size(), u"?"_s);
    return readRows(peildatum, u" WHERE pgn IN (%1)"_s.arg(marks.join(u", "_s)), values);
}

Result<std::optional<QHash<QString, QList<Signal>>>>
SignalStore::readRows(QDate peildatum, const QString& where, const QVariantList& values) const
{
    auto current = isCurrent(peildatum);
    if (!current)
        return Error{current.error()};
    if (!*current)
        return std::optional<QHash<QString, QList<Signal>>>();
    auto rows =
        BulkReader::open(m_db, u"SELECT pgn, signalen FROM signaal_opslag"_s + where, values);
    if (!rows)
        return Error{rows.error()};
    QHash<QString, QList<Signal>> byLeerling;
    while ((*rows)->next()) {
        const QString pgn = (*rows)->string(0);
        auto signalList = decoded(pgn, (*rows)->bytes(1));
        // Not what this program wrote: computing again mends it.
        if (!signalList)
            return std::optional<QHash<QString, QList<Signal>>>();
        byLeerling.insert(pgn, std::move(*signalList));
    }
    if (!(*rows)->error().isEmpty())
        return Error{(*rows)->error()};
    return std::optional(std::move(byLeerling));
}

Result<QSet<QString>> SignalStore::staleLeerlingen() const
{
    auto rows = m_db.exec(u"SELECT pgn FROM signaal_vuil"_s);
    if (!rows)
        return Error{rows.error()};
    QSet<QString> stale;
    while (rows->next())
        stale.insert(rows->value(0).toString());
    return stale;
}

Status SignalStore::takeWriteTurn()
{
    // Waits for every transaction that marked a leerling or dropped the stand, and keeps new
    // ones waiting until this one ends (migration 13).
    if (m_db.dialect().isPostgres()) {
        auto locked = m_db.exec(u"LOCK TABLE signaal_vuil IN EXCLUSIVE MODE"_s);
        return locked ? Status() : Status(locked.failure());
    }
    auto written = m_db.exec(u"DELETE FROM signaal_vuil WHERE pgn IS NULL"_s);
    return written ? Status() : Status(written.failure());
}

Status SignalStore::store(const QString& pgn, const QList<Signal>& signalList)
{
    auto removed = m_db.exec(u"DELETE FROM signaal_opslag WHERE pgn = ?"_s, {pgn});
    if (!removed)
        return removed.failure();
    if (signalList.isEmpty())
        return {};
    auto inserted = m_db.exec(u"INSERT INTO signaal_opslag (pgn, signalen) VALUES (?, ?)"_s,
                              {pgn, encoded(signalList)});
    return inserted ? Status() : Status(inserted.failure());
}

Status SignalStore::replace(const QSet<QString>& pgns,
                            const QHash<QString, QList<Signal>>& byLeerling)
{
    auto unmark = m_db.prepare(u"DELETE FROM signaal_vuil WHERE pgn = ?"_s);
    if (!unmark)
        return unmark.failure();
    for (const QString& pgn : pgns) {
        if (Status stored = store(pgn, byLeerling.value(pgn)); !stored)
            return stored;
        if (Status unmarked = m_db.run(*unmark, {pgn}); !unmarked)
            return unmarked;
    }
    return {};
}

Status SignalStore::replaceAll(QDate peildatum, const QHash<QString, QList<Signal>>& byLeerling)
{
    for (const QString& sql : {u"DELETE FROM signaal_opslag"_s, u"DELETE FROM signaal_vuil"_s,
                               u"DELETE FROM signaal_stand"_s}) {
        if (auto emptied = m_db.exec(sql); !emptied)
            return emptied.failure();
    }
    if (Status stored = m_db.dialect().isPostgres() ? copyAll(byLeerling) : insertAll(byLeerling);
        !stored)
        return stored;
    auto stand =
        m_db.exec(u"INSERT INTO signaal_stand (id, peildatum, programma) VALUES (1, ?, ?)"_s,
                  {SqlValues::date(peildatum), program()});
    return stand ? Status() : Status(stand.failure());
}

Status SignalStore::takeTurnAsChange()
{
    if (!m_db.dialect().isPostgres())
        return {};
    auto locked = m_db.exec(u"LOCK TABLE signaal_vuil IN ROW EXCLUSIVE MODE"_s);
    return locked ? Status() : Status(locked.failure());
}

Status SignalStore::insertAll(const QHash<QString, QList<Signal>>& byLeerling)
{
    auto insert = m_db.prepare(u"INSERT INTO signaal_opslag (pgn, signalen) VALUES (?, ?)"_s);
    if (!insert)
        return insert.failure();
    for (auto it = byLeerling.cbegin(); it != byLeerling.cend(); ++it) {
        if (it->isEmpty())
            continue;
        if (Status stored = m_db.run(*insert, {it.key(), encoded(*it)}); !stored)
            return stored;
    }
    return {};
}

Status SignalStore::copyAll(const QHash<QString, QList<Signal>>& byLeerling)
{
    // One stream instead of a round trip to the server per leerling: 30,000 of them took 5 s.
    // Through a table of this transaction: COPY does not write into a table with row-level
    // security (migration 13).
    for (const QString& sql :
         {u"DROP TABLE IF EXISTS signaal_opslag_import"_s,
          u"CREATE TEMP TABLE signaal_opslag_import (pgn TEXT NOT NULL, signalen BYTEA NOT NULL)"
          " ON COMMIT DROP"_s}) {
        if (auto done = m_db.exec(sql); !done)
            return done.failure();
    }
    auto copy =
        PostgresCopy::begin(m_db, u"COPY signaal_opslag_import (pgn, signalen) FROM STDIN"_s);
    if (!copy)
        return copy.failure();
    for (auto it = byLeerling.cbegin(); it != byLeerling.cend(); ++it) {
        if (it->isEmpty())
            continue;
        (*copy)->addText(it.key());
        (*copy)->addBytes(encoded(*it));
        if (Status sent = (*copy)->endRow(); !sent)
            return sent;
    }
    if (Status copied = (*copy)->finish(); !copied)
        return copied;
    auto inserted = m_db.exec(u"INSERT INTO signaal_opslag SELECT pgn, signalen"
                              " FROM signaal_opslag_import"_s);
    return inserted ? Status() : Status(inserted.failure());
}

Status SignalStore::forget()
{
    if (Status turn = takeTurnAsChange(); !turn)
        return turn;
    auto forgotten = m_db.exec(u"DELETE FROM signaal_stand"_s);
    return forgotten ? Status() : Status(forgotten.failure());
}

Status SignalStore::forgetLeerling(const QString& pgn)
{
    if (!isAvailable())
        return {};
    if (Status turn = takeTurnAsChange(); !turn)
        return turn;
    for (const QString& sql : {u"DELETE FROM signaal_opslag WHERE pgn = ?"_s,
                               u"DELETE FROM signaal_vuil WHERE pgn = ?"_s}) {
        if (auto removed = m_db.exec(sql, {pgn}); !removed)
            return removed.failure();
    }
    return {};
}

Status SignalStore::withoutRowMarks(const std::function<Status(const Marker& mark)>& work)
{
    // A team database's triggers mark once per statement already (migration 13).
    if (!isAvailable() || m_db.dialect().isPostgres())
        return work([](const QString&) { return Status(); });
    // As the database has them (migration 13 or a later one), to be made again word for word.
    auto triggers = m_db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                              " AND tbl_name = 'absenties' AND name LIKE 'absenties_signalen_%'"_s);
    if (!triggers)
        return triggers.failure();
    QStringList names;
    QStringList definitions;
    while (triggers->next()) {
        names.append(triggers->value(0).toString());
        definitions.append(triggers->value(1).toString());
    }
    triggers->finish();
    for (const QString& name : std::as_const(names)) {
        if (auto dropped = m_db.exec(u"DROP TRIGGER \"%1\""_s.arg(name)); !dropped)
            return dropped.failure();
    }
    auto insert = BulkWriter::prepare(m_db, u"INSERT INTO signaal_vuil SELECT ?1"
                                            " WHERE NOT EXISTS (SELECT 1 FROM signaal_vuil"
                                            " WHERE pgn = ?1)"_s);
    if (!insert)
        return insert.failure();
    const Status done = work([&](const QString& pgn) {
        (*insert)->bindText(0, pgn);
        return (*insert)->run();
    });
    for (const QString& definition : std::as_const(definitions)) {
        if (auto made = m_db.exec(definition); !made)
            return made.failure();
    }
    return done;
}
