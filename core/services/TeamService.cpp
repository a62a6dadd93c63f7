// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamService.h"

#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "team/Access.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Logins go into GRANT statements, which take no parameters: only plain names pass.
bool isPlainLogin(const QString& login)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_.-]{0,62}$"_s);
    return plain.match(login).hasMatch();
}

// The schema of Verzuimdesk's tables, quoted for GRANT and REVOKE.
QString quotedSchema(const Database& database)
{
    const QString schema = database.dialect().schema();
    return u"\"%1\""_s.arg(schema.isEmpty() ? u"public"_s : schema);
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
    if (Status allowed = Access::check(m_db, m_user, m_clock, Permission::ManageUsers); !allowed)
        return Error{allowed.error()};
    return TeamRepository(m_db).all();
}

Status TeamService::add(const QString& login, Role role)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Access::check(m_db, m_user, m_clock, Permission::ManageUsers); !allowed)
        return allowed;
    if (!isPlainLogin(login))
        return Error{tr("'%1' is not a PostgreSQL login name Verzuimdesk accepts: lower-case "
                        "letters, digits, _, . and -.")
                         .arg(login)};
    if (login == m_user && role != Role::Beheerder)
        return Error{tr("You cannot take your own beheerder role away; another beheerder can.")};
    return m_db.transaction([&]() -> Status {
        const QDateTime now = m_clock.now();
        if (Status stored = TeamRepository(m_db).upsert({login, role, now, m_user}); !stored)
            return stored;
        if (Status granted = grantPrivileges(login, role); !granted)
            return granted;
        return AuditLog(m_db).append({m_user, u"gebruiker toegevoegd"_s, QString(),
                                      u"%1 als %2"_s.arg(login, Roles::key(role))});
    });
}

Status TeamService::grantPrivileges(const QString& login, Role role)
{
    const QString schema = quotedSchema(m_db);
    const QString who = u"\"%1\""_s.arg(login);
    const bool beheerder = role == Role::Beheerder;
    const QString changes =
        role == Role::AlleenLezen ? u"SELECT"_s : u"SELECT, INSERT, UPDATE, DELETE"_s;
    // A beheerder may pass the rights on (to add members without owning the tables).
    const QString passOn = beheerder ? u" WITH GRANT OPTION"_s : QString();
    QStringList statements{
        u"GRANT USAGE ON SCHEMA %1 TO %2%3"_s.arg(schema, who, passOn),
        u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(schema, who),
        u"GRANT %1 ON ALL TABLES IN SCHEMA %2 TO %3%4"_s.arg(changes, schema, who, passOn),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2%3"_s.arg(schema, who, passOn),
        // Everyone leaves a trace (an alleen-lezen user opening a dossier too); nobody erases
        // one. Only a beheerder's purge may clear a removed leerling's PGN (see migration 8).
        u"REVOKE UPDATE, DELETE, TRUNCATE ON %1.audit FROM %2"_s.arg(schema, who),
        u"GRANT INSERT ON %1.audit TO %2%3"_s.arg(schema, who, passOn),
    };
    if (beheerder) {
        statements << u"GRANT UPDATE (pgn) ON %1.audit TO %2 WITH GRANT OPTION"_s.arg(schema, who);
    } else {
        // Who is on the team, who sees whom, and where meldingen go: the beheerder's tables.
        for (const QString& table : {u"gebruikers"_s, u"toewijzingen"_s, u"duo_koppeling"_s}) {
            statements << u"REVOKE INSERT, UPDATE, DELETE ON %1.%2 FROM %3"_s.arg(schema, table,
                                                                                  who);
        }
    }
    for (const QString& sql : statements) {
        if (auto done = m_db.exec(sql); !done) {
            return Error{tr("The server refused the privileges for %1 (does the login exist? "
                            "Your IT department creates logins): %2")
                             .arg(login, done.error())};
        }
    }
    // PostgreSQL only warns when a GRANT gives nothing (a beheerder without the right to pass it
    // on); ask the server what the login can do now.
    auto granted = m_db.exec(
        u"SELECT has_schema_privilege(?, ?, 'USAGE') AND has_table_privilege(?, ?, 'SELECT')"_s,
        {login, schema.mid(1, schema.size() - 2), login, u"%1.leerlingen"_s.arg(schema)});
    if (!granted || !granted->next() || !granted->value(0).toBool()) {
        return Error{tr("The server did not give %1 the rights to the school's tables; ask the "
                        "owner of the database to add them.")
                         .arg(login)};
    }
    return {};
}

Status TeamService::remove(const QString& login)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Access::check(m_db, m_user, m_clock, Permission::ManageUsers); !allowed)
        return allowed;
    if (login == m_user)
        return Error{tr("You cannot remove yourself; another beheerder can.")};
    return m_db.transaction([&]() -> Status {
        if (Status removed = TeamRepository(m_db).remove(login); !removed)
            return removed;
        if (isPlainLogin(login)) {
            if (auto revoked = m_db.exec(u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM \"%2\""_s.arg(
                    quotedSchema(m_db), login));
                !revoked)
                return Error{revoked.error()};
        }
        return AuditLog(m_db).append({m_user, u"gebruiker verwijderd"_s, QString(), login});
    });
}

Status TeamService::assign(const QString& pgn, const QString& login, bool assigned)
{
    if (Status team = requireTeamDatabase(); !team)
        return team;
    if (Status allowed = Access::check(m_db, m_user, m_clock, Permission::ManageUsers); !allowed)
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
        TeamRepository team(m_db);
        if (Status changed = assigned ? team.assign(pgn, login) : team.unassign(pgn, login);
            !changed)
            return changed;
        return AuditLog(m_db).append(
            {m_user, assigned ? u"leerling toegewezen"_s : u"toewijzing ingetrokken"_s, pgn,
             login});
    });
}
