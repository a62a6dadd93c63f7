// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolBenchmark.h"

#include "AbsenceSpanWriter.h"

#include "calendar/SchoolCalendar.h"
#include "rules/LeerlingTimeline.h"
#include "services/AbsenceEditService.h"
#include "services/ImportService.h"
#include "services/LiveSignals.h"
#include "services/SignalService.h"
#include "services/VerzuimstaatService.h"
#include "storage/AbsenceRepository.h"
#include "storage/BackupStore.h"
#include "storage/SchoolRepository.h"
#include "storage/SqlValues.h"
#include "storage/SqliteFileCheck.h"
#include "util/ChunkedSaveFile.h"
#include "util/Clock.h"
#include "util/CsvField.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

constexpr int kGuiTimeoutMs = 120'000;

double millisecondsSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The school's absence records in the exchange format, to import them again.
// The stored absence as our absenties.csv; only that of `period` when one is given.
Result<qint64> writeAbsences(Database& database, const QString& path,
                             const std::optional<DateRange>& period = {})
{
    QString sql =
        u"SELECT pgn, datum, code, minuten, lesuren, hele_dag, opmerking FROM absenties"_s;
    QVariantList values;
    if (period) {
        sql += u" WHERE datum BETWEEN ? AND ?"_s;
        values = {SqlValues::date(period->from), SqlValues::date(period->to)};
    }
    auto query = database.exec(sql, values);
    if (!query)
        return Error{query.error()};
    ChunkedSaveFile file(path, "pgn;datum;code;minuten;lesuren;hele_dag;opmerking\n");
    qint64 rows = 0;
    while (query->next()) {
        for (int column = 0; column < 7; ++column) {
            file.buffer() += Csv::field(query->value(column).toString()).toUtf8();
            file.buffer() += column < 6 ? ';' : '\n';
        }
        ++rows;
        file.flushIfLarge();
    }
    if (Status committed = file.commit(); !committed)
        return Error{committed.error()};
    return rows;
}

// The same absence as the absentiemeldingen a package would export (AbsenceSpanWriter).
Status writeAbsenceSpans(const SchoolAttendance& attendance, const School& school,
                         const QString& path)
{
    const AbsenceSpanWriter writer(school);
    ChunkedSaveFile file(path, AbsenceSpanWriter::header());
    for (QList<AbsenceRecord> records : attendance.records) {
        std::stable_sort(
            records.begin(), records.end(),
            [](const AbsenceRecord& a, const AbsenceRecord& b) { return a.date < b.date; });
        for (const AbsenceSpan& span : writer.spansOf(records))
            file.buffer() += AbsenceSpanWriter::line(span);
        file.flushIfLarge();
    }
    return file.commit();
}

// The straightforward alternative for 16UUR: per leerling the counted verzuim per lesweek, a
// window over each 4 lesweken, and the lesweken where it reaches 16 hours. It knows nothing of
// categories, vrijstellingen, LRV taking over or the 7-day spacing — the engine does all that
// and seven more signal kinds.
Result<qint64> sixteenHoursInSql(Database& database, const School& school, const QDate& today)
{
    const SchoolCalendar calendar(LesdagRule(school), today.addYears(-2), today);
    Status status = database.transaction([&]() -> Status {
        for (const QString& sql :
             {u"DROP TABLE IF EXISTS temp.bench_lesdagen"_s,
              u"DROP TABLE IF EXISTS temp.bench_codes"_s,
              u"CREATE TEMP TABLE bench_lesdagen (datum TEXT PRIMARY KEY, lesweek INTEGER)"_s,
              u"CREATE TEMP TABLE bench_codes (code TEXT PRIMARY KEY)"_s}) {
            if (auto done = database.exec(sql); !done)
                return Error{done.error()};
        }
        auto lesdag = database.prepare(u"INSERT INTO bench_lesdagen VALUES (?, ?)"_s);
        if (!lesdag)
            return Error{lesdag.error()};
        for (int day = 0; day < calendar.lesdagCount(); ++day) {
            if (Status s = database.run(
                    *lesdag, {calendar.dateOf(day).toString(Qt::ISODate), calendar.lesweekOf(day)});
                !s)
                return s;
        }
        for (const AbsenceCode& code : school.codes.all()) {
            if (!isCountedVerzuim(code, school.settings))
                continue;
            if (auto done = database.exec(u"INSERT INTO bench_codes VALUES (?)"_s, {code.code});
                !done)
                return Error{done.error()};
        }
        return {};
    });
    if (!status)
        return Error{status.error()};

    const bool lesuren = countingUnit(school) == Quantity::Unit::Lesuren;
    const QString sql = uR"(WITH weekly AS (
              SELECT a.pgn, l.lesweek, SUM(%1) AS amount
              FROM absenties a
              JOIN bench_lesdagen l ON l.datum = a.datum
              JOIN bench_codes c ON c.code = a.code
              JOIN inschrijvingen i ON i.pgn = a.pgn AND a.datum >= i.van
                                   AND (i.tot IS NULL OR a.datum <= i.tot)
              GROUP BY a.pgn, l.lesweek),
            windows AS (
              SELECT pgn, lesweek, SUM(amount) OVER (PARTITION BY pgn ORDER BY lesweek
                                       RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) AS four_weeks
              FROM weekly)
            SELECT COUNT(*) FROM windows WHERE four_weeks >= %2)"_s
                            .arg(lesuren ? u"a.lesuren"_s : u"a.minuten"_s)
                            .arg(lesuren ? 16 : 16 * 60);
    auto query = database.exec(sql);
    if (!query)
        return Error{query.error()};
    query->next();
    return query->value(0).toLongLong();
}

