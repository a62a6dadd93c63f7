// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

class LeerlingenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LeerlingenCommand)

public:
    QString name() const override { return QStringLiteral("leerlingen"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
