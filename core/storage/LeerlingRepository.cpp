// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingRepository.h"

#include "BulkReader.h"
#include "SqlValues.h"

#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

const QString kByName = u"ORDER BY achternaam, voornamen, pgn"_s;

// The values a school repeats over its leerlingen (klas, opleiding, gemeente, …): one shared
// string each, instead of one per leerling — a school board's 100,000 leerlingen would otherwise
// hold 700,000 copies of a few hundred values.
class RepeatedValues
{
public:
    QString take(QByteArrayView utf8)
    {
        const std::string_view bytes(utf8.data(), size_t(utf8.size()));
        if (const auto known = m_values.find(bytes); known != m_values.end())
            return known->second;
        return m_values.emplace(std::string(bytes), QString::fromUtf8(utf8)).first->second;
    }

private:
    struct BytesHash
    {
        using is_transparent = void; // found by a view, without making a key
        size_t operator()(std::string_view bytes) const
        {
            return std::hash<std::string_view>()(bytes);
        }
    };
    std::unordered_map<std::string, QString, BytesHash, std::equal_to<>> m_values;
};

} // namespace

Status LeerlingRepository::upsert(const QList<Leerling>& leerlingen)
{
    auto query = m_db.prepare(
        u"INSERT INTO leerlingen (pgn, achternaam, voornamen, tussenvoegsel, geboortedatum,"
        " geslacht, startkwalificatie_datum, telefoon, email, straat, huisnummer, postcode,"
        " woonplaats, gemeente, opleiding, leerjaar, klas, locatie, leerlingnummer)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (pgn) DO UPDATE SET achternaam = excluded.achternaam,"
        " voornamen = excluded.voornamen, tussenvoegsel = excluded.tussenvoegsel,"
        " geboortedatum = excluded.geboortedatum, geslacht = excluded.geslacht,"
        " startkwalificatie_datum = excluded.startkwalificatie_datum,"
        " telefoon = excluded.telefoon, email = excluded.email, straat = excluded.straat,"
        " huisnummer = excluded.huisnummer, postcode = excluded.postcode,"
        " woonplaats = excluded.woonplaats, gemeente = excluded.gemeente,"
        " opleiding = excluded.opleiding, leerjaar = excluded.leerjaar, klas = excluded.klas,"
        " locatie = excluded.locatie, leerlingnummer = excluded.leerlingnummer"_s);
    if (!query)
        return Error{query.error()};
    for (const Leerling& l : leerlingen) {
        const Status status = m_db.run(
            *query,
            {l.pgn, l.lastName, l.firstNames, l.infix, SqlValues::date(l.birthDate), l.gender,
             SqlValues::date(l.startkwalificatieDate), l.phone, l.email, l.address.street,
             l.address.houseNumber, l.address.postcode, l.address.city, l.address.municipality,
             l.opleiding, l.leerjaar, l.klas, l.locatie, l.leerlingnummer});
        if (!status)
            return status;
    }
    return {};
}

Status LeerlingRepository::upsert(const QList<Inschrijving>& inschrijvingen)
{
    auto query = m_db.prepare(u"INSERT INTO inschrijvingen (pgn, van, tot) VALUES (?, ?, ?)"
                              " ON CONFLICT (pgn, van) DO UPDATE SET tot = excluded.tot"_s);
    if (!query)
        return Error{query.error()};
    for (const Inschrijving& i : inschrijvingen) {
        const Status status =
            m_db.run(*query, {i.pgn, SqlValues::date(i.period.from), SqlValues::date(i.period.to)});
        if (!status)
            return status;
    }
    return {};
}

Status LeerlingRepository::upsert(const QList<Vrijstelling>& vrijstellingen)
{
    auto query = m_db.prepare(
        u"INSERT INTO vrijstellingen (pgn, van, tot, artikel) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (pgn, van) DO UPDATE SET tot = excluded.tot, artikel = excluded.artikel"_s);
    if (!query)
        return Error{query.error()};
    for (const Vrijstelling& v : vrijstellingen) {
        const Status status = m_db.run(*query, {v.pgn, SqlValues::date(v.period.from),
                                                SqlValues::date(v.period.to), v.artikel});
        if (!status)
            return status;
    }
    return {};
}