struct GuiFigures
{
    double populatedMs = 0;
    double filterMs = 0;
    double peakMemoryMb = 0;
};

// Starts the GUI offscreen on the copy; it prints "populated" once the signal screen is filled,
// then its own figures as one JSON line, and quits.
Result<GuiFigures> measureGui(const QString& program, const QString& database)
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    gui.setProcessEnvironment(environment);
    gui.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    gui.start(program, {u"--db"_s, database, u"--benchmark"_s});
    GuiFigures figures;
    QByteArray output;
    while (gui.waitForReadyRead(kGuiTimeoutMs)) {
        output += gui.readAllStandardOutput();
        if (figures.populatedMs == 0 && output.contains("populated\n"))
            figures.populatedMs = millisecondsSince(timer);
        if (output.contains("}\n"))
            break;
    }
    gui.waitForFinished(kGuiTimeoutMs);
    const QByteArray last = output.trimmed().split('\n').last();
    const QJsonObject reported = QJsonDocument::fromJson(last).object();
    if (figures.populatedMs == 0 || reported.isEmpty()) {
        return Error{SchoolBenchmark::tr("The GUI did not report its figures: %1")
                         .arg(QString::fromLocal8Bit(gui.readAllStandardError().left(500)))};
    }
    figures.filterMs = reported[u"filter_ms"_s].toDouble();
    figures.peakMemoryMb = reported[u"peak_memory_mb"_s].toDouble();
    return figures;
}

// The peak resident memory (VmHWM) in a /proc/…/status file, in megabytes; 0 when unreadable.
double peakMemoryMegabytesIn(const QString& statusFile)
{
    QFile status(statusFile);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return 0;
}

struct ProcessFigures
{
    double ms = 0;
    double peakMemoryMb = 0;
    QByteArray output;
};

// A command as a coordinator or their script meets it: a whole process, from its start until
// it has ended. Its peak memory is read from /proc while it runs (VmHWM only grows, so a read
// misses at most what the last few milliseconds added; once the process has ended it is gone).
Result<ProcessFigures> runWhole(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(kGuiTimeoutMs))
        return Error{
            SchoolBenchmark::tr("Cannot start %1: %2").arg(program, process.errorString())};
    const QString status = u"/proc/%1/status"_s.arg(process.processId());
    ProcessFigures figures;
    figures.peakMemoryMb = peakMemoryMegabytesIn(status);
    // Waiting also reads the output, so that a full pipe never stops the command.
    while (!process.waitForFinished(20)) {
        figures.peakMemoryMb = std::max(figures.peakMemoryMb, peakMemoryMegabytesIn(status));
        if (timer.elapsed() > kGuiTimeoutMs) {
            process.kill();
            process.waitForFinished();
            return Error{SchoolBenchmark::tr("%1 did not end within %2 s.")
                             .arg(arguments.join(u' '))
                             .arg(kGuiTimeoutMs / 1000)};
        }
    }
    figures.ms = millisecondsSince(timer);
    figures.output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error{SchoolBenchmark::tr("%1 did not succeed: %2")
                         .arg(arguments.join(u' '),
                              QString::fromLocal8Bit(process.readAllStandardError().left(500)))};
    }
    return figures;
}

