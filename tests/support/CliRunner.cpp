// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestDatabase.h"

#include <QFile>
#include <QProcess>

CliRun runCli(const QStringList& arguments, const QByteArray& input)
{
    return runProgram(QStringLiteral(VERZUIMDESK_CLI), arguments, input);
}

CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input,
                  const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList importExampleArguments(const QString& db, const QString& example)
{
    QStringList args{QStringLiteral("--db"), db, QStringLiteral("import")};
    for (const char* name : {"school", "leerlingen", "contacten", "absenties", "vrijstellingen"}) {
        const QString option = QString::fromLatin1(name);
        const QString file = examplePath(example, option + (option == QStringLiteral("school")
                                                                ? QStringLiteral(".json")
                                                                : QStringLiteral(".csv")));
        if (QFile::exists(file))
            args << QStringLiteral("--") + option << file;
    }
    return args;
}
