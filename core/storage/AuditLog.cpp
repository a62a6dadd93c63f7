// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

using namespace Qt::StringLiterals;

Status AuditLog::append(const AuditEvent& e)
{
    auto added = m_db.exec(
        u"INSERT INTO audit (tijdstip, gebruiker, actie, pgn, details) VALUES (?, ?, ?, ?, ?)"_s,
        {QDateTime::currentDateTime().toString(Qt::ISODateWithMs), e.user, e.action, e.pgn,
         e.details});
    return added ? Status() : Status(Error{added.error()});
}

Result<QList<AuditEntry>> AuditLog::forLeerling(const QString& pgn) const
{
    return select(u"WHERE pgn = ?"_s, {pgn});
}

Result<QList<AuditEntry>> AuditLog::all() const
{
    return select(QString(), {});
}

Result<QList<AuditEntry>> AuditLog::select(const QString& where, const QVariantList& values) const
{
    auto query = m_db.exec(
        u"SELECT tijdstip, gebruiker, actie, pgn, details FROM audit %1 ORDER BY id"_s.arg(where),
        values);
    if (!query)
        return Error{query.error()};
    QList<AuditEntry> entries;
    while (query->next()) {
        // The server writes UTC with its Z; the system clock local time.
        entries.append(
            {QDateTime::fromString(query->value(0).toString(), Qt::ISODateWithMs).toLocalTime(),
             query->value(1).toString(), query->value(2).toString(), query->value(3).toString(),
             query->value(4).toString()});
    }
    return entries;
}
