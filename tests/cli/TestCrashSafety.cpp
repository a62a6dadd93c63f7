// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: verzuimdesk-cli is killed with SIGKILL at many moments during a large import;
// every time the database must pass SQLite's integrity check and hold either the whole import
// or none of it.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "util/Pgn.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLeerlingen = 400;
constexpr int kDaysEach = 100; // 40,000 records an import
constexpr int kKillPoints = 60;

QByteArray leerlingenCsv()
{
    QByteArray csv = "pgn;achternaam;voornamen;geboortedatum;inschrijving_van\n";
    for (int i = 0; i < kLeerlingen; ++i)
        csv += Pgn::syntheticBsn(i).toUtf8() + ";Test;Leerling;2012-05-01;2025-08-01\n";
    return csv;
}

// Every record carries the attempt's tag, so a half import would show two tags.
QByteArray absentiesCsv(int tag)
{
    QByteArray csv = "pgn;datum;code;minuten;opmerking\n";
    for (int i = 0; i < kLeerlingen; ++i) {
        const QByteArray pgn = Pgn::syntheticBsn(i).toUtf8();
        QDate day(2025, 9, 1);
        for (int n = 0; n < kDaysEach; day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            csv += pgn + ';' + day.toString(Qt::ISODate).toUtf8() + ";O;60;poging " +
                   QByteArray::number(tag) + '\n';
            ++n;
        }
    }
    return csv;
}

struct DatabaseState
{
    bool intact = false;
    QMap<QString, int> recordsByTag;
};

DatabaseState inspect(const QString& path)
{
    DatabaseState state;
    auto db = Database::openSqlite(path);
    if (!db)
        return state;
    auto check = (*db)->exec(u"PRAGMA integrity_check"_s);
    state.intact = check && check->next() && check->value(0).toString() == u"ok"_s;
    auto tags = (*db)->exec(u"SELECT opmerking, COUNT(*) FROM absenties GROUP BY opmerking"_s);
    while (tags && tags->next())
        state.recordsByTag.insert(tags->value(0).toString(), tags->value(1).toInt());
    return state;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringImport();
    void killDuringMeldingEdits();
};

void TestCrashSafety::killDuringImport()
{
    QTemporaryDir dir;
    const auto writeFile = [&](const QString& name, const QByteArray& content) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return file.fileName();
    };
    const QString db = dir.filePath(u"kill.sqlite"_s);
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    const QString leerlingen = writeFile(u"leerlingen.csv"_s, leerlingenCsv());
    QCOMPARE(
        runCli({u"--db"_s, db, u"import"_s, u"--school"_s, school, u"--leerlingen"_s, leerlingen})
            .exitCode,
        0);

    const auto importProcess = [&](int tag) {
        auto process = std::make_unique<QProcess>();
        const QString file = writeFile(u"absenties-%1.csv"_s.arg(tag), absentiesCsv(tag));
        process->start(QStringLiteral(VERZUIMDESK_CLI),
                       {u"--db"_s, db, u"import"_s, u"--absenties"_s, file});
        process->waitForStarted();
        return process;
    };

    // How long a whole import takes here, so the kill points spread over all of it.
    QElapsedTimer timer;
    timer.start();
    auto first = importProcess(0);
    QVERIFY(first->waitForFinished(300000));
    QVERIFY2(first->exitCode() == 0, first->readAllStandardError().left(2000).constData());
    const qint64 duration = timer.elapsed();
    QString complete = u"poging 0"_s;

    QRandomGenerator random(20261122);
    int killedMidway = 0;
    int completedBeforeKill = 0;
    qint64 shortestImport = duration;
    for (int attempt = 1; attempt <= kKillPoints; ++attempt) {
        QElapsedTimer running;
        running.start();
        auto process = importProcess(attempt);
        // The first import can take twice as long as later ones on a busy machine (the sanitizer
        // run shares two cores with another test), so the kill points follow the shortest import
        // seen so far instead of the first (a fifth beyond it, so some imports commit).
        QObject::connect(process.get(), &QProcess::finished, process.get(),
                         [&](int exitCode, QProcess::ExitStatus status) {
                             if (status == QProcess::NormalExit && exitCode == 0)
                                 shortestImport = qMin(shortestImport, running.elapsed());
                         });
        QTest::qWait(int(random.bounded(shortestImport * 6 / 5 + 1)));
        const bool stillRunning = process->state() != QProcess::NotRunning;
        if (stillRunning) {
            process->kill(); // SIGKILL: no handlers, no cleanup
            process->waitForFinished(60000);
        }
        QCOMPARE(process->state(), QProcess::NotRunning);
        killedMidway += stillRunning ? 1 : 0;

        const DatabaseState state = inspect(db);
        QVERIFY2(state.intact, qPrintable(u"attempt %1: integrity check failed"_s.arg(attempt)));
        QVERIFY2(state.recordsByTag.size() == 1,
                 qPrintable(u"attempt %1: records of %2 imports mixed"_s.arg(attempt).arg(
                     state.recordsByTag.size())));
        const QString tag = state.recordsByTag.firstKey();
        QCOMPARE(state.recordsByTag.first(), kLeerlingen * kDaysEach);
        QVERIFY2(tag == complete || tag == u"poging %1"_s.arg(attempt), qPrintable(tag));
        completedBeforeKill += tag != complete ? 1 : 0;
        complete = tag;
    }
    qInfo("%d of %d kill points hit a running process; %d imports had committed (full import: "
          "%lld ms, shortest %lld ms)",
          killedMidway, kKillPoints, completedBeforeKill, duration, shortestImport);
    QVERIFY2(killedMidway >= kKillPoints / 2, "too few kills landed during an import");
}

