// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/TeamRepository.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The members of a team database, managed by its beheerder. A member is a PostgreSQL login:
// the server checks who someone is and, through the group role the login is made a member of,
// what it may read and write (migration 12); Verzuimdesk checks the same first, in words.
// Changing a member's role or removing them changes that membership, so every right goes along.
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
    // Makes the login a member of the role's group on the server, or of none.
    Status setServerRole(const QString& login, std::optional<Role> role);

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
