// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportFile.h"
#include "exports/ExportTable.h"
#include "storage/AuditLog.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The audit trail as the beheerder reads and exports it. Reading it is not logged; exporting it
// is, because the export leaves the database.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    AuditService(Database& database, const Clock& clock, QString user);

    // Oldest first; only one leerling's when `pgn` is given.
    Result<QList<AuditEntry>> entries(const QString& pgn = {}) const;
    Result<ExportTable> table(const QString& pgn = {}) const;
    // Writes the trail to a .csv or .xlsx file.
    Status exportTo(const QString& path, Overwrite overwrite, const QString& pgn = {});

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
