// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// verzuimstaat --pgn PGN --van DATE --tot DATE --uit FILE.pdf [--met-geoorloofd]
class VerzuimstaatCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerzuimstaatCommand)

public:
    QString name() const override { return QStringLiteral("verzuimstaat"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// export meldingen|signalen|verzuim --uit FILE.xlsx|FILE.csv
class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
