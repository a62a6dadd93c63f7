// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDevice>
#include <QTextStream>

class Clock;
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
    QString databasePath;
    Database* openDatabase; // null for commands that do not open it
    const Clock& clock;
    QString user;

    Database& database() { return *openDatabase; }
    // UTF-8 output as it is, without the round trip through QString that `out` makes (a large
    // school's signals are 25 MB of JSON).
    void writeRaw(const QByteArray& utf8)
    {
        out.flush();
        if (QIODevice* device = out.device()) {
            device->write(utf8);
            if (auto* file = qobject_cast<QFileDevice*>(device))
                file->flush();
        } else {
            out << QString::fromUtf8(utf8);
        }
    }
};

// --overschrijven: whether an export may replace an existing file.
inline Overwrite overwriteChoice(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("overschrijven")) ? Overwrite::Allow : Overwrite::Refuse;
}

// One command of verzuimdesk-cli. Options are registered once for all commands (see main.cpp);
// a command reads the ones it needs and explains what is missing.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one translated line for --help
    enum class DatabaseUse
    {
        Opened, // main opens (and migrates) the database before run()
        // The same for a command that only reads before it prints: the file is checked while it
        // reads, and run() awaits the verdict (Database::awaitCheck) before printing anything.
        OpenedCheckedWhileReading,
        PathOnly, // run() works on the file itself: a restore must not open it first
        None,     // no database at all: --db is not needed
    };
    virtual DatabaseUse databaseUse() const { return DatabaseUse::Opened; }
    virtual int run(CliContext& context) = 0;
};
