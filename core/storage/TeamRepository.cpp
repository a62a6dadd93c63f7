// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamRepository.h"

using namespace Qt::StringLiterals;

Result<QList<TeamMember>> TeamRepository::all() const
{
    auto query = m_db.exec(
        u"SELECT naam, rol, toegevoegd_op, toegevoegd_door FROM gebruikers ORDER BY naam"_s);
    if (!query)
        return Error{query.error()};
    QList<TeamMember> members;
    while (query->next()) {
        const auto role = Roles::fromKey(query->value(1).toString());
        if (!role)
            return Error{tr("User %1 has an unknown role '%2'.")
                             .arg(query->value(0).toString(), query->value(1).toString())};
        members.append({query->value(0).toString(), *role,
                        QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs),
                        query->value(3).toString()});
    }
    return members;
}

Result<std::optional<Role>> TeamRepository::roleOf(const QString& name) const
{
    auto query = m_db.exec(u"SELECT rol FROM gebruikers WHERE naam = ?"_s, {name});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return std::optional<Role>();
    const auto role = Roles::fromKey(query->value(0).toString());
    if (!role)
        return Error{tr("User %1 has an unknown role '%2'.").arg(name, query->value(0).toString())};
    return role;
}

Status TeamRepository::upsert(const TeamMember& m)
{
    auto stored = m_db.exec(
        u"INSERT INTO gebruikers (naam, rol, toegevoegd_op, toegevoegd_door) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (naam) DO UPDATE SET rol = excluded.rol"_s,
        {m.name, Roles::key(m.role), m.addedAt.toString(Qt::ISODateWithMs), m.addedBy});
    return stored ? Status() : Status(Error{stored.error()});
}

Status TeamRepository::remove(const QString& name)
{
    auto removed = m_db.exec(u"DELETE FROM gebruikers WHERE naam = ?"_s, {name});
    return removed ? Status() : Status(Error{removed.error()});
}

Status TeamRepository::assign(const QString& pgn, const QString& user)
{
    auto stored = m_db.exec(u"INSERT INTO toewijzingen (pgn, gebruiker) VALUES (?, ?)"
                            " ON CONFLICT (pgn, gebruiker) DO NOTHING"_s,
                            {pgn, user});
    return stored ? Status() : Status(Error{stored.error()});
}

Status TeamRepository::unassign(const QString& pgn, const QString& user)
{
    auto removed =
        m_db.exec(u"DELETE FROM toewijzingen WHERE pgn = ? AND gebruiker = ?"_s, {pgn, user});
    return removed ? Status() : Status(Error{removed.error()});
}

Result<QSet<QString>> TeamRepository::assignedTo(const QString& user) const
{
    auto query = m_db.exec(u"SELECT pgn FROM toewijzingen WHERE gebruiker = ?"_s, {user});
    if (!query)
        return Error{query.error()};
    QSet<QString> pgns;
    while (query->next())
        pgns.insert(query->value(0).toString());
    return pgns;
}

Result<QStringList> TeamRepository::assigneesOf(const QString& pgn) const
{
    auto query =
        m_db.exec(u"SELECT gebruiker FROM toewijzingen WHERE pgn = ? ORDER BY gebruiker"_s, {pgn});
    if (!query)
        return Error{query.error()};
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<bool> TeamRepository::isAssigned(const QString& pgn, const QString& user) const
{
    auto query =
        m_db.exec(u"SELECT 1 FROM toewijzingen WHERE pgn = ? AND gebruiker = ?"_s, {pgn, user});
    if (!query)
        return Error{query.error()};
    return query->next();
}
