// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

class SignalenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignalenCommand)

public:
    QString name() const override { return QStringLiteral("signalen"); }
    QString summary() const override;
    DatabaseUse databaseUse() const override { return DatabaseUse::OpenedCheckedWhileReading; }
    int run(CliContext& context) override;
};
