// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

// reservekopieen: lists the database's backups, newest first, and which are verified.
class BackupListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupListCommand)

public:
    QString name() const override { return QStringLiteral("reservekopieen"); }
    QString summary() const override;
    DatabaseUse databaseUse() const override { return DatabaseUse::PathOnly; }
    int run(CliContext& context) override;

    // What to do about the damaged database at `databasePath`: the newest verified backup and
    // the exact command that puts it back.
    static QString wayBack(const QString& databasePath);
};

// herstel --van BACKUP: puts a verified Verzuimdesk backup in place of the database.
class RestoreCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("herstel"); }
    QString summary() const override;
    DatabaseUse databaseUse() const override { return DatabaseUse::PathOnly; }
    int run(CliContext& context) override;

    // What to do about the damaged database at `databasePath`: the newest verified backup and
    // the exact command that puts it back.
    static QString wayBack(const QString& databasePath);
};
