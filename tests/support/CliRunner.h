// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real verzuimdesk-cli binary, as the acceptance tests of the contract do.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `input` is written to its standard input (e.g. a passphrase for --wachtwoord-stdin).
CliRun runCli(const QStringList& arguments, const QByteArray& input = {});
// The same for any program, e.g. the verzuimdesk-cli unpacked from the Debian package.
CliRun
runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// `--db DB import` with every file the shared example has.
QStringList importExampleArguments(const QString& db, const QString& example);
