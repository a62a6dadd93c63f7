// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

// QtSql's own SQLite connection, for what QtSql does not offer (online backup) or does slowly
// (bulk reads and writes). Only when QSQLITE runs on the very SQLite we link: Debian's plugin
// uses the system library, but Qt's own builds bundle a copy, and a handle must never pass from
// one copy to another. Null otherwise, and for other drivers.
inline sqlite3* sqliteHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The plugin is loaded once per process, so one look at its SQLite's source id will do.
    static const bool sameLibrary = [&] {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
               query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return sameLibrary ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}
