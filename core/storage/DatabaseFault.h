// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>

class QSqlError;

// A database error as the user can act on it: what went wrong and what to do, in Dutch, with
// the driver's own text only as a detail line.
struct DatabaseFault
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFault)

public:
    enum class Cause
    {
        ReadOnly,
        DiskFull,
        Locked,
        Damaged,
        CannotOpen,
        InputOutput,
        NoPermission,
        Other,
    };

    static DatabaseFault of(SqlDialect::Kind dialect, const QSqlError& error);
    // From a result code of the SQLite C API (the bulk readers and writers use it directly).
    static DatabaseFault ofSqlite(int resultCode, const QString& detail);

    // The message for the database at `location`.
    QString describe(const QString& location) const;

    Cause cause = Cause::Other;
    QString detail;
    ErrorKind kind = ErrorKind::Other;
};
