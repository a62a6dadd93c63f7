// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QProcess>

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(VERZUIMDESK_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
