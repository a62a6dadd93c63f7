// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Leerling.h"

#include <QHash>
#include <QSet>

// Leerlingen with their inschrijvingen, contacts and vrijstellingen.
class LeerlingRepository
{
public:
    explicit LeerlingRepository(Database& database)
        : m_db(database)
    {
    }

    // Writes; call inside a transaction.
    Status upsert(const QList<Leerling>& leerlingen);
    Status upsert(const QList<Inschrijving>& inschrijvingen);
    Status upsert(const QList<Vrijstelling>& vrijstellingen);
    // The contacts of every leerling named in `contacts` are replaced by these.
    Status replaceContacts(const QList<Contact>& contacts);

    Result<QList<Leerling>> all() const; // sorted by achternaam, voornamen
    // In no particular order, for who looks them up by pgn: sorting a large school's leerlingen
    // by name costs SQLite a temporary file.
    Result<QList<Leerling>> allUnsorted() const;
    Result<std::optional<Leerling>> find(const QString& pgn) const;
    Result<QList<Contact>> contacts(const QString& pgn) const;
    // Whether a leerling of 18 or older agreed that the parents' contact data goes along.
    Result<bool> consentToContactParents(const QString& pgn) const;
    Status setConsentToContactParents(const QString& pgn, bool consent);
    // By pgn; all leerlingen, or only `pgn` when given.
    Result<QHash<QString, QList<DateRange>>> inschrijvingen(const QString& pgn = {}) const;
    Result<QHash<QString, QList<DateRange>>> vrijstellingen(const QString& pgn = {}) const;
    // The school's own numbers of the leerlingen that have one → their PGN.
    Result<QHash<QString, QString>> leerlingnummers() const;

private:
    Result<QList<Leerling>> select(const QString& whereAndOrder, const QVariantList& values) const;
    Result<QHash<QString, QList<DateRange>>> periods(const QString& table,
                                                     const QString& pgn) const;

    Database& m_db;
};
