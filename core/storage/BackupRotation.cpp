// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupRotation.h"

namespace {

// The newest verified backup of each of the `count` periods up to today; `periodOf` numbers
// periods so that today's is the highest.
template <typename PeriodOf>
void keepNewestPerPeriod(const QList<BackupRotation::Backup>& backups, const QDate& today,
                         int count, PeriodOf periodOf, QSet<qsizetype>& kept)
{
    const qint64 current = periodOf(today);
    QSet<qint64> covered;
    for (qsizetype i = 0; i < backups.size(); ++i) { // newest first
        if (!backups[i].verified)
            continue;
        const qint64 period = periodOf(backups[i].made.date());
        if (current - period >= count || covered.contains(period))
            continue;
        covered.insert(period);
        kept.insert(i);
    }
}

qint64 dayOf(const QDate& date)
{
    return date.toJulianDay();
}

// Weeks start on Monday, as lesweken do.
qint64 weekOf(const QDate& date)
{
    return (date.toJulianDay() - (date.dayOfWeek() - 1)) / 7;
}

qint64 monthOf(const QDate& date)
{
    return qint64(date.year()) * 12 + date.month() - 1;
}

} // namespace

QSet<qsizetype> BackupRotation::kept(const QList<Backup>& backups, const QDate& today, int newest)
{
    QSet<qsizetype> kept;
    for (qsizetype i = 0; i < std::min<qsizetype>(newest, backups.size()); ++i)
        kept.insert(i);
    for (qsizetype i = 0; i < backups.size(); ++i) {
        if (backups[i].verified) {
            kept.insert(i); // the newest verified one, however old
            break;
        }
    }
    keepNewestPerPeriod(backups, today, kDays, dayOf, kept);
    keepNewestPerPeriod(backups, today, kWeeks, weekOf, kept);
    keepNewestPerPeriod(backups, today, kMonths, monthOf, kept);
    return kept;
}