// `signalen --json` on the database as this process left it.
Result<ProcessFigures> measureSignalenCommand(const QString& program, const QString& database,
                                              const QDate& peildatum, const QStringList& options)
{
    auto figures =
        runWhole(program, QStringList{u"--db"_s, database, u"signalen"_s, u"--peildatum"_s,
                                      peildatum.toString(Qt::ISODate), u"--json"_s} +
                              options);
    if (figures && !QJsonDocument::fromJson(figures->output).isArray())
        return Error{SchoolBenchmark::tr("signalen --json did not write a JSON array.")};
    return figures;
}

// `import --absenties` of one file, as the coordinator starts it after a day's work: the file
// as the last program left it (checked quickly when opened), its WAL in the file first.
Result<ProcessFigures> measureImportCommand(const QString& program, Database& database,
                                            const QString& path, const QString& absences)
{
    if (auto checkpoint = database.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !checkpoint)
        return Error{checkpoint.error()};
    SqliteFileCheck::rememberState(path);
    return runWhole(program, {u"--db"_s, path, u"import"_s, u"--absenties"_s, absences});
}

} // namespace

double peakMemoryMegabytes()
{
    // VmHWM, not getrusage: Linux keeps ru_maxrss across exec, so a program started by a large
    // process would report its parent's peak.
    return peakMemoryMegabytesIn(u"/proc/self/status"_s);
}

bool BenchmarkReport::allTargetsMet() const
{
    return std::all_of(measurements.cbegin(), measurements.cend(),
                       [](const Measurement& m) { return m.met(); });
}

QJsonObject BenchmarkReport::toJson() const
{
    QJsonArray list;
    for (const Measurement& m : measurements) {
        QJsonObject object{{u"key"_s, m.key},
                           {u"label"_s, m.label},
                           {u"value"_s, m.value},
                           {u"unit"_s, m.unit},
                           {u"met"_s, m.met()}};
        if (m.target)
            object.insert(u"target"_s, *m.target);
        list.append(object);
    }
    return {{u"leerlingen"_s, leerlingen},
            {u"records"_s, records},
            {u"measurements"_s, list},
            {u"all_targets_met"_s, allTargetsMet()}};
}

SchoolBenchmark::SchoolBenchmark(QString databasePath, QString workDirectory, const Clock& clock,
                                 Programs programs)
    : m_databasePath(std::move(databasePath))
    , m_workDirectory(std::move(workDirectory))
    , m_clock(clock)
    , m_programs(std::move(programs))
{
}

