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

    // `schema`: PostgreSQL's schema for Verzuimdesk's tables (empty: the server's default).
    explicit SqlDialect(Kind kind, QString schema = {})
        : m_kind(kind)
        , m_schema(std::move(schema))
    {
    }
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // Column type of a generated integer primary key.
    QString autoIncrementKey() const;
    // Column type of binary content (a stored PDF).
    QString blobType() const;
    // Statements run on every new connection.
    QStringList connectionSetup() const;
    // PostgreSQL: the statement that makes the schema, run only when it is missing (team members
    // may use a schema without the right to create one). Empty when there is nothing to make.
    QString createSchemaStatement() const;
    QString schema() const { return m_schema; }
    // Statement that returns a row when the database (PostgreSQL: its schema) holds any table.
    QString anyTableQuery() const;
    // Statement that returns 1 row when the named table exists.
    QString tableExistsQuery() const;

private:
    Kind m_kind;
    QString m_schema;
};
