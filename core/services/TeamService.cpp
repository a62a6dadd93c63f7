// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamService.h"

#include "services/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Logins are the names people are known by in the audit trail and in lists: only plain ones.
bool isPlainLogin(const QString& login)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_.-]{0,62}$"_s);
    return plain.match(login).hasMatch();
}

} // namespace

TeamService::TeamService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status TeamService::requireTeamDatabase() const
{
    if (m_db.dialect().isPostgres())
        return {};
    return Error{tr("Users and roles belong to a team database on PostgreSQL; a SQLite file has "
                    "one user, who is its beheerder.")};
}

Status TeamService::join()
{
    if (!m_db.dialect().isPostgres())
        return {};
    // A member with read-only rights must be able to open the database: look first, and lock
    // (which needs write rights) only when there is no member yet.
    const auto existing = TeamRepository(m_db).all();
    if (!existing)
        return Error{existing.error()};
    if (!existing->isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        // Locked, so that two first logins at the same moment do not both become beheerder.
        if (auto locked = m_db.exec(u"LOCK TABLE gebruikers IN EXCLUSIVE MODE"_s); !locked)
            return Error{locked.error()};
        const auto members = TeamRepository(m_db).all();
        if (!members)
            return Error{members.error()};
        if (!members->isEmpty())
            return {};
        const QDateTime now = m_clock.now();
        if (Status added = TeamRepository(m_db).upsert({m_user, Role::Beheerder, now, m_user});
            !added)
            return added;
        return AuditLog(m_db).append({m_user, u"eerste beheerder"_s, QString(),
                                      u"%1 opende de nieuwe teamdatabase"_s.arg(m_user)});
    });
}

Result<QList<TeamMember>> TeamService::members() const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageUsers);
        !allowed)
        return Error{allowed.error()};
    return TeamRepository(m_db).all();
}

Status TeamService::add(const QString& login, Role role)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageUsers);
        !allowed)
        return allowed;
    if (!isPlainLogin(login))
        return Error{tr("'%1' is not a PostgreSQL login name Verzuimdesk accepts: lower-case "
                        "letters, digits, _, . and -.")
                         .arg(login)};
    if (login == m_user && role != Role::Beheerder)
        return Error{tr("You cannot take your own beheerder role away; another beheerder can.")};
    return m_db.transaction([&]() -> Status {
        m_db.announce(&ChangeNotifier::teamChanged);
        const QDateTime now = m_clock.now();
        if (Status stored = TeamRepository(m_db).upsert({login, role, now, m_user}); !stored)
            return stored;
        if (Status granted = setServerRole(login, role); !granted)
            return granted;
        return AuditLog(m_db).append({m_user, u"gebruiker toegevoegd"_s, QString(),
                                      u"%1 als %2"_s.arg(login, Roles::key(role))});
    });
}

Status TeamService::setServerRole(const QString& login, std::optional<Role> role)
{
    // The owner role's function changes the login's membership of the role groups, whoever
    // granted it before (migration 12).
    auto set = role ? m_db.exec(u"SELECT teamrol_zetten(?, ?)"_s, {login, Roles::key(*role)})
                    : m_db.exec(u"SELECT teamrol_zetten(?, NULL)"_s, {login});
    if (!set) {
        return Error{tr("The server refused to change the rights of %1 (does the login exist? "
                        "Your IT department creates logins): %2")
                         .arg(login, set.error())};
    }
    return {};
}

Status TeamService::remove(const QString& login)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageUsers);
        !allowed)
        return allowed;
    if (login == m_user)
        return Error{tr("You cannot remove yourself; another beheerder can.")};
    return m_db.transaction([&]() -> Status {
        m_db.announce(&ChangeNotifier::teamChanged);
        if (Status removed = TeamRepository(m_db).remove(login); !removed)
            return removed;
        if (Status revoked = setServerRole(login, std::nullopt); !revoked)
            return revoked;
        return AuditLog(m_db).append({m_user, u"gebruiker verwijderd"_s, QString(), login});
    });
}

Status TeamService::assign(const QString& pgn, const QString& login, bool assigned)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageUsers);
        !allowed)
        return allowed;
    const auto member = TeamRepository(m_db).roleOf(login);
    if (!member)
        return Error{member.error()};
    if (!member->has_value())
        return Error{tr("%1 is not a member of this team database.").arg(login)};
    const auto leerling = LeerlingRepository(m_db).find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    return m_db.transaction([&]() -> Status {
        m_db.announce(&ChangeNotifier::teamChanged);
        TeamRepository team(m_db);
        if (Status changed = assigned ? team.assign(pgn, login) : team.unassign(pgn, login);
            !changed)
            return changed;
        return AuditLog(m_db).append(
            {m_user, assigned ? u"leerling toegewezen"_s : u"toewijzing ingetrokken"_s, pgn,
             login});
    });
}