void TestCrashSafety::killDuringMeldingEdits()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"edits.sqlite"_s);
    const QString example = u"p01_po_16uur_en_herhaling"_s;
    QCOMPARE(runCli(importExampleArguments(db, example)).exitCode, 0);
    QCOMPARE(runCli({u"--db"_s, db, u"concept"_s, u"--pgn"_s, u"300000017"_s, u"--soort"_s,
                     u"16UUR"_s, u"--bereikt-op"_s, u"2026-01-14"_s})
                 .exitCode,
             0);
    const auto edit = [&](int attempt) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(VERZUIMDESK_CLI),
                       {u"--db"_s, db, u"melding"_s, u"1"_s, u"--zet"_s,
                        u"reden=poging %1 van de bewerkingen"_s.arg(attempt)});
        process->waitForStarted();
        return process;
    };
    QElapsedTimer timer;
    timer.start();
    auto first = edit(0);
    QVERIFY(first->waitForFinished(60000));
    QCOMPARE(first->exitCode(), 0);
    const qint64 duration = timer.elapsed();

    QRandomGenerator random(112026);
    QString reason = u"poging 0 van de bewerkingen"_s;
    for (int attempt = 1; attempt <= kKillPoints; ++attempt) {
        auto process = edit(attempt);
        QTest::qWait(int(random.bounded(qint64(duration * 11 / 10) + 1)));
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(60000);
        }
        auto opened = Database::openSqlite(db);
        QVERIFY2(opened, qPrintable(opened.error()));
        auto check = (*opened)->exec(u"PRAGMA integrity_check"_s);
        QVERIFY(check && check->next() && check->value(0).toString() == u"ok"_s);
        auto current = (*opened)->exec(
            u"SELECT m.versie, (SELECT COUNT(*) FROM melding_versies v WHERE v.melding_id = m.id),"
            " m.document FROM meldingen m WHERE m.id = 1"_s);
        QVERIFY(current && current->next());
        // The melding and its history move together: version N has exactly N stored versions.
        QCOMPARE(current->value(0).toInt(), current->value(1).toInt());
        const QString now = QJsonDocument::fromJson(current->value(2).toString().toUtf8())
                                .object()[u"reden"_s]
                                .toString();
        QVERIFY2(now == reason || now == u"poging %1 van de bewerkingen"_s.arg(attempt),
                 qPrintable(now));
        reason = now;
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
