// SPDX-License-Identifier: GPL-3.0-or-later
#include "Access.h"

#include "storage/MeldingRepository.h"
#include "storage/TeamRepository.h"

using namespace Qt::StringLiterals;

namespace {

QString permissionText(Permission permission)
{
    switch (permission) {
    case Permission::ViewLeerling:
        return Access::tr("open this leerling's dossier");
    case Permission::EditLeerling:
        return Access::tr("change this leerling's absence, notes or signals");
    case Permission::EditMelding:
        return Access::tr("draft or change meldingen");
    case Permission::SubmitMelding:
        return Access::tr("submit meldingen to DUO");
    case Permission::Import:
        return Access::tr("import the school's files");
    case Permission::ExportOverview:
        return Access::tr("export overviews of the whole school");
    case Permission::ManageSettings:
        return Access::tr("change the school's settings");
    case Permission::ManageUsers:
        return Access::tr("manage users");
    case Permission::Purge:
        return Access::tr("remove leerlingen past the retention period");
    case Permission::ViewAudit:
        return Access::tr("read the audit trail");
    }
    return {};
}

} // namespace

Access::Access(Database& database, QString user, Role role,
               std::shared_ptr<const OpenSignals> openSignals)
    : m_db(&database)
    , m_user(std::move(user))
    , m_role(role)
    , m_openSignals(std::move(openSignals))
{
}

Result<Access> Access::of(Database& database, const QString& user,
                          std::shared_ptr<const OpenSignals> openSignals)
{
    if (!database.dialect().isPostgres())
        return Access(database, user, Role::Beheerder, std::move(openSignals));
    const auto role = TeamRepository(database).roleOf(user);
    if (!role)
        return Error{role.error()};
    if (!role->has_value()) {
        return Error{tr("%1 is not a member of this team database. Ask its beheerder to add you "
                        "(verzuimdesk-cli gebruiker).")
                         .arg(user)};
    }
    return Access(database, user, **role, std::move(openSignals));
}

Status Access::require(Permission permission) const
{
    if (allows(permission))
        return {};
    return Error{
        tr("As %1, %2 may not %3.")
            .arg(Roles::displayName(m_role).toLower(), m_user, permissionText(permission))};
}

Status Access::requireLeerling(const QString& pgn, Permission permission) const
{
    if (Status allowed = require(permission); !allowed)
        return allowed;
    const auto visible = inScope(pgn);
    if (!visible)
        return Error{visible.error()};
    if (!*visible) {
        return Error{tr("Leerling %1 is outside your scope: you see leerlingen with an open signal "
                        "or melding, or assigned to you.")
                         .arg(pgn)};
    }
    return {};
}

Result<bool> Access::inScope(const QString& pgn) const
{
    if (!Roles::isScoped(m_role))
        return true;
    const auto assigned = TeamRepository(*m_db).isAssigned(pgn, m_user);
    if (!assigned || *assigned)
        return assigned;
    const auto melding = MeldingRepository(*m_db).hasOpen(pgn);
    if (!melding || *melding)
        return melding;
    return m_openSignals->has(pgn);
}

Result<QList<Leerling>> Access::visible(QList<Leerling> leerlingen) const
{
    const auto scope = scopeToday();
    if (!scope)
        return Error{scope.error()};
    if (const auto& visible = *scope)
        leerlingen.removeIf([&](const Leerling& l) { return !visible->contains(l.pgn); });
    return leerlingen;
}

Result<std::optional<QSet<QString>>> Access::scopeToday() const
{
    if (!Roles::isScoped(m_role))
        return std::optional<QSet<QString>>();
    auto pgns = scopeWithoutSignals();
    if (!pgns)
        return Error{pgns.error()};
    const auto withSignal = m_openSignals->leerlingen();
    if (!withSignal)
        return Error{withSignal.error()};
    pgns->unite(*withSignal);
    return std::optional<QSet<QString>>(std::move(*pgns));
}

Result<std::optional<QSet<QString>>> Access::scope(const QList<TrackedSignal>& current) const
{
    if (!Roles::isScoped(m_role))
        return std::optional<QSet<QString>>();
    auto pgns = scopeWithoutSignals();
    if (!pgns)
        return Error{pgns.error()};
    for (const TrackedSignal& t : current) {
        if (SignalStatuses::isOpen(t.work.status))
            pgns->insert(t.signal.pgn);
    }
    return std::optional<QSet<QString>>(std::move(*pgns));
}

Result<QSet<QString>> Access::scopeWithoutSignals() const
{
    auto pgns = TeamRepository(*m_db).assignedTo(m_user);
    if (!pgns)
        return Error{pgns.error()};
    const auto withMelding = MeldingRepository(*m_db).leerlingenWithOpenMelding();
    if (!withMelding)
        return Error{withMelding.error()};
    pgns->unite(*withMelding);
    return pgns;
}
