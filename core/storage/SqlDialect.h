// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The only place where SQL differs between SQLite and PostgreSQL. Everything else is written in
// the common subset (TEXT dates as YYYY-MM-DD, INSERT … ON CONFLICT … DO UPDATE).
class SqlDialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

    // Column type of a generated integer primary key.
    QString autoIncrementKey() const;
    // Column type of binary content (a stored PDF).
    QString blobType() const;
    // Statements run on every new connection.
    QStringList connectionSetup() const;
    // Statement that returns 1 row when the named table exists.
    QString tableExistsQuery() const;

private:
    Kind m_kind;
};
