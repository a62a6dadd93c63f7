// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingRepository.h"

#include "SqlValues.h"

using namespace Qt::StringLiterals;

Status LeerlingRepository::upsert(const QList<Leerling>& leerlingen)
{
    auto query = m_db.prepare(
        u"INSERT INTO leerlingen (pgn, achternaam, voornamen, tussenvoegsel, geboortedatum,"
        " geslacht, startkwalificatie_datum, telefoon, email, straat, huisnummer, postcode,"
        " woonplaats, gemeente, opleiding, leerjaar, klas, locatie)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (pgn) DO UPDATE SET achternaam = excluded.achternaam,"
        " voornamen = excluded.voornamen, tussenvoegsel = excluded.tussenvoegsel,"
        " geboortedatum = excluded.geboortedatum, geslacht = excluded.geslacht,"
        " startkwalificatie_datum = excluded.startkwalificatie_datum,"
        " telefoon = excluded.telefoon, email = excluded.email, straat = excluded.straat,"
        " huisnummer = excluded.huisnummer, postcode = excluded.postcode,"
        " woonplaats = excluded.woonplaats, gemeente = excluded.gemeente,"
        " opleiding = excluded.opleiding, leerjaar = excluded.leerjaar, klas = excluded.klas,"
        " locatie = excluded.locatie"_s);
    if (!query)
        return Error{query.error()};
    for (const Leerling& l : leerlingen) {
        const Status status = m_db.run(
            *query, {l.pgn, l.lastName, l.firstNames, l.infix, SqlValues::date(l.birthDate),
                     l.gender, SqlValues::date(l.startkwalificatieDate), l.phone, l.email,
                     l.address.street, l.address.houseNumber, l.address.postcode, l.address.city,
                     l.address.municipality, l.opleiding, l.leerjaar, l.klas, l.locatie});
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

Result<QList<Leerling>> LeerlingRepository::select(const QString& where,
                                                   const QVariantList& values) const
{
    auto query = m_db.exec(
        u"SELECT pgn, achternaam, voornamen, tussenvoegsel, geboortedatum, geslacht,"
        " startkwalificatie_datum, telefoon, email, straat, huisnummer, postcode, woonplaats,"
        " gemeente, opleiding, leerjaar, klas, locatie FROM leerlingen %1"
        " ORDER BY achternaam, voornamen, pgn"_s.arg(where),
        values);
    if (!query)
        return Error{query.error()};
    QList<Leerling> result;
    while (query->next()) {
        Leerling l;
        l.pgn = query->value(0).toString();
        l.lastName = query->value(1).toString();
        l.firstNames = query->value(2).toString();
        l.infix = query->value(3).toString();
        l.birthDate = SqlValues::date(query->value(4));
        l.gender = query->value(5).toString();
        l.startkwalificatieDate = SqlValues::date(query->value(6));
        l.phone = query->value(7).toString();
        l.email = query->value(8).toString();
        l.address = {query->value(9).toString(), query->value(10).toString(),
                     query->value(11).toString(), query->value(12).toString(),
                     query->value(13).toString()};
        l.opleiding = query->value(14).toString();
        l.leerjaar = query->value(15).toString();
        l.klas = query->value(16).toString();
        l.locatie = query->value(17).toString();
        result.append(l);
    }
    return result;
}

Result<QList<Leerling>> LeerlingRepository::all() const
{
    return select(QString(), {});
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
