// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalWorkService.h"

#include "services/Permissions.h"

#include "storage/SignalWorkRepository.h"
#include "util/Dates.h"

#include <algorithm>

SignalWorkService::SignalWorkService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<QList<TrackedSignal>> SignalWorkService::track(const QList<Signal>& current) const
{
    // Members only; a verzuimmedewerker's list holds their scope, which the tracked signals
    // themselves help decide (an open one brings its leerling in).
    const auto access = Permissions::of(m_db, m_user, m_clock);
    if (!access)
        return Error{access.error()};
    const auto work = SignalWorkRepository(m_db).all();
    if (!work)
        return Error{work.error()};
    QList<TrackedSignal> tracked;
    tracked.reserve(current.size());
    for (const Signal& signal : current)
        tracked.append({signal, work->value(SignalKey::of(signal))});
    const auto scope = access->scope(tracked);
    if (!scope)
        return Error{scope.error()};
    if (const auto& visible = *scope)
        tracked.removeIf([&](const TrackedSignal& t) { return !visible->contains(t.signal.pgn); });
    return tracked;
}

Status SignalWorkService::setStatus(const QList<Signal>& current, const SignalKey& key,
                                    SignalStatus status, const QString& reason)
{
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::EditLeerling, key.pgn);
        !allowed)
        return allowed;
    const bool exists = std::any_of(current.cbegin(), current.cend(),
                                    [&](const Signal& s) { return SignalKey::of(s) == key; });
    if (!exists) {
        return Error{tr("There is no signal %1 for %2 starting %3.")
                         .arg(SignalKinds::key(key.kind), key.pgn, Dates::toDutch(key.startDate))};
    }
    if (status == SignalStatus::NotReported && reason.trimmed().isEmpty())
        return Error{tr("Give the reason why this signal is not reported.")};
    return m_db.transaction([&] {
        m_db.announce(&ChangeNotifier::signalWorkChanged, key.pgn);
        return SignalWorkRepository(m_db).save(key,
                                               {status, reason.trimmed(), m_user, m_clock.now()});
    });
}
