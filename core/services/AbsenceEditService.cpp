// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceEditService.h"

#include "services/Permissions.h"

#include "storage/AbsenceRepository.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxMinutesPerDay = 24 * 60;
} // namespace

QString describeDay(const QList<AbsenceRecord>& records)
{
    if (records.isEmpty())
        return AbsenceEditService::tr("nothing recorded");
    QStringList parts;
    for (const AbsenceRecord& r : records) {
        parts.append(AbsenceEditService::tr("%1 %2 min%3")
                         .arg(r.code)
                         .arg(r.minutes)
                         .arg(r.wholeDay ? AbsenceEditService::tr(", whole day") : QString()));
    }
    return parts.join(u"; "_s);
}

AbsenceEditService::AbsenceEditService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<QList<AbsenceRecord>> AbsenceEditService::day(const QString& pgn, const QDate& date) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    return AbsenceRepository(m_db).onDay(pgn, date);
}

Status AbsenceEditService::check(const QString& pgn, const QDate& date,
                                 const QList<AbsenceRecord>& records) const
{
    auto leerling = LeerlingRepository(m_db).find(pgn);
    auto school = SchoolRepository(m_db).load();
    if (!leerling || !school)
        return Error{!leerling ? leerling.error() : school.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    if (!school->has_value())
        return Error{tr("No school has been imported yet.")};
    for (const AbsenceRecord& r : records) {
        if (r.pgn != pgn || r.date != date)
            return Error{tr("A record belongs to another leerling or day.")};
        if (!(*school)->codes.find(r.code))
            return Error{tr("Code '%1' is not in the school's code table.").arg(r.code)};
        if (r.minutes < 0 || r.minutes > kMaxMinutesPerDay || r.lesuren < 0)
            return Error{tr("%1 minutes or %2 lesuren cannot be right for one day.")
                             .arg(r.minutes)
                             .arg(r.lesuren)};
    }
    const int dayTotal =
        std::accumulate(records.cbegin(), records.cend(), 0,
                        [](int sum, const AbsenceRecord& r) { return sum + r.minutes; });
    if (dayTotal > kMaxMinutesPerDay)
        return Error{
            tr("Together the records hold %1 minutes, more than a day has.").arg(dayTotal)};
    return {};
}

Result<QList<AbsenceRecord>> AbsenceEditService::replaceDay(const QString& pgn, const QDate& date,
                                                            const QList<AbsenceRecord>& records)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::EditLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    if (Status valid = check(pgn, date, records); !valid)
        return Error{valid.error()};
    QList<AbsenceRecord> before;
    const Status stored = m_db.transaction([&]() -> Status {
        AbsenceRepository absences(m_db);
        auto previous = absences.onDay(pgn, date);
        if (!previous)
            return Error{previous.error()};
        before = *previous;
        m_db.announce(&ChangeNotifier::absencesChanged, QStringList{pgn});
        Status s = absences.clearDay(pgn, date);
        if (s)
            s = absences.replaceDays(records);
        if (s) {
            s = AuditLog(m_db).append(
                {m_user, u"absentie gewijzigd"_s, pgn,
                 tr("%1: %2 became %3")
                     .arg(Dates::toDutch(date), describeDay(before), describeDay(records))});
        }
        return s;
    });
    if (!stored)
        return Error{stored.error()};
    return before;
}
