// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// invulhulp --melding ID --uit FILE.pdf: the melding as typed into DUO's verzuimloket.
class InvulhulpCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InvulhulpCommand)

public:
    QString name() const override { return QStringLiteral("invulhulp"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// indienen --melding ID --kanaal loket --meldingsnummer N | --kanaal m2m [--wachtwoord-stdin]:
// records a submission through the loket, or sends the melding to DUO.
class IndienenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IndienenCommand)

public:
    QString name() const override { return QStringLiteral("indienen"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// uitgaand [--json] [--verwerken [--wachtwoord-stdin]]: the outbox; --verwerken sends what is
// due and asks DUO for the status of registered meldingen.
class UitgaandCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(UitgaandCommand)

public:
    QString name() const override { return QStringLiteral("uitgaand"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// koppeling [--adres URL --certificaat FILE.p12 [--ca FILE.pem] [--wachttijd S]]
// [--wachtwoord-stdin]: shows or sets the machine-to-machine connection with DUO.
class KoppelingCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KoppelingCommand)

public:
    QString name() const override { return QStringLiteral("koppeling"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
