// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The ways a database file is found damaged in the field, done to a closed file: the rows of the
// damage matrix that every program entry point is tested against.
namespace FileDamage {

// random_bytes_page_2, random_bytes_middle, random_bytes_three_quarters, truncated_to_half,
// truncated_to_1000_bytes, page_1_overwritten, zero_bytes, foreign_sqlite, newer_schema.
QStringList kinds();
// A test's data: the column "damage" and a row named after each kind.
void addRows();
// Does `kind` to the SQLite file at `path` (its WAL checkpointed first). False when it could not.
bool apply(const QString& kind, const QString& path);

} // namespace FileDamage
