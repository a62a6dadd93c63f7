// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/Invulhulp.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// A change to a melding DUO has registered (an einddatum given, a reden or an actie added): each
// saved change is a version, and a change to submit until the coordinator has passed it on
// (van-signaal-naar-melding §2, §6). Through the loket for now: DUO's machine-to-machine mutation,
// sent after fetching DUO's current version, belongs to the M2M message set.
class DuoChangeService
{
    Q_DECLARE_TR_FUNCTIONS(DuoChangeService)

public:
    DuoChangeService(Database& database, const Clock& clock, QString user);

    // What the loket must be told: the invulhulp of the change from the version DUO has to the
    // latest; no screens when there is nothing to pass on (or the melding is not open at DUO).
    Result<Invulhulp> pending(qint64 meldingId) const;
    // The same for a melding read through the user's scope (no second access check).
    Result<Invulhulp> pendingFor(const Melding& melding) const;
    // The coordinator saved the change in the loket: DUO now has the latest version.
    Result<Melding> confirmPassedOn(qint64 meldingId);

private:
    Result<Melding> versionAtDuo(const Melding& melding) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
