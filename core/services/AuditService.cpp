// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditService.h"

#include "exports/TableExport.h"
#include "services/Permissions.h"

using namespace Qt::StringLiterals;

AuditService::AuditService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<QList<AuditEntry>> AuditService::entries(const QString& pgn) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewAudit); !allowed)
        return Error{allowed.error()};
    return pgn.isEmpty() ? AuditLog(m_db).all() : AuditLog(m_db).forLeerling(pgn);
}

Result<ExportTable> AuditService::table(const QString& pgn) const
{
    const auto list = entries(pgn);
    if (!list)
        return Error{list.error()};
    ExportTable table{
        tr("Audit trail"), {tr("When"), tr("User"), tr("Action"), tr("PGN"), tr("Details")}, {}};
    for (const AuditEntry& e : *list) {
        table.rows.append(
            {e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s), e.user, e.action, e.pgn, e.details});
    }
    return table;
}

Status AuditService::exportTo(const QString& path, Overwrite overwrite, const QString& pgn)
{
    const auto exported = table(pgn);
    if (!exported)
        return Error{exported.error()};
    if (Status saved = TableExport::save(*exported, path, overwrite); !saved)
        return saved;
    return AuditLog(m_db).append({m_user, u"audit geëxporteerd"_s, pgn,
                                  u"%1 regels naar %2"_s.arg(exported->rows.size()).arg(path)});
}
