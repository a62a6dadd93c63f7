// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

class Clock;

// One figure of the benchmark, with the target it must meet where the issue sets one.
struct Measurement
{
    QString key;   // stable, for --json
    QString label; // translated, for the table
    double value = 0;
    QString unit;
    std::optional<double> target;
    bool higherIsBetter = false;

    bool met() const { return !target || (higherIsBetter ? value >= *target : value <= *target); }
};

struct BenchmarkReport
{
    int leerlingen = 0;
    qint64 records = 0;
    QList<Measurement> measurements;

    bool allTargetsMet() const;
    QJsonObject toJson() const;
};

// Measures what a coordinator waits for on the school in `databasePath`: importing, computing
// every signal (from the database, from the stored signals and in the engine alone), `signalen
// --json` as a whole process, recomputing one leerling, the GUI's start and list filter, one
// verzuimstaat PDF, and peak memory. In the same run it computes the 16UUR rule alone as a SQL
// window query over weekly sums, the straightforward alternative, and
// reports the engine's speed as a ratio against it.
//
// Works on a copy in `workDirectory`: the school's own database is opened as every command
// opens it (migrated when older) and otherwise only read. Timings are wall clock on this
// machine. The engine runs as in the product, on all cores, against SQLite's one.
class SchoolBenchmark
{
    Q_DECLARE_TR_FUNCTIONS(SchoolBenchmark)

public:
    // The programs measured as whole processes.
    struct Programs
    {
        QString gui; // verzuimdesk, started offscreen with --benchmark; empty leaves it out
        QString cli; // verzuimdesk-cli, for the imports and signalen --json
    };
    SchoolBenchmark(QString databasePath, QString workDirectory, const Clock& clock,
                    Programs programs);

    // `step` is told what is being measured, for a progress line.
    Result<BenchmarkReport> run(const std::function<void(const QString&)>& step = {}) const;

private:
    QString m_databasePath;
    QString m_workDirectory;
    const Clock& m_clock;
    Programs m_programs;
};

// The process's peak resident memory so far, in megabytes.
double peakMemoryMegabytes();
