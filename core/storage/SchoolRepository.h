// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/School.h"

#include <optional>

// The school's settings, calendar and code table.
class SchoolRepository
{
public:
    explicit SchoolRepository(Database& database)
        : m_db(database)
    {
    }

    Result<std::optional<School>> load() const;
    // Replaces the school, its vakanties and vrije dagen; codes are added or updated (a code
    // in use by records is never dropped). Call inside a transaction.
    Status save(const School& school);

private:
    Database& m_db;
};
