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

Status AuditLog::forget(const QString& pgn)
{
    // On a team's server no login may change the trail; the owner's function does (migration 12).
    auto forgotten = m_db.exec(m_db.dialect().isPostgres()
                                   ? u"SELECT audit_vergeten(?)"_s
                                   : u"UPDATE audit SET pgn = '', details = '' WHERE pgn = ?"_s,
                               {pgn});
    return forgotten ? Status() : Status(Error{forgotten.error()});
}

Result<QList<AuditEntry>> AuditLog::forLeerling(const QString& pgn) const
{
    // Only beheerders read the trail on a team's server; the inzage's entries for everyone else
    // come through the owner's function, which checks the verzuimmedewerker's scope.
    if (m_db.dialect().isPostgres())
        return select(u"audit_van_leerling(?)"_s, {pgn});
    return select(u"audit WHERE pgn = ?"_s, {pgn});
}

Result<QList<AuditEntry>> AuditLog::all() const
{
    return select(u"audit"_s, {});
}

Result<QList<AuditEntry>> AuditLog::select(const QString& from, const QVariantList& values) const
{
    auto query = m_db.exec(
        u"SELECT tijdstip, gebruiker, actie, pgn, details FROM %1 ORDER BY id"_s.arg(from), values);
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
