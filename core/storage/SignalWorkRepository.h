// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Signal.h"

#include <QHash>

// The coordinator's work on signals, keyed by the signal's stable identity.
class SignalWorkRepository
{
public:
    explicit SignalWorkRepository(Database& database)
        : m_db(database)
    {
    }

    Status save(const SignalKey& key, const SignalWork& work);
    Result<QHash<SignalKey, SignalWork>> all() const;

private:
    Database& m_db;
};
