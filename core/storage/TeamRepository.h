// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

struct TeamMember
{
    QString name; // the PostgreSQL login
    Role role = Role::AlleenLezen;
    QDateTime addedAt;
    QString addedBy;
};

// The users of a team database and the leerlingen assigned to them.
class TeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(Database& database)
        : m_db(database)
    {
    }

    Result<QList<TeamMember>> all() const; // by name
    // The member's role; nullopt for someone who is not a member.
    Result<std::optional<Role>> roleOf(const QString& name) const;
    Status upsert(const TeamMember& member);
    Status remove(const QString& name);

    Status assign(const QString& pgn, const QString& user);
    Status unassign(const QString& pgn, const QString& user);
    Result<QSet<QString>> assignedTo(const QString& user) const;
    // The verzuimmedewerkers the leerling is assigned to, by name.
    Result<QStringList> assigneesOf(const QString& pgn) const;
    Result<bool> isAssigned(const QString& pgn, const QString& user) const;

private:
    Database& m_db;
};
