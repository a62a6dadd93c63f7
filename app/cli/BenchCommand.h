// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// bench: measures import, signal computation, the GUI's start and memory on the school in --db,
// against the targets of docs/performance.md, on a copy of the database.
class BenchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    DatabaseUse databaseUse() const override { return DatabaseUse::PathOnly; }
    int run(CliContext& context) override;
};