Result<BenchmarkReport> SchoolBenchmark::run(const std::function<void(const QString&)>& step) const
{
    const auto announce = [&](const QString& what) {
        if (step)
            step(what);
    };
    BenchmarkReport report;
    const auto add = [&](const QString& key, const QString& label, double value,
                         const QString& unit, std::optional<double> target = {},
                         bool higherIsBetter = false) {
        report.measurements.append({key, label, value, unit, target, higherIsBetter});
    };
    const QString ms = tr("ms");
    const QDate today = m_clock.today();

    // A copy, so that measuring never changes the school's own data.
    announce(tr("Copying the database"));
    QDir().mkpath(m_workDirectory);
    const QString copyPath = m_workDirectory + u"/benchmark.sqlite"_s;
    QFile::remove(copyPath);
    {
        auto source = Database::openSqlite(m_databasePath, {-1, &m_clock});
        if (!source)
            return Error{source.error()};
        if (auto copied = (*source)->exec(u"VACUUM INTO ?"_s, {copyPath}); !copied)
            return Error{copied.error()};
    }
    auto opened = Database::openSqlite(copyPath, {-1, &m_clock});
    if (!opened)
        return Error{opened.error()};
    Database& db = **opened;

    announce(tr("Importing every absence record again"));
    const QString csv = m_workDirectory + u"/absenties.csv"_s;
    auto written = writeAbsences(db, csv);
    if (!written)
        return Error{written.error()};
    report.records = *written;
    if (auto emptied = db.exec(u"DELETE FROM absenties"_s); !emptied)
        return Error{emptied.error()};
    const auto imported = measureImportCommand(m_programs.cli, db, copyPath, csv);
    if (!imported)
        return Error{imported.error()};
    add(u"import_records_per_second"_s, tr("import --absenties, whole process"),
        double(*written) / (imported->ms / 1000.0), tr("records/s"), 200'000, true);
    add(u"peak_memory_mb"_s, tr("Peak memory, import --absenties"), imported->peakMemoryMb,
        tr("MB"), 500);
    BackupStore backups(db, m_clock);
    QElapsedTimer timer;
    timer.start();

    // The signals, with the whole school in memory.
    const QString spans = m_workDirectory + u"/absentiemeldingen.csv"_s;
    std::optional<School> school;
    {
        // The import marked every leerling: as the first start after it, the signal screen
        // computes the whole school and stores it.
        announce(tr("Computing every signal from the database"));
        LiveSignals live(db, m_clock); // as the signal screen holds them
        timer.restart();
        // Not kept: a list still shared when a leerling changes would be copied whole, which
        // the signal screen, holding none, never meets.
        qsizetype signalCount = 0;
        if (const auto all = live.signals(); all)
            signalCount = all->size();
        else
            return Error{all.error()};
        const double fromDatabaseMs = millisecondsSince(timer);
        add(u"signals_from_database_ms"_s, tr("All signals, computed from the database and stored"),
            fromDatabaseMs, ms, 1500);

        announce(tr("Reading the stored signals"));
        SignalService laterStart(db, today);
        timer.restart();
        if (const auto all = laterStart.signals(); !all)
            return Error{all.error()};
        add(u"signals_from_store_ms"_s, tr("All signals, read from the stored signals"),
            millisecondsSince(timer), ms);
        if (laterStart.evaluations() != 0)
            return Error{tr("Reading the stored signals computed %1 leerlingen again.")
                             .arg(laterStart.evaluations())};

        announce(tr("Computing every signal in the engine alone"));
        timer.restart();
        auto attendance = SchoolAttendance::load(db);
        const double loadMs = millisecondsSince(timer);
        if (!attendance)
            return Error{attendance.error()};
        report.leerlingen = int(attendance->leerlingen.size());
        SignalService engineOnly(db, today);
        timer.restart();
        if (Status computed = engineOnly.computeAll(*attendance); !computed)
            return Error{computed.error()};
        const double engineMs = millisecondsSince(timer);
        add(u"load_ms"_s, tr("Loading leerlingen and records"), loadMs, ms);
        add(u"engine_ms"_s, tr("All signals, engine alone"), engineMs, ms, 300);
        add(u"signals"_s, tr("Signals found"), double(signalCount), tr("signals"));

        announce(tr("Computing 16UUR alone with a SQL window query"));
        auto stored = SchoolRepository(db).load();
        if (!stored || !stored->has_value())
            return Error{stored ? tr("The database holds no school.") : stored.error()};
        school = **stored;
        timer.restart();
        const auto crossings = sixteenHoursInSql(db, *school, today);
        const double sqlMs = millisecondsSince(timer);
        if (!crossings)
            return Error{crossings.error()};
        add(u"sql_16uur_ms"_s, tr("16UUR alone as a SQL window query"), sqlMs, ms);
        add(u"engine_vs_sql_ratio"_s, tr("Engine (eight kinds) faster than SQL (one kind)"),
            sqlMs / engineMs, tr("×"), 10, true);

        announce(tr("Running signalen --json as a whole process"));
        // The WAL of this process's connection goes into the file first, as after a day's
        // work; then the command reads the stored signals, and with --herbereken computes
        // them all again.
        if (auto checkpoint = db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !checkpoint)
            return Error{checkpoint.error()};
        SqliteFileCheck::rememberState(copyPath); // as this program leaves it
        const auto fromStore = measureSignalenCommand(m_programs.cli, copyPath, today, {});
        if (!fromStore)
            return Error{fromStore.error()};
        const auto afresh =
            measureSignalenCommand(m_programs.cli, copyPath, today, {u"--herbereken"_s});
        if (!afresh)
            return Error{afresh.error()};
        add(u"signalen_process_ms"_s, tr("signalen --json, whole process"), fromStore->ms, ms, 500);
        add(u"signalen_process_vs_sql_ratio"_s,
            tr("signalen --json (eight kinds) faster than SQL (one kind)"), sqlMs / fromStore->ms,
            tr("×"), 3, true);
        add(u"signalen_herbereken_process_ms"_s, tr("signalen --json --herbereken, whole process"),
            afresh->ms, ms);
        add(u"signalen_herbereken_peak_memory_mb"_s,
            tr("Peak memory, signalen --json --herbereken"), afresh->peakMemoryMb, tr("MB"), 500);

        // As the signal screen meets an edit: the service that commits it announces its
        // leerling, and the live signals compute only them before the whole list is current.
        // First the screen takes in what the signalen processes above wrote (as it would
        // when it hears of another program), so that only the edit is timed.
        if (auto caughtUp = live.signals(); !caughtUp)
            return Error{caughtUp.error()};
        announce(tr("Recomputing one leerling after a new record"));
        const QString pgn = attendance->leerlingen.value(0).pgn;
        QDate day = today;
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        const AbsenceRecord added{pgn, day, u"O"_s, 50, 1, false, {}};
        AbsenceEditService edits(db, m_clock, u"benchmark"_s);
        if (auto replaced = edits.replaceDay(pgn, day, {added}); !replaced)
            return Error{replaced.error()};
        const int evaluated = live.evaluations();
        timer.restart();
        if (auto all = live.signals(); !all)
            return Error{all.error()};
        add(u"recompute_one_ms"_s, tr("Every signal current after one leerling's new record"),
            millisecondsSince(timer), ms, 50);
        if (live.evaluations() - evaluated != 1)
            return Error{tr("After one leerling's new record %1 leerlingen were computed again.")
                             .arg(live.evaluations() - evaluated)};

        // A school's weekly routine: the package's export of the last week, replacing that
        // week, for every leerling at once; then the signal screen asks for every signal.
        announce(tr("Importing the last week again"));
        const DateRange week{today.addDays(-6), today};
        const QString weekCsv = m_workDirectory + u"/absenties-week.csv"_s;
        const auto weekRecords = writeAbsences(db, weekCsv, week);
        if (!weekRecords)
            return Error{weekRecords.error()};
        timer.restart();
        const ImportOutcome weekImported =
            ImportService(db, backups, db.userName()).run({{}, {}, {}, weekCsv, {}, {}, week});
        const double weekImportMs = millisecondsSince(timer);
        if (weekImported.status != ImportOutcome::Status::Stored)
            return Error{weekImported.failure.isEmpty()
                             ? weekImported.issues.all().value(0).toString()
                             : weekImported.failure};
        timer.restart();
        if (auto all = live.signals(); !all)
            return Error{all.error()};
        add(u"week_import_ms"_s,
            tr("Importing the last week (%n record(s))", nullptr, int(*weekRecords)), weekImportMs,
            ms);
        add(u"signals_after_week_ms"_s, tr("Every signal current after that week's import"),
            millisecondsSince(timer), ms, 1000);

        announce(tr("Drawing one verzuimstaat"));
        const VerzuimstaatService verzuimstaten(db, m_clock, u"benchmark"_s);
        timer.restart();
        if (auto pdf = verzuimstaten.pdf(pgn, verzuimstaten.schoolYearSoFar()); !pdf)
            return Error{pdf.error()};
        add(u"verzuimstaat_pdf_ms"_s, tr("One verzuimstaat as PDF"), millisecondsSince(timer), ms);
        if (!school->lestijden.isEmpty()) {
            if (Status written = writeAbsenceSpans(*attendance, *school, spans); !written)
                return Error{written.error()};
        }
    }

    if (!m_programs.gui.isEmpty()) {
        announce(tr("Starting the GUI offscreen"));
        // As a coordinator's morning meets it: the file as the last program closed it, which
        // opens with the quick check. The WAL of this process's open connection goes in first.
        if (auto checkpoint = db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !checkpoint)
            return Error{checkpoint.error()};
        SqliteFileCheck::rememberState(copyPath);
        const auto gui = measureGui(m_programs.gui, copyPath);
        if (!gui)
            return Error{gui.error()};
        add(u"gui_start_ms"_s, tr("GUI start to a filled signal screen"), gui->populatedMs, ms,
            2000);
        add(u"gui_filter_ms"_s, tr("Filtering the leerlingen list"), gui->filterMs, ms, 50);
        add(u"gui_peak_memory_mb"_s, tr("Peak memory, GUI"), gui->peakMemoryMb, tr("MB"), 500);
    }
    // Last, because the converted records replace the school's own.
    if (!school->lestijden.isEmpty()) {
        announce(tr("Importing the same absence as time ranges"));
        if (auto emptied = db.exec(u"DELETE FROM absenties"_s); !emptied)
            return Error{emptied.error()};
        const auto converted = measureImportCommand(m_programs.cli, db, copyPath, spans);
        if (!converted)
            return Error{converted.error()};
        const auto dayRecords = AbsenceRepository(db).count();
        if (!dayRecords)
            return Error{dayRecords.error()};
        add(u"import_time_ranges_records_per_second"_s,
            tr("import --absenties of time ranges, whole process, in day records"),
            double(*dayRecords) / (converted->ms / 1000.0), tr("records/s"), 200'000, true);
        add(u"time_ranges_peak_memory_mb"_s, tr("Peak memory, import of time ranges"),
            converted->peakMemoryMb, tr("MB"), 500);
    } else {
        announce(tr("Time ranges left out: the school has no lestijden"));
    }
    return report;
}
