// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/TeamRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The members of a team database, managed by its beheerder. A member is a PostgreSQL login:
// the server checks who someone is, Verzuimdesk what their role lets them do. Adding a member
// also grants their login the table privileges the role needs (read-only for alleen-lezen), and
// never UPDATE or DELETE on the audit trail.
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(TeamService)

public:
    TeamService(Database& database, const Clock& clock, QString user);

    // Called after opening: the first login on a new team database becomes its beheerder (someone
    // must be able to add the others). Does nothing on SQLite, where the one user is beheerder.
    Status join();

    Result<QList<TeamMember>> members() const;
    Status add(const QString& login, Role role);
    Status remove(const QString& login);
    // Puts a leerling in a verzuimmedewerker's scope, or takes them out.
    Status assign(const QString& pgn, const QString& login, bool assigned = true);

private:
    Status requireTeamDatabase() const;
    Status grantPrivileges(const QString& login, Role role);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
