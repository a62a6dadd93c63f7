// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierService.h"

#include "services/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"

using namespace Qt::StringLiterals;

DossierService::DossierService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status DossierService::setConsentToContactParents(const QString& pgn, bool consent)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::EditLeerling, pgn);
        !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (Status saved = LeerlingRepository(m_db).setConsentToContactParents(pgn, consent);
            !saved)
            return saved;
        m_db.announce(&ChangeNotifier::dossierChanged, pgn);
        return AuditLog(m_db).append(
            {m_user, consent ? u"toestemming gegeven"_s : u"toestemming ingetrokken"_s, pgn,
             u"contactgegevens ouders bij meldingen"_s});
    });
}

Result<Leerling> DossierService::open(const QString& pgn)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    const auto leerling = LeerlingRepository(m_db).find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    if (Status logged = AuditLog(m_db).append({m_user, u"dossier bekeken"_s, pgn, QString()});
        !logged)
        return Error{logged.error()};
    return **leerling;
}
