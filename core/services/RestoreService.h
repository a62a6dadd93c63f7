// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

struct RestoreOutcome
{
    QString replacedFile; // where the file it replaced was put; empty when there was none
    int purgedAgain = 0;  // leerlingen a purge after the backup had removed, removed again

    // For the user, when leerlingen were purged again; empty otherwise.
    QString purgedAgainNote() const;
};

// Puts a backup in place of a SQLite database (BackupStore::restore) and then applies the purges
// done since (PurgeLedger): a backup holds the leerlingen a later purge removed, and a restore
// must not bring them back. Each purge applied again is in the audit trail. The database must
// not be open; the one path for the CLI's herstel and the application's restores.
class RestoreService
{
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    static Result<RestoreOutcome> restore(const QString& databasePath, const QString& backupPath,
                                          const Clock& clock);
};
