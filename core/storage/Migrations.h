// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QStringList>

// The schema's history: migration N brings a database from version N-1 to N. Migrations are
// only ever appended; a released one is never edited.
namespace Migrations {

// The dialect's last version: its last migration with statements. A migration at the end for the
// other dialect only does not count, so that no database waits for a step that changes nothing
// (on a team database every step needs a migrator with the owner role, see migration 12).
int latestVersion(const SqlDialect& dialect);
// The statements of migration `version` (1-based) in the dialect.
QStringList statements(int version, const SqlDialect& dialect);

} // namespace Migrations
