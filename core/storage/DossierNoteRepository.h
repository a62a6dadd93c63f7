// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/DossierNote.h"

#include <QCoreApplication>

class DossierNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierNoteRepository)

public:
    explicit DossierNoteRepository(Database& database)
        : m_db(database)
    {
    }

    // Stores the note and returns it with its id. Call inside a transaction.
    Result<DossierNote> insert(DossierNote note);
    Result<QList<DossierNote>> forLeerling(const QString& pgn) const; // newest first

private:
    Database& m_db;
};
