// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include "SignalService.h"
#include "SignalWorkService.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"

namespace {

// The signals of today as the user's work tracks them, computed only when a scoped role asks.
class TodaysOpenSignals : public OpenSignals
{
public:
    TodaysOpenSignals(Database& database, const Clock& clock, QString user)
        : m_db(database)
        , m_clock(clock)
        , m_user(std::move(user))
    {
    }

    Result<bool> has(const QString& pgn) const override
    {
        const auto open = openOf(SignalService(m_db, m_clock.today()).signalsOf(pgn));
        if (!open)
            return Error{open.error()};
        return !open->isEmpty();
    }

    Result<QSet<QString>> leerlingen() const override
    {
        return openOf(SignalService(m_db, m_clock.today()).signals());
    }

private:
    Result<QSet<QString>> openOf(const Result<QList<Signal>>& signalList) const
    {
        if (!signalList)
            return Error{signalList.error()};
        const auto tracked = SignalWorkService(m_db, m_clock, m_user).track(*signalList);
        if (!tracked)
            return Error{tracked.error()};
        QSet<QString> pgns;
        for (const TrackedSignal& t : *tracked) {
            if (SignalStatuses::isOpen(t.work.status))
                pgns.insert(t.signal.pgn);
        }
        return pgns;
    }

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};

} // namespace

namespace Permissions {

Result<Access> of(Database& database, const QString& user, const Clock& clock)
{
    return Access::of(database, user, std::make_shared<TodaysOpenSignals>(database, clock, user));
}

Status check(Database& database, const QString& user, const Clock& clock, Permission permission,
             const QString& pgn)
{
    const auto access = of(database, user, clock);
    if (!access)
        return Error{access.error()};
    return pgn.isEmpty() ? access->require(permission) : access->requireLeerling(pgn, permission);
}

Result<QList<Leerling>> visibleLeerlingen(Database& database, const QString& user,
                                          const Clock& clock)
{
    const auto access = of(database, user, clock);
    if (!access)
        return Error{access.error()};
    auto leerlingen = LeerlingRepository(database).all();
    if (!leerlingen)
        return Error{leerlingen.error()};
    return access->visible(std::move(*leerlingen));
}

} // namespace Permissions
