// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierService.h"

#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "team/Access.h"

using namespace Qt::StringLiterals;

DossierService::DossierService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<Leerling> DossierService::open(const QString& pgn)
{
    if (Status allowed = Access::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    const auto leerling = LeerlingRepository(m_db).find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    if (Status logged =
            AuditLog(m_db).append({m_clock.now(), m_user, u"dossier bekeken"_s, pgn, QString()});
        !logged)
        return Error{logged.error()};
    return **leerling;
}
