// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

using namespace Qt::StringLiterals;

QString SqlDialect::autoIncrementKey() const
{
    return m_kind == Kind::Sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
                                  : u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s;
}

QString SqlDialect::blobType() const
{
    return m_kind == Kind::Sqlite ? u"BLOB"_s : u"BYTEA"_s;
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_kind == Kind::Postgres) {
        // Notices (e.g. "drop cascades to …") are not for the coordinator.
        QStringList setup{u"SET client_encoding = 'UTF8'"_s,
                          u"SET client_min_messages = warning"_s};
        if (!m_schema.isEmpty()) {
            // The name was checked to be plain (Database::openPostgres); quoted all the same.
            setup << u"SET search_path TO \"%1\""_s.arg(m_schema);
        }
        return setup;
    }
    // WAL keeps readers going during an import; synchronous=FULL makes every committed
    // transaction survive a power cut; foreign keys are off in SQLite unless asked for;
    // secure_delete overwrites what is deleted, so a purged leerling leaves no bytes behind
    // (Debian's SQLite has it on already; a SQLite built without it, such as Qt's own, not).
    return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
            u"PRAGMA synchronous = FULL"_s, u"PRAGMA busy_timeout = 10000"_s,
            u"PRAGMA secure_delete = ON"_s};
}

QString SqlDialect::anyTableQuery() const
{
    return m_kind == Kind::Sqlite
               ? u"SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1"_s
               : u"SELECT 1 FROM pg_tables WHERE schemaname = current_schema() LIMIT 1"_s;
}

QString SqlDialect::tableExistsQuery() const
{
    return m_kind == Kind::Sqlite
               ? u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s
               : u"SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = ?"_s;
}

QString SqlDialect::createSchemaStatement() const
{
    return m_schema.isEmpty() ? QString() : u"CREATE SCHEMA IF NOT EXISTS \"%1\""_s.arg(m_schema);
}
