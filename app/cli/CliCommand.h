// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

class Database;

// Exit codes of the command-line contract (uitwisselformaat).
enum ExitCode
{
    Success = 0,
    Failure = 1,
    InvalidInput = 2
};

struct CliContext
{
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
    Database& database;
};

// One command of verzuimdesk-cli. Options are registered once for all commands (see main.cpp);
// a command reads the ones it needs and explains what is missing.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for --help
    virtual int run(CliContext& context) = 0;
};
