// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/School.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The school's settings as the Instellingen screen edits them: checked, stored in one
// transaction with an audit entry.
class SchoolService
{
    Q_DECLARE_TR_FUNCTIONS(SchoolService)

public:
    SchoolService(Database& database, const Clock& clock, QString user);

    // The stored school; nullopt on a new database (first start).
    Result<std::optional<School>> load() const;
    // Whether LRV and Doorstroompunt (RMC) cannot be judged: records without hele_dag and a
    // school without lestijden to tell their whole days (verzuimregels.md §4.2).
    Result<bool> wholeDaysUnknown() const;
    Status save(const School& school);
    // The first problem that keeps the settings from being stored, in Dutch; empty when none.
    static QString problem(const School& school);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
