// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

// Runs the real verzuimdesk-cli binary, as the acceptance tests of the contract do.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments);

// `--db DB import` with every file the shared example has.
QStringList importExampleArguments(const QString& db, const QString& example);
