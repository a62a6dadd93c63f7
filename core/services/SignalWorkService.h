// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Signal.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The coordinator's work on signals: statuses with who and when, joined to freshly computed
// signals by their stable identity.
class SignalWorkService
{
    Q_DECLARE_TR_FUNCTIONS(SignalWorkService)

public:
    SignalWorkService(Database& database, const Clock& clock, QString user);

    Result<QList<TrackedSignal>> track(const QList<Signal>& current) const;

    // Sets the status of one of the `current` signals. "Niet melden" needs a reason, because
    // the leerplichtambtenaar may ask later why a legal threshold was not reported.
    Status setStatus(const QList<Signal>& current, const SignalKey& key, SignalStatus status,
                     const QString& reason);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
