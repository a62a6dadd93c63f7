// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDateTime>

// One entry of the audit trail. The application only ever appends entries.
struct AuditEntry
{
    QDateTime at;
    QString user;
    QString action; // e.g. "absentie gewijzigd"
    QString pgn;
    QString details;
};

class AuditLog
{
public:
    explicit AuditLog(Database& database)
        : m_db(database)
    {
    }

    // Call inside the transaction of the change it records, so both land or neither does.
    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> forLeerling(const QString& pgn) const; // oldest first
    Result<QList<AuditEntry>> all() const;                           // oldest first

private:
    Result<QList<AuditEntry>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};
