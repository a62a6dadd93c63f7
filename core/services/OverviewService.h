// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportTable.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The overviews for Excel, read from the database (see OverviewTables for their columns).
class OverviewService
{
    Q_DECLARE_TR_FUNCTIONS(OverviewService)

public:
    OverviewService(Database& database, const Clock& clock, QString user);

    Result<ExportTable> meldingen() const;
    // The signals reached on or before the peildatum, with the coordinator's work on them.
    Result<ExportTable> signalen(const QDate& peildatum) const;
    Result<ExportTable> attendance(const QString& pgn) const;

private:
    Status record(const QString& overview, const QString& pgn = {}) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
