// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingRepository.h"

#include "SqlValues.h"
#include "meldingen/MeldingJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString document(const Melding& melding)
{
    return QString::fromUtf8(
        QJsonDocument(MeldingJson::toJson(melding)).toJson(QJsonDocument::Compact));
}

Result<Melding> parse(const QString& text)
{
    return MeldingJson::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

// "status NOT IN (?, ?, ?)" with the closed statuses as its values.
std::pair<QString, QVariantList> notClosed()
{
    QStringList marks;
    QVariantList values;
    for (MeldingStatus status : MeldingStatuses::closed()) {
        marks.append(u"?"_s);
        values.append(MeldingStatuses::key(status));
    }
    return {u"status NOT IN (%1)"_s.arg(marks.join(u", "_s)), values};
}

} // namespace

Status MeldingRepository::addVersion(const Melding& m, const QString& user, const QDateTime& at)
{
    auto added = m_db.exec(u"INSERT INTO melding_versies (melding_id, versie, document, door,"
                           " opgeslagen_op) VALUES (?, ?, ?, ?, ?)"_s,
                           {m.id, m.version, document(m), user, at.toString(Qt::ISODateWithMs)});
    return added ? Status() : Status(Error{added.error()});
}

Result<Melding> MeldingRepository::insert(Melding m, const QString& user, const QDateTime& at)
{
    m.version = 1;
    auto inserted = m_db.exec(
        u"INSERT INTO meldingen (pgn, soort, begindatum, einddatum, status, meldingsnummer, versie,"
        " document) VALUES (?, ?, ?, ?, ?, ?, ?, '') RETURNING id"_s,
        {m.pgn, MeldingSoorten::key(m.soort), SqlValues::date(m.startDate),
         SqlValues::date(m.endDate), MeldingStatuses::key(m.status), m.duoNumber, m.version});
    if (!inserted)
        return Error{inserted.error()};
    if (!inserted->next())
        return Error{tr("The new melding was not stored.")};
    m.id = inserted->value(0).toLongLong();
    inserted->finish();
    auto saved =
        m_db.exec(u"UPDATE meldingen SET document = ? WHERE id = ?"_s, {document(m), m.id});
    if (!saved)
        return Error{saved.error()};
    if (Status versioned = addVersion(m, user, at); !versioned)
        return Error{versioned.error()};
    return m;
}

Result<Melding> MeldingRepository::update(Melding m, const QString& user, const QDateTime& at)
{
    const int readAt = m.version;
    m.version = readAt + 1;
    auto updated = m_db.exec(
        u"UPDATE meldingen SET soort = ?, begindatum = ?, einddatum = ?, status = ?,"
        " meldingsnummer = ?, versie = ?, document = ? WHERE id = ? AND versie = ?"_s,
        {MeldingSoorten::key(m.soort), SqlValues::date(m.startDate), SqlValues::date(m.endDate),
         MeldingStatuses::key(m.status), m.duoNumber, m.version, document(m), m.id, readAt});
    if (!updated)
        return Error{updated.error()};
    if (updated->numRowsAffected() != 1) {
        return Error{tr("Melding %1 was changed by someone else in the meantime (you started from "
                        "version %2). Open it again to see the latest version.")
                         .arg(m.id)
                         .arg(readAt)};
    }
    if (Status versioned = addVersion(m, user, at); !versioned)
        return Error{versioned.error()};
    return m;
}

Result<QList<Melding>> MeldingRepository::select(const QString& where,
                                                 const QVariantList& values) const
{
    auto query = m_db.exec(
        u"SELECT document FROM meldingen %1 ORDER BY begindatum, id"_s.arg(where), values);
    if (!query)
        return Error{query.error()};
    QList<Melding> result;
    while (query->next()) {
        auto melding = parse(query->value(0).toString());
        if (!melding)
            return Error{melding.error()};
        result.append(*melding);
    }
    return result;
}

Result<std::optional<Melding>> MeldingRepository::find(qint64 id) const
{
    auto found = select(u"WHERE id = ?"_s, {id});
    if (!found)
        return Error{found.error()};
    return found->isEmpty() ? std::optional<Melding>() : std::optional<Melding>(found->first());
}

Result<QList<Melding>> MeldingRepository::forLeerling(const QString& pgn) const
{
    return select(u"WHERE pgn = ?"_s, {pgn});
}

Result<QList<Melding>> MeldingRepository::all() const
{
    return select(QString(), {});
}

Result<QList<MeldingVersion>> MeldingRepository::versions(qint64 id) const
{
    auto query = m_db.exec(u"SELECT versie, document, door, opgeslagen_op FROM melding_versies"
                           " WHERE melding_id = ? ORDER BY versie"_s,
                           {id});
    if (!query)
        return Error{query.error()};
    QList<MeldingVersion> result;
    while (query->next()) {
        auto melding = parse(query->value(1).toString());
        if (!melding)
            return Error{melding.error()};
        result.append({query->value(0).toInt(), *melding, query->value(2).toString(),
                       QDateTime::fromString(query->value(3).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

Result<bool> MeldingRepository::hasOpen(const QString& pgn) const
{
    auto [condition, values] = notClosed();
    values.prepend(pgn);
    auto query = m_db.exec(u"SELECT 1 FROM meldingen WHERE pgn = ? AND "_s + condition, values);
    if (!query)
        return Error{query.error()};
    return query->next();
}

Result<QSet<QString>> MeldingRepository::leerlingenWithOpenMelding() const
{
    const auto [condition, values] = notClosed();
    auto query = m_db.exec(u"SELECT DISTINCT pgn FROM meldingen WHERE "_s + condition, values);
    if (!query)
        return Error{query.error()};
    QSet<QString> pgns;
    while (query->next())
        pgns.insert(query->value(0).toString());
    return pgns;
}
