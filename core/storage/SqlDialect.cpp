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
    if (m_kind == Kind::Postgres)
        return {u"SET client_encoding = 'UTF8'"_s};
    // WAL keeps readers going during an import; synchronous=FULL makes every committed
    // transaction survive a power cut; foreign keys are off in SQLite unless asked for.
    return {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
            u"PRAGMA synchronous = FULL"_s, u"PRAGMA busy_timeout = 10000"_s};
}

QString SqlDialect::tableExistsQuery() const
{
    return m_kind == Kind::Sqlite
               ? u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s
               : u"SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"_s;
}
