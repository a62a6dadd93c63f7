// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

// The purges done on a SQLite database, kept beside its backups (`school.sqlite.backups/
// opschoningen.json`), where putting a backup in place cannot take them away: when, and with
// which cut-off — never whom. RestoreService applies them again to a restored backup (which
// holds the leerlingen a later purge removed); BackupStore removes the backups made before a
// purge once its undo window has passed.
class PurgeLedger
{
    Q_DECLARE_TR_FUNCTIONS(PurgeLedger)

public:
    struct Purge
    {
        QDateTime at;
        QDate cutoff; // leerlingen whose every inschrijving ended before it were removed

        friend bool operator==(const Purge&, const Purge&) = default;
    };

    // How long the backups made before a purge stay, and the files herstel set aside.
    static constexpr int kUndoDays = 30;

    static Status record(const QString& databasePath, const Purge& purge);
    // Oldest first; none when nothing was ever purged.
    static Result<QList<Purge>> read(const QString& databasePath);
};
