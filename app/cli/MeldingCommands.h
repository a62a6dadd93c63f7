// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// concept --pgn PGN --soort SOORT --bereikt-op DATE [--json]: drafts the melding of a signal.
class ConceptCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConceptCommand)

public:
    QString name() const override { return QStringLiteral("concept"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// meldingen [--json]: every melding with leerling, DUO number, status and dates.
class MeldingenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeldingenCommand)

public:
    QString name() const override { return QStringLiteral("meldingen"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// melding ID [--json] [--zet veld=waarde]… [--status S] [--meldingsnummer N] [--intrekken R]
// [--kopie] [--versies] [--verschil A,B]: shows, changes and follows one melding.
class MeldingCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MeldingCommand)

public:
    QString name() const override { return QStringLiteral("melding"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// toestemming --pgn PGN ja|nee: a leerling of 18+ agrees (or not) that the parents' contact
// data is sent along with a melding.
class ConsentCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConsentCommand)

public:
    QString name() const override { return QStringLiteral("toestemming"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
