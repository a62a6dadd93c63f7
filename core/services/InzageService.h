// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/Inzage.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// Collects and writes one leerling's inzage (see Inzage). Allowed to whoever may open the
// dossier; the export is written in the audit trail.
class InzageService
{
    Q_DECLARE_TR_FUNCTIONS(InzageService)

public:
    InzageService(Database& database, const Clock& clock, QString user);

    Result<InzageDossier> collect(const QString& pgn) const;
    Status exportTo(const QString& pgn, const QString& path, Overwrite overwrite);

private:
    Result<InzageMeldingHistory> historyOf(qint64 meldingId) const;
    static void withoutSecretContacts(Melding& melding);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
