// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCommand.h"

#include "TextTable.h"
#include "benchmark/SchoolBenchmark.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

// The GUI is installed next to the command-line program.
QString guiProgram()
{
    const QString program = QCoreApplication::applicationDirPath() + u"/verzuimdesk"_s;
    return QFileInfo(program).isExecutable() ? program : QString();
}

QString shown(double value)
{
    return QLocale().toString(value, 'f', value >= 100 ? 0 : value >= 10 ? 1 : 2);
}

} // namespace

QString BenchCommand::summary() const
{
    return tr("bench [--json]: measures import, signals, the GUI's start and memory on a copy of "
              "the database");
}

int BenchCommand::run(CliContext& context)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        context.err << tr("Cannot create a temporary folder: %1").arg(work.errorString()) << '\n';
        return Failure;
    }
    const bool json = context.parser.isSet(u"json"_s);
    const QString gui = guiProgram();
    if (gui.isEmpty())
        context.err << tr("verzuimdesk is not next to verzuimdesk-cli: the GUI is not measured.")
                    << '\n';
    const auto report =
        SchoolBenchmark(context.databasePath, work.path(), context.clock,
                        {gui, QCoreApplication::applicationFilePath()})
            .run([&](const QString& step) { context.err << step << u"…"_s << Qt::endl; });
    if (!report) {
        context.err << report.error() << '\n';
        return Failure;
    }
    if (json) {
        context.out << QJsonDocument(report->toJson()).toJson();
    } else {
        context.out
            << tr("%1 leerlingen, %2 absence records").arg(report->leerlingen).arg(report->records)
            << "\n\n";
        TextTable table({tr("Measured"), tr("Value"), tr("Target"), tr("Met")});
        for (const Measurement& m : report->measurements) {
            const QString target =
                m.target ? (m.higherIsBetter ? u"≥ "_s : u"≤ "_s) + shown(*m.target) : QString();
            table.addRow({m.label, shown(m.value) + u' ' + m.unit, target,
                          m.target ? (m.met() ? tr("yes") : tr("NO")) : QString()});
        }
        table.print(context.out);
    }
    return report->allTargetsMet() ? Success : Failure;
}
