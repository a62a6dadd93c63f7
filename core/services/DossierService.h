// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Leerling.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// Opening a leerling's dossier: allowed only within the user's scope, and written in the audit
// trail (who looked at which child's data is the first question of an inzage request).
class DossierService
{
    Q_DECLARE_TR_FUNCTIONS(DossierService)

public:
    DossierService(Database& database, const Clock& clock, QString user);

    Result<Leerling> open(const QString& pgn);
    // Records whether a leerling of 18 or older agrees that the parents' contact data goes
    // along with a melding (AVG: their own data to give).
    Status setConsentToContactParents(const QString& pgn, bool consent);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
