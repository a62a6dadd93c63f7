// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include <memory>

// A login on the test server that exists only for one test, dropped afterwards (after the test's
// schema and its roles): a team member typing SQL or running the services as themselves.
class TestLogin
{
public:
    TestLogin();
    ~TestLogin();
    TestLogin(const TestLogin&) = delete;
    TestLogin& operator=(const TestLogin&) = delete;

    const QString& name() const { return m_name; }
    // The test database's location, logged in as this login.
    QString location(const TestDatabase& db) const;

private:
    QString m_name;
};

// The test database opened as `login`; nullptr (with a warning) when the server refuses.
std::unique_ptr<Database> openAs(const TestLogin& login, const TestDatabase& db);
