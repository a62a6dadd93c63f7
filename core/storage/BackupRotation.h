// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>

// Which backups to keep, as backup tools keep generations: the newest few whatever they are, and
// of the verified ones the newest of each recent day, week and month. The newest verified backup
// is always kept, so no run of damaged or unchecked backups can push out the last good one.
class BackupRotation
{
public:
    struct Backup
    {
        QDateTime made;
        bool verified = false;
    };

    static constexpr int kNewest = 10;
    static constexpr int kDays = 7;
    static constexpr int kWeeks = 5;
    static constexpr int kMonths = 12;

    // The indices into `backups` (newest first) to keep on `today`.
    static QSet<qsizetype> kept(const QList<Backup>& backups, const QDate& today,
                                int newest = kNewest);
};
