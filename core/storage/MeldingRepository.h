// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Melding.h"

#include <QCoreApplication>
#include <QSet>

// Meldingen with every version kept. A save names the version it started from; when another
// save came in between, it fails instead of overwriting (no lost update).
class MeldingRepository
{
    Q_DECLARE_TR_FUNCTIONS(MeldingRepository)

public:
    explicit MeldingRepository(Database& database)
        : m_db(database)
    {
    }

    // Stores a new melding as version 1. Call inside a transaction.
    Result<Melding> insert(Melding melding, const QString& user, const QDateTime& at);
    // Stores the next version of `melding`, which must carry the version it was read at.
    Result<Melding> update(Melding melding, const QString& user, const QDateTime& at);

    Result<std::optional<Melding>> find(qint64 id) const;
    Result<QList<Melding>> forLeerling(const QString& pgn) const;
    Result<QList<Melding>> all() const;
    Result<QList<MeldingVersion>> versions(qint64 id) const;
    // Whether the leerling has a melding not yet closed (MeldingStatuses::closed), and which
    // leerlingen have one.
    Result<bool> hasOpen(const QString& pgn) const;
    Result<QSet<QString>> leerlingenWithOpenMelding() const;

private:
    Result<QList<Melding>> select(const QString& where, const QVariantList& values) const;
    Status addVersion(const Melding& melding, const QString& user, const QDateTime& at);

    Database& m_db;
};
