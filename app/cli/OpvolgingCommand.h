// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// opvolging [--peildatum YYYY-MM-DD] [--json]: what the meldingen still ask of the coordinator
// (van-signaal-naar-melding §7).
class OpvolgingCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpvolgingCommand)

public:
    QString name() const override { return QStringLiteral("opvolging"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
