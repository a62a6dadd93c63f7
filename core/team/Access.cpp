// SPDX-License-Identifier: GPL-3.0-or-later
#include "Access.h"

#include "domain/Melding.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "storage/LeerlingRepository.h"
#include "storage/TeamRepository.h"
#include "util/Clock.h"

using namespace Qt::StringLiterals;

namespace {

bool isOpen(SignalStatus status)
{
    return status == SignalStatus::New || status == SignalStatus::InProgress;
}

// The statuses after which a melding is done with; every other one keeps the leerling in scope.
QVariantList closedMeldingStatuses()
{
    return {MeldingStatuses::key(MeldingStatus::Afgesloten),
            MeldingStatuses::key(MeldingStatus::TerKennisgevingAangenomen),
            MeldingStatuses::key(MeldingStatus::Ingetrokken)};
}

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

Access::Access(Database& database, QString user, Role role, const Clock& clock)
    : m_db(&database)
    , m_user(std::move(user))
    , m_role(role)
    , m_clock(&clock)
{
}

Result<Access> Access::of(Database& database, const QString& user, const Clock& clock)
{
    if (!database.dialect().isPostgres())
        return Access(database, user, Role::Beheerder, clock);
    const auto role = TeamRepository(database).roleOf(user);
    if (!role)
        return Error{role.error()};
    if (!role->has_value()) {
        return Error{tr("%1 is not a member of this team database. Ask its beheerder to add you "
                        "(verzuimdesk-cli gebruiker).")
                         .arg(user)};
    }
    return Access(database, user, **role, clock);
}

Status Access::check(Database& database, const QString& user, const Clock& clock,
                     Permission permission, const QString& pgn)
{
    const auto access = of(database, user, clock);
    if (!access)
        return Error{access.error()};
    return pgn.isEmpty() ? access->require(permission) : access->requireLeerling(pgn, permission);
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
    const auto melding = hasOpenMelding(pgn);
    if (!melding || *melding)
        return melding;
    return hasOpenSignal(pgn);
}

Result<bool> Access::hasOpenMelding(const QString& pgn) const
{
    QVariantList values{pgn};
    values += closedMeldingStatuses();
    auto query =
        m_db->exec(u"SELECT 1 FROM meldingen WHERE pgn = ? AND status NOT IN (?, ?, ?)"_s, values);
    if (!query)
        return Error{query.error()};
    return query->next();
}

Result<bool> Access::hasOpenSignal(const QString& pgn) const
{
    SignalService signalService(*m_db, m_clock->today());
    const auto signalList = signalService.signalsOf(pgn);
    if (!signalList)
        return Error{signalList.error()};
    const auto tracked = SignalWorkService(*m_db, *m_clock, m_user).track(*signalList);
    if (!tracked)
        return Error{tracked.error()};
    return std::any_of(tracked->cbegin(), tracked->cend(),
                       [](const TrackedSignal& t) { return isOpen(t.work.status); });
}

Result<QList<Leerling>> Access::visibleLeerlingen(Database& database, const QString& user,
                                                  const Clock& clock)
{
    const auto access = of(database, user, clock);
    if (!access)
        return Error{access.error()};
    auto leerlingen = LeerlingRepository(database).all();
    if (!leerlingen)
        return Error{leerlingen.error()};
    const auto scope = access->scopeToday();
    if (!scope)
        return Error{scope.error()};
    if (const auto& visible = *scope)
        leerlingen->removeIf([&](const Leerling& l) { return !visible->contains(l.pgn); });
    return leerlingen;
}

Result<std::optional<QSet<QString>>> Access::scopeToday() const
{
    if (!Roles::isScoped(m_role))
        return std::optional<QSet<QString>>();
    SignalService signalService(*m_db, m_clock->today());
    const auto signalList = signalService.signals();
    if (!signalList)
        return Error{signalList.error()};
    const auto tracked = SignalWorkService(*m_db, *m_clock, m_user).track(*signalList);
    if (!tracked)
        return Error{tracked.error()};
    return scope(*tracked);
}

Result<std::optional<QSet<QString>>> Access::scope(const QList<TrackedSignal>& current) const
{
    if (!Roles::isScoped(m_role))
        return std::optional<QSet<QString>>();
    auto pgns = TeamRepository(*m_db).assignedTo(m_user);
    if (!pgns)
        return Error{pgns.error()};
    auto query = m_db->exec(u"SELECT DISTINCT pgn FROM meldingen WHERE status NOT IN (?, ?, ?)"_s,
                            closedMeldingStatuses());
    if (!query)
        return Error{query.error()};
    while (query->next())
        pgns->insert(query->value(0).toString());
    for (const TrackedSignal& t : current) {
        if (isOpen(t.work.status))
            pgns->insert(t.signal.pgn);
    }
    return std::optional<QSet<QString>>(std::move(*pgns));
}
