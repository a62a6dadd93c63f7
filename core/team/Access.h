// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Leerling.h"
#include "domain/Role.h"
#include "domain/Signal.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

// What Access needs to know of today's signals: which leerlingen have one open (nieuw or in
// behandeling). Signals are computed by the services, a layer above, which pass this in.
class OpenSignals
{
public:
    virtual ~OpenSignals() = default;
    virtual Result<bool> has(const QString& pgn) const = 0;
    virtual Result<QSet<QString>> leerlingen() const = 0;
};

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
    static Result<Access> of(Database& database, const QString& user,
                             std::shared_ptr<const OpenSignals> openSignals);

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
    // The same, asking OpenSignals (only for a scoped role).
    Result<std::optional<QSet<QString>>> scopeToday() const;
    // Of `leerlingen`, the ones the role may see.
    Result<QList<Leerling>> visible(QList<Leerling> leerlingen) const;

private:
    Access(Database& database, QString user, Role role,
           std::shared_ptr<const OpenSignals> openSignals);
    // The scope besides the open signals: assigned, or with an open melding.
    Result<QSet<QString>> scopeWithoutSignals() const;

    Database* m_db;
    QString m_user;
    Role m_role;
    std::shared_ptr<const OpenSignals> m_openSignals;
};
