// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/DuoConnection.h"

// The school's one DUO connection setting.
class DuoConnectionRepository
{
public:
    explicit DuoConnectionRepository(Database& database)
        : m_db(database)
    {
    }

    // An unconfigured connection when none was saved.
    Result<DuoConnection> load() const;
    // Call inside a transaction (SubmissionService::saveConnection).
    Status save(const DuoConnection& connection);

private:
    Database& m_db;
};
