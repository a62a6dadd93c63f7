// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionService.h"

#include "services/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/SignalStore.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

ExportTable PurgeReport::table() const
{
    ExportTable table{RetentionService::tr("Removed"),
                      {RetentionService::tr("PGN"), RetentionService::tr("Name"),
                       RetentionService::tr("Last enrolled on"),
                       RetentionService::tr("Absence records"), RetentionService::tr("Meldingen"),
                       RetentionService::tr("Notes")},
                      {}};
    for (const PurgeCandidate& c : removed) {
        table.rows.append(
            {c.pgn, c.name, c.lastEnrolledOn, c.absenceRecords, c.meldingen, c.notes});
    }
    return table;
}

RetentionService::RetentionService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<int> RetentionService::retentionYears() const
{
    const auto years = RetentionRepository(m_db).retentionYears();
    if (!years)
        return Error{years.error()};
    return years->value_or(kDefaultYears);
}

Status RetentionService::setRetentionYears(int years)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageSettings);
        !allowed)
        return allowed;
    // Below 2 years a leerling who left could still be a leerplicht case being handled.
    if (years < 2 || years > 100)
        return Error{tr("The retention period is between 2 and 100 years; %1 is not.").arg(years)};
    return m_db.transaction([&]() -> Status {
        m_db.announce(&ChangeNotifier::schoolChanged);
        const auto updated = RetentionRepository(m_db).setRetentionYears(years);
        if (!updated)
            return Error{updated.error()};
        if (!*updated)
            return Error{
                tr("Import the school first; the retention period is one of its settings.")};
        return AuditLog(m_db).append(
            {m_user, u"bewaartermijn gewijzigd"_s, QString(), u"%1 jaar"_s.arg(years)});
    });
}

Result<QDate> RetentionService::cutoff() const
{
    const auto years = retentionYears();
    if (!years)
        return Error{years.error()};
    return m_clock.today().addYears(-*years);
}

Result<QList<PurgeCandidate>> RetentionService::preview() const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::Purge); !allowed)
        return Error{allowed.error()};
    const auto day = cutoff();
    if (!day)
        return Error{day.error()};
    return RetentionRepository(m_db).leftBefore(*day);
}

Result<PurgeReport> RetentionService::purge(const QList<PurgeCandidate>& confirmed,
                                            BackupStore& backups)
{
    const auto now = preview();
    if (!now)
        return Error{now.error()};
    if (*now != confirmed) {
        return Error{tr("Nothing was removed: the leerlingen to remove changed since the "
                        "preview. Look at the preview again.")};
    }
    const auto day = cutoff();
    if (!day)
        return Error{day.error()};
    PurgeReport report{*day, QString(), confirmed};
    if (confirmed.isEmpty())
        return report;
    auto backup = backups.create(u"opschonen"_s);
    if (!backup)
        return Error{tr("Nothing was removed: %1").arg(backup.error())};
    report.backup = *backup;
    const Status removed = m_db.transaction([&]() -> Status {
        // Looked at again inside the transaction: what is removed is what was confirmed.
        const auto current = RetentionRepository(m_db).leftBefore(*day);
        if (!current)
            return Error{current.error()};
        if (*current != confirmed)
            return Error{tr("the leerlingen to remove changed since the preview.")};
        if (Status gone = remove(confirmed); !gone)
            return gone;
        return AuditLog(m_db).append(
            {m_user, u"opgeschoond"_s, QString(),
             u"%1 leerling(en) verwijderd; inschrijving beëindigd vóór %2"_s.arg(confirmed.size())
                 .arg(Dates::toDutch(*day))});
    });
    if (!removed)
        return Error{tr("Nothing was removed: %1").arg(removed.error())};
    // secure_delete has overwritten them in the new pages; the WAL still has the old ones.
    if (Status forgotten = m_db.truncateWal(); !forgotten)
        return Error{forgotten.error()};
    // Beside the backups, so that a backup put in place later is purged again (a team's server
    // keeps its own backups, and what its IT department restores is theirs to purge).
    if (!m_db.dialect().isPostgres()) {
        if (Status recorded = PurgeLedger::record(m_db.location(), {m_clock.now(), *day});
            !recorded)
            return Error{tr("The leerlingen were removed, but a backup put in place later would "
                            "bring them back: %1")
                             .arg(recorded.error())};
    }
    return report;
}

Result<int> RetentionService::purgeAgain(const QList<PurgeLedger::Purge>& purges)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::Purge); !allowed)
        return Error{allowed.error()};
    int removedCount = 0;
    const Status removed = m_db.transaction([&]() -> Status {
        for (const PurgeLedger::Purge& purge : purges) {
            const auto again = RetentionRepository(m_db).leftBefore(purge.cutoff);
            if (!again)
                return Error{again.error()};
            if (again->isEmpty())
                continue;
            if (Status gone = remove(*again); !gone)
                return gone;
            removedCount += int(again->size());
            if (Status recorded = AuditLog(m_db).append(
                    {m_user, u"opnieuw opgeschoond"_s, QString(),
                     u"%1 leerling(en) verwijderd na herstel van een reservekopie; inschrijving "
                     u"beëindigd vóór %2 (opgeschoond op %3)"_s.arg(again->size())
                         .arg(Dates::toDutch(purge.cutoff), Dates::toDutch(purge.at.date()))});
                !recorded)
                return recorded;
        }
        return {};
    });
    if (!removed)
        return Error{removed.error()};
    if (Status forgotten = m_db.truncateWal(); !forgotten)
        return Error{forgotten.error()};
    return removedCount;
}

// Everything else about a leerling goes with them (ON DELETE CASCADE), their stored signals too.
// The audit trail keeps its entries, with the PGN and details cleared: that it happened, not to
// whom. Inside the caller's transaction.
Status RetentionService::remove(const QList<PurgeCandidate>& leerlingen)
{
    RetentionRepository retention(m_db);
    AuditLog audit(m_db);
    SignalStore signals(m_db);
    QStringList removed;
    for (const PurgeCandidate& leerling : leerlingen) {
        if (Status deleted = retention.remove(leerling.pgn); !deleted)
            return deleted;
        if (Status cleared = audit.forget(leerling.pgn); !cleared)
            return cleared;
        if (Status forgotten = signals.forgetLeerling(leerling.pgn); !forgotten)
            return forgotten;
        removed.append(leerling.pgn);
    }
    m_db.announce(&ChangeNotifier::leerlingenChanged, removed);
    return {};
}
