// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreService.h"

#include "RetentionService.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/PurgeLedger.h"

Result<RestoreOutcome> RestoreService::restore(const QString& databasePath,
                                               const QString& backupPath, const Clock& clock)
{
    // Read first: a record that cannot be read must not be found out after the backup is in.
    const auto purges = PurgeLedger::read(databasePath);
    if (!purges)
        return Error{tr("Nothing was restored: %1").arg(purges.error())};
    auto replaced = BackupStore::restore(databasePath, backupPath, clock);
    if (!replaced)
        return replaced.failure();
    RestoreOutcome outcome{*replaced, 0};
    if (purges->isEmpty())
        return outcome;
    const auto purgeAgain = [&]() -> Result<int> {
        auto database = Database::open(databasePath, {-1, &clock});
        if (!database)
            return Error{database.error()};
        return RetentionService(**database, clock, (*database)->userName()).purgeAgain(*purges);
    };
    const auto purged = purgeAgain();
    if (!purged)
        return Error{tr("The backup is in place, but the leerlingen purged since it was made "
                        "could not be removed again: %1. Open the database and remove them "
                        "(Administration → Remove leerlingen past the retention period…, or "
                        "verzuimdesk-cli opschonen) before anyone works with it.")
                         .arg(purged.error())};
    outcome.purgedAgain = *purged;
    return outcome;
}

QString RestoreOutcome::purgedAgainNote() const
{
    if (purgedAgain == 0)
        return {};
    return RestoreService::tr("%n leerling(en) whom a purge after the backup had removed were "
                              "removed again; the audit trail records it.",
                              nullptr, purgedAgain);
}
