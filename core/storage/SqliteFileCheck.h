// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <chrono>

// Looks at a SQLite file before anything trusts it: damage already in a file must be found before
// it is written to or backed up over good backups. Works on its own read-only connection, so it
// can look at a file nothing has opened (a backup, a database before it is opened).
class SqliteFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFileCheck)

public:
    enum class Depth
    {
        // The header and size, then SQLite's quick_check table by table until the budget is
        // spent: a large file is checked whole by its next backup's integrity check.
        Quick,
        // integrity_check: every page, every index entry.
        Full,
    };

    // Ok, or an ErrorKind::DamagedDatabase error saying in Dutch what is wrong with the file.
    static Status check(const QString& path, Depth depth,
                        std::chrono::milliseconds budget = std::chrono::milliseconds::zero());

    // The schema version of the Verzuimdesk database at `path`; an error when it is not one, or
    // one of a schema newer than this program knows.
    static Result<int> verzuimdeskSchema(const QString& path);

    // Whether the file differs from the state this program last left it in (or last checked it
    // fully): then the next open checks it fully. A leftover WAL means a program stopped midway.
    static bool changedSinceLastKnown(const QString& path);
    // Remembers the file's present state as known good.
    static void rememberState(const QString& path);
};
