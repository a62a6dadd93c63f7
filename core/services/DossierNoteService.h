// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DossierNote.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// Notes in a leerling's dossier: written by the user of the session at the clock's time, with an
// audit entry in the same transaction.
class DossierNoteService
{
    Q_DECLARE_TR_FUNCTIONS(DossierNoteService)

public:
    DossierNoteService(Database& database, const Clock& clock, QString user);

    Result<DossierNote> add(const QString& pgn, const QString& text, bool workNote);
    Result<QList<DossierNote>> forLeerling(const QString& pgn) const;

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
