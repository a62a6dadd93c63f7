// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// Records what the coordinator did with one signal: in behandeling, gemeld, niet melden.
class SignaalCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignaalCommand)

public:
    QString name() const override { return QStringLiteral("signaal"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
