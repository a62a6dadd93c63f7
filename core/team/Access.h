// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Role.h"
#include "domain/Leerling.h"
#include "domain/Signal.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

class Clock;

// What the person at the keyboard may do, enforced by the services themselves (the screens only
// hide what this refuses). In single-user SQLite mode the one user is beheerder; in a team
// database their role comes from the gebruikers table, and someone who is not a member gets
// nothing. A verzuimmedewerker's scope — the seed's "Mag dat?" — is the leerlingen with an open
// signal (nieuw or in behandeling), an open melding (not yet afgesloten, ter kennisgeving
// aangenomen or ingetrokken), or assigned to them.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static Result<Access> of(Database& database, const QString& user, const Clock& clock);
    // The one-line check at the top of a service method: `user` may do `permission`, on the
    // leerling `pgn` when one is named.
    static Status check(Database& database, const QString& user, const Clock& clock,
                        Permission permission, const QString& pgn = {});
    // The leerlingen `user`'s lists show: every one, or a verzuimmedewerker's scope as of today.
    static Result<QList<Leerling>> visibleLeerlingen(Database& database, const QString& user,
                                                     const Clock& clock);

    const QString& user() const { return m_user; }
    Role role() const { return m_role; }
    bool allows(Permission permission) const { return Roles::allows(m_role, permission); }

    // Refuses, in words the user understands, what the role does not allow.
    Status require(Permission permission) const;
    // The permission, and for a scoped role also that the leerling is in scope.
    Status requireLeerling(const QString& pgn, Permission permission) const;
    Result<bool> inScope(const QString& pgn) const;
    // The leerlingen a list may show, given the school's signals as tracked today; nullopt when
    // the role sees every leerling.
    Result<std::optional<QSet<QString>>> scope(const QList<TrackedSignal>& current) const;
    // The same, computing today's signals itself (only for a scoped role).
    Result<std::optional<QSet<QString>>> scopeToday() const;

private:
    Access(Database& database, QString user, Role role, const Clock& clock);
    Result<bool> hasOpenMelding(const QString& pgn) const;
    Result<bool> hasOpenSignal(const QString& pgn) const;

    Database* m_db;
    QString m_user;
    Role m_role;
    const Clock* m_clock;
};
