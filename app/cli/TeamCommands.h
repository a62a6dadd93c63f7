// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// gebruikers: the members of a team database with their roles (beheerder).
class GebruikersCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GebruikersCommand)

public:
    QString name() const override { return QStringLiteral("gebruikers"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// gebruiker --naam LOGIN (--rol ROL | --verwijderen): adds a member, changes a role, removes one.
class GebruikerCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(GebruikerCommand)

public:
    QString name() const override { return QStringLiteral("gebruiker"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// toewijzen --pgn PGN --naam LOGIN [--verwijderen]: a leerling in a verzuimmedewerker's scope.
class ToewijzenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ToewijzenCommand)

public:
    QString name() const override { return QStringLiteral("toewijzen"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// dossier --pgn PGN: opens a leerling's dossier (logged in the audit trail).
class DossierCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DossierCommand)

public:
    QString name() const override { return QStringLiteral("dossier"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// audit [--pgn PGN] [--uit FILE]: shows or exports the audit trail (beheerder).
class AuditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// opschonen [--bewaartermijn JAREN] [--bevestig [--uit FILE]]: the retention purge.
class OpschonenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OpschonenCommand)

public:
    QString name() const override { return QStringLiteral("opschonen"); }
    QString summary() const override;
    int run(CliContext& context) override;
};

// inzage --pgn PGN --uit FILE.pdf|FILE.json: everything stored about one leerling.
class InzageCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InzageCommand)

public:
    QString name() const override { return QStringLiteral("inzage"); }
    QString summary() const override;
    int run(CliContext& context) override;
};
