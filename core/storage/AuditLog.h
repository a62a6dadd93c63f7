// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/AuditEntry.h"

#include <QDateTime>

// What happened, as the program records it.
struct AuditEvent
{
    QString user;   // on PostgreSQL the server writes its own session_user instead
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

    // Call inside the transaction of the change it records, so both land or neither does. The
    // time is the real one, never the programs' VERZUIMDESK_VANDAAG: the system clock's on
    // SQLite, the server's on PostgreSQL (a trigger there also writes the login; see
    // Migrations), so that nobody can date or sign an entry for someone else.
    Status append(const AuditEvent& event);
    // The retention purge's one change: the leerling's entries keep that something happened, no
    // longer to whom (their PGN and details are blanked).
    Status forget(const QString& pgn);
    Result<QList<AuditEntry>> forLeerling(const QString& pgn) const; // oldest first
    Result<QList<AuditEntry>> all() const;                           // oldest first

private:
    // `from` is a table or a table function with what follows it (WHERE).
    Result<QList<AuditEntry>> select(const QString& from, const QVariantList& values) const;

    Database& m_db;
};
