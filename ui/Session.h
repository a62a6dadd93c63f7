// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Clock;
class Database;

// What every screen works with: the open database, the clock and who is working.
struct Session
{
    Database& database;
    const Clock& clock;
    QString user;
};
