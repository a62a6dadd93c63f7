// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QStringList>

// The schema's history: migration N brings a database from version N-1 to N. Migrations are
// only ever appended; a released one is never edited.
namespace Migrations {

int latestVersion();
// The statements of migration `version` (1-based) in the dialect.
QStringList statements(int version, const SqlDialect& dialect);

} // namespace Migrations
