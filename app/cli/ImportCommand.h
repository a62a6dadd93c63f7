// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
