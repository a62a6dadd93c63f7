// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

// QtSql's own SQLite connection, for what QtSql does not offer (online backup) or does slowly
// (bulk reads and writes). Debian's QSQLITE links the same libsqlite3 we do. Null for other
// drivers.
inline sqlite3* sqliteHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}