Status LeerlingRepository::replaceContacts(const QList<Contact>& contacts)
{
    auto remove = m_db.prepare(u"DELETE FROM contacten WHERE pgn = ?"_s);
    auto insert =
        m_db.prepare(u"INSERT INTO contacten (pgn, naam, relatie, telefoon, email,"
                     " wettelijk_vertegenwoordiger, geheim) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!remove || !insert)
        return Error{remove ? insert.error() : remove.error()};
    QSet<QString> cleared;
    for (const Contact& c : contacts) {
        if (!cleared.contains(c.pgn)) {
            if (Status status = m_db.run(*remove, {c.pgn}); !status)
                return status;
            cleared.insert(c.pgn);
        }
        const Status status = m_db.run(*insert, {c.pgn, c.name, c.relation, c.phone, c.email,
                                                 int(c.legalRepresentative), int(c.secret)});
        if (!status)
            return status;
    }
    return {};
}

Result<QList<Leerling>> LeerlingRepository::select(const QString& whereAndOrder,
                                                   const QVariantList& values) const
{
    auto rows = BulkReader::open(
        m_db,
        u"SELECT pgn, achternaam, voornamen, tussenvoegsel, geboortedatum, geslacht,"
        " startkwalificatie_datum, telefoon, email, straat, huisnummer, postcode, woonplaats,"
        " gemeente, opleiding, leerjaar, klas, locatie, leerlingnummer FROM leerlingen %1"_s.arg(
            whereAndOrder),
        values);
    if (!rows)
        return Error{rows.error()};
    BulkReader& row = **rows;
    RepeatedValues repeated;
    const auto shared = [&](int column) {
        return repeated.take(row.text(column));
    };
    QList<Leerling> result;
    while (row.next()) {
        Leerling l;
        l.pgn = row.string(0);
        l.lastName = row.string(1);
        l.firstNames = row.string(2);
        l.infix = row.string(3);
        l.birthDate = row.date(4);
        l.gender = shared(5);
        l.startkwalificatieDate = row.date(6);
        l.phone = row.string(7);
        l.email = row.string(8);
        l.address = {row.string(9), row.string(10), row.string(11), shared(12), shared(13)};
        l.opleiding = shared(14);
        l.leerjaar = shared(15);
        l.klas = shared(16);
        l.locatie = shared(17);
        l.leerlingnummer = row.string(18);
        result.append(std::move(l));
    }
    if (!row.error().isEmpty())
        return Error{row.error()};
    return result;
}

Result<QList<Leerling>> LeerlingRepository::all() const
{
    return select(kByName, {});
}

Result<QList<Leerling>> LeerlingRepository::allUnsorted() const
{
    return select({}, {});
}

Result<std::optional<Leerling>> LeerlingRepository::find(const QString& pgn) const
{
    auto found = select(u"WHERE pgn = ?"_s, {pgn});
    if (!found)
        return Error{found.error()};
    return found->isEmpty() ? std::optional<Leerling>() : std::optional<Leerling>(found->first());
}

Result<QList<Contact>> LeerlingRepository::contacts(const QString& pgn) const
{
    auto query = m_db.exec(u"SELECT pgn, naam, relatie, telefoon, email,"
                           " wettelijk_vertegenwoordiger, geheim FROM contacten WHERE pgn = ?"
                           " ORDER BY id"_s,
                           {pgn});
    if (!query)
        return Error{query.error()};
    QList<Contact> result;
    while (query->next()) {
        result.append({query->value(0).toString(), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(),
                       query->value(4).toString(), query->value(5).toBool(),
                       query->value(6).toBool()});
    }
    return result;
}

Result<QHash<QString, QList<DateRange>>> LeerlingRepository::periods(const QString& table,
                                                                     const QString& pgn) const
{
    auto query =
        pgn.isEmpty()
            ? m_db.exec(u"SELECT pgn, van, tot FROM %1 ORDER BY pgn, van"_s.arg(table))
            : m_db.exec(u"SELECT pgn, van, tot FROM %1 WHERE pgn = ? ORDER BY van"_s.arg(table),
                        {pgn});
    if (!query)
        return Error{query.error()};
    QHash<QString, QList<DateRange>> result;
    while (query->next()) {
        result[query->value(0).toString()].append(
            {SqlValues::date(query->value(1)), SqlValues::date(query->value(2))});
    }
    return result;
}

Result<QHash<QString, QList<DateRange>>>
LeerlingRepository::inschrijvingen(const QString& pgn) const
{
    return periods(u"inschrijvingen"_s, pgn);
}

Result<QHash<QString, QList<DateRange>>>
LeerlingRepository::vrijstellingen(const QString& pgn) const
{
    return periods(u"vrijstellingen"_s, pgn);
}

Result<QHash<QString, QString>> LeerlingRepository::leerlingnummers() const
{
    auto query =
        m_db.exec(u"SELECT leerlingnummer, pgn FROM leerlingen WHERE leerlingnummer <> ''"_s);
    if (!query)
        return Error{query.error()};
    QHash<QString, QString> pgns;
    while (query->next())
        pgns.insert(query->value(0).toString(), query->value(1).toString());
    return pgns;
}

Result<bool> LeerlingRepository::consentToContactParents(const QString& pgn) const
{
    auto query =
        m_db.exec(u"SELECT toestemming_contact_ouders FROM leerlingen WHERE pgn = ?"_s, {pgn});
    if (!query)
        return Error{query.error()};
    return query->next() && query->value(0).toBool();
}

Status LeerlingRepository::setConsentToContactParents(const QString& pgn, bool consent)
{
    auto updated =
        m_db.exec(u"UPDATE leerlingen SET toestemming_contact_ouders = ? WHERE pgn = ?"_s,
                  {int(consent), pgn});
    return updated ? Status() : Status(Error{updated.error()});
}
