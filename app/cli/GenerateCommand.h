// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// genereer: writes a realistic school in the exchange format, for demos and the benchmark.
class GenerateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("genereer"); }
    QString summary() const override;
    DatabaseUse databaseUse() const override { return DatabaseUse::None; }
    int run(CliContext& context) override;
};
