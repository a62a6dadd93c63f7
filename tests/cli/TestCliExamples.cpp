// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line contract on the shared examples: import, list, and reproduce expected.json.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonDocument readJson(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

class TestCliExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void importAndList();
    void importAndList_data() { examples_data(); }
    void signalsMatchExpected();
    void signalsMatchExpected_data() { examples_data(); }
    void readableDutchTable();
    void everySignalRegistersOrIsCovered();
    void everySignalRegistersOrIsCovered_data() { examples_data(); }
    void followUpAsksForTheEndDate();
    void wholeDaysFromTheLestijden_data();
    void wholeDaysFromTheLestijden();
    void timeRangesGiveTheSameSignals_data();
    void timeRangesGiveTheSameSignals();
};

void TestCliExamples::examples_data()
{
    QTest::addColumn<QString>("example");
    const QStringList examples = QDir(QStringLiteral(VERZUIMDESK_EXAMPLES_DIR))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(examples.size() >= 3);
    for (const QString& example : examples)
        QTest::newRow(qPrintable(example)) << example;
}

void TestCliExamples::importAndList()
{
    QFETCH(QString, example);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const CliRun imported = runCli(importExampleArguments(db, example));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const CliRun listed = runCli({u"--db"_s, db, u"leerlingen"_s, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray leerlingen = QJsonDocument::fromJson(listed.out).array();

    QFile csv(examplePath(example, u"leerlingen.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QStringList expectedPgns;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1)) {
        if (!line.trimmed().isEmpty())
            expectedPgns.append(QString::fromUtf8(line.split(';').first()));
    }
    QStringList listedPgns;
    for (const QJsonValue& l : leerlingen)
        listedPgns.append(l[u"pgn"_s].toString());
    expectedPgns.sort();
    listedPgns.sort();
    QCOMPARE(listedPgns, expectedPgns);
}

namespace {

// The example's signals as signalen --json prints them on its peildatum.
QJsonArray signalsOf(const QString& db, const QString& example)
{
    const QJsonObject expected = readJson(examplePath(example, u"expected.json"_s)).object();
    const CliRun run = runCli({u"--db"_s, db, u"signalen"_s, u"--peildatum"_s,
                               expected[u"peildatum"_s].toString(), u"--json"_s});
    return QJsonDocument::fromJson(run.out).array();
}

// The example's absenties.csv without its hele_dag column, as most packages export it.
QByteArray withoutHeleDag(const QString& example)
{
    QFile file(examplePath(example, u"absenties.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    const qsizetype column = lines.first().split(';').indexOf("hele_dag");
    for (QByteArray& line : lines) {
        QList<QByteArray> fields = line.split(';');
        if (column >= 0 && column < fields.size())
            fields.removeAt(column);
        line = fields.join(';');
    }
    return lines.join('\n');
}

// The example's whole-day records as absentiemeldingen: one span without times per run of
// days with the same code (a weekend inside), as a package keeps them.
QByteArray asTimeRanges(const QString& example)
{
    QFile file(examplePath(example, u"absenties.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    struct Run
    {
        QByteArray pgn, code;
        QDate from, to;
    };
    QList<QList<QByteArray>> records;
    for (const QByteArray& line : file.readAll().split('\n').mid(1)) {
        if (const QList<QByteArray> f = line.trimmed().split(';'); f.size() >= 3)
            records.append(f);
    }
    // Per leerling, in date order (the example interleaves its leerlingen).
    std::sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
        return std::pair(a[0], a[1]) < std::pair(b[0], b[1]);
    });
    QList<Run> runs;
    for (const QList<QByteArray>& f : std::as_const(records)) {
        const QDate day = QDate::fromString(QString::fromLatin1(f[1]), Qt::ISODate);
        const bool follows = !runs.isEmpty() && runs.last().pgn == f[0] &&
                             runs.last().code == f[2] &&
                             (runs.last().to.daysTo(day) == 1 ||
                              (runs.last().to.dayOfWeek() == 5 && runs.last().to.daysTo(day) == 3));
        if (follows)
            runs.last().to = day;
        else
            runs.append({f[0], f[2], day, day});
    }
    QByteArray csv = "pgn;van_datum;van_tijd;tot_datum;tot_tijd;code\n";
    for (const Run& run : std::as_const(runs))
        csv += run.pgn + ';' + run.from.toString(Qt::ISODate).toLatin1() + ";;" +
               run.to.toString(Qt::ISODate).toLatin1() + ";;" + run.code + '\n';
    return csv;
}

QJsonObject standardLessons(const QList<std::pair<const char*, const char*>>& times)
{
    QJsonArray list;
    for (const auto& [from, to] : times)
        list.append(QJsonObject{{u"lesuur"_s, list.size() + 1},
                                {u"van"_s, QString::fromLatin1(from)},
                                {u"tot"_s, QString::fromLatin1(to)}});
    return QJsonObject{{u"standaard"_s, list}};
}

// p03 (mbo): seven lessons of an hour, 420 minutes, with two breaks.
QJsonObject p03Lessons()
{
    return standardLessons({{"08:30", "09:30"},
                            {"09:30", "10:30"},
                            {"10:45", "11:45"},
                            {"11:45", "12:45"},
                            {"13:15", "14:15"},
                            {"14:15", "15:15"},
                            {"15:15", "16:15"}});
}

// Imports the example with `lestijden` in its school.json and `absences` as its absence file.
CliRun importWith(const QTemporaryDir& dir, const QString& example, const QJsonObject& lestijden,
                  const QByteArray& absences)
{
    QJsonObject school = readJson(examplePath(example, u"school.json"_s)).object();
    if (!lestijden.isEmpty())
        school.insert(u"lestijden"_s, lestijden);
    const auto write = [&](const QString& name, const QByteArray& content) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
                   ? file.fileName()
                   : QString();
    };
    return runCli({u"--db"_s, dir.filePath(u"x.sqlite"_s), u"import"_s, u"--school"_s,
                   write(u"school.json"_s, QJsonDocument(school).toJson()), u"--leerlingen"_s,
                   examplePath(example, u"leerlingen.csv"_s), u"--absenties"_s,
                   write(u"absenties.csv"_s, absences)});
}

} // namespace

void TestCliExamples::signalsMatchExpected()
{
    QFETCH(QString, example);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    QCOMPARE(runCli(importExampleArguments(db, example)).exitCode, 0);

    const QJsonObject expected = readJson(examplePath(example, u"expected.json"_s)).object();
    const CliRun run = runCli({u"--db"_s, db, u"signalen"_s, u"--peildatum"_s,
                               expected[u"peildatum"_s].toString(), u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument actual = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());

    const QJsonArray actualSignals = actual.array();
    const QJsonArray expectedSignals = expected[u"signalen"_s].toArray();
    for (qsizetype i = 0; i < std::max(actualSignals.size(), expectedSignals.size()); ++i) {
        const QJsonObject a = actualSignals.at(i).toObject();
        const QJsonObject e = expectedSignals.at(i).toObject();
        // Exactly the fields of verzuimregels §5, with equal values.
        QCOMPARE(QJsonDocument(a).toJson(QJsonDocument::Compact),
                 QJsonDocument(e).toJson(QJsonDocument::Compact));
    }
    // Fractional hours print as in expected.json (11.0, not 11), counts as whole numbers.
    QFile expectedFile(examplePath(example, u"expected.json"_s));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QByteArray expectedText = expectedFile.readAll();
    for (const QByteArray& number : {QByteArray("\"uren\": 11.0"), QByteArray("\"uren\": 12,"),
                                     QByteArray("\"uren\": 140.0")}) {
        if (expectedText.contains(number))
            QVERIFY2(run.out.contains(number), number.constData());
    }
}

void TestCliExamples::readableDutchTable()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    QCOMPARE(runCli(importExampleArguments(db, u"p01_po_16uur_en_herhaling"_s)).exitCode, 0);
    const CliRun run = runCli({u"--db"_s, db, u"signalen"_s, u"--peildatum"_s, u"2026-03-31"_s});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(u"de Vries, Test"_s), qPrintable(text));
    QVERIFY2(text.contains(u"14-01-2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"16,5"_s), qPrintable(text)); // Dutch decimal comma
    QVERIFY2(text.contains(u"16 uur in 4 weken"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Uiterlijk melden"_s), qPrintable(text));
    QVERIFY2(text.contains(u"3 signalen op 31-03-2026"_s), qPrintable(text));
}

// The coordinator's walk (van-signaal-naar-melding, its invariant): every signal on the day it is
// reached, with the clock on that day. A legal signal either drafts a melding that has no fout
// once reden, acties and the school contact are typed, and is registered; or it is covered by an
// earlier melding. School signals draft no DUO melding.
void TestCliExamples::everySignalRegistersOrIsCovered()
{
    QFETCH(QString, example);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    QCOMPARE(runCli(importExampleArguments(db, example)).exitCode, 0);
    QJsonArray signalList =
        readJson(examplePath(example, u"expected.json"_s)).object()[u"signalen"_s].toArray();
    QList<QJsonObject> walk;
    for (const QJsonValue& value : signalList)
        walk.append(value.toObject());
    std::stable_sort(walk.begin(), walk.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a[u"bereikt_op"_s].toString() < b[u"bereikt_op"_s].toString();
    });
    int registered = 0;
    for (const QJsonObject& signal : std::as_const(walk)) {
        const QString soort = signal[u"soort"_s].toString();
        const QString where =
            signal[u"pgn"_s].toString() + u' ' + soort + u' ' + signal[u"bereikt_op"_s].toString();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VERZUIMDESK_VANDAAG"_s, signal[u"bereikt_op"_s].toString());
        const auto cli = [&](const QStringList& arguments) {
            return runProgram(QStringLiteral(VERZUIMDESK_CLI),
                              QStringList{u"--db"_s, db} + arguments, {}, environment);
        };
        const CliRun drafted =
            cli({u"concept"_s, u"--pgn"_s, signal[u"pgn"_s].toString(), u"--soort"_s, soort,
                 u"--bereikt-op"_s, signal[u"bereikt_op"_s].toString(), u"--json"_s});
        if (soort == u"PREVENTIEF"_s || soort == u"TE_LAAT"_s || soort == u"ZIEK_MAZL"_s) {
            QVERIFY2(drafted.exitCode == 2, qPrintable(where));
            continue;
        }
        QVERIFY2(drafted.exitCode == 0,
                 qPrintable(where + u": "_s + QString::fromUtf8(drafted.err)));
        const QJsonObject draft = QJsonDocument::fromJson(drafted.out).object();
        if (draft.contains(u"gedekt_door"_s)) {
            QVERIFY2(draft[u"gedekt_door"_s].toInteger() > 0, qPrintable(where));
            continue;
        }
        QCOMPARE(draft[u"pgn"_s].toString(), signal[u"pgn"_s].toString());
        const QString id = QString::number(draft[u"id"_s].toInteger());
        const CliRun completed =
            cli({u"melding"_s, id, u"--json"_s, u"--zet"_s,
                 u"reden=Blijft thuis na ruzie met klasgenoten"_s, u"--zet"_s,
                 u"acties=telefonisch"_s, u"--zet"_s, u"contactpersoon_school_naam=J. de Boer"_s,
                 u"--zet"_s, u"contactpersoon_school_email=verzuim@school.example"_s});
        QVERIFY2(completed.exitCode == 0, qPrintable(where + QString::fromUtf8(completed.err)));
        const QJsonArray fouten =
            QJsonDocument::fromJson(completed.out).object()[u"fouten"_s].toArray();
        QVERIFY2(fouten.isEmpty(),
                 qPrintable(where + u": "_s + fouten.first()[u"tekst"_s].toString()));
        QVERIFY2(cli({u"melding"_s, id, u"--status"_s, u"gereed"_s}).exitCode == 0,
                 qPrintable(where));
        const CliRun submitted = cli({u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s, u"loket"_s,
                                      u"--meldingsnummer"_s, u"VM-"_s + id});
        QVERIFY2(submitted.exitCode == 0, qPrintable(where + QString::fromUtf8(submitted.err)));
        ++registered;
    }
    QVERIFY(registered > 0);
    const CliRun refused =
        runCli({u"--db"_s, db, u"melding"_s, u"1"_s, u"--zet"_s, u"einddatum=31-02-2026"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("einddatum"), refused.err.constData());
}

// van-signaal-naar-melding §2 and §7: the LRV of p03 is registered on the day it is reached; the
// run's last lesdag is Fri 2026-04-24, so on 05-06 the task is to give that einddatum (deadline
// + 5 werkdagen = Fri 05-01), and after 10 werkdagen without terugkoppeling (04-10) the gemeente
// has not responded. Accepting the einddatum ends the first task.
void TestCliExamples::followUpAsksForTheEndDate()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    QCOMPARE(runCli(importExampleArguments(db, u"p03_continu_lrv_en_rmc"_s)).exitCode, 0);
    const auto cli = [&](const QString& today, const QStringList& arguments) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VERZUIMDESK_VANDAAG"_s, today);
        return runProgram(QStringLiteral(VERZUIMDESK_CLI), QStringList{u"--db"_s, db} + arguments,
                          {}, environment);
    };
    const QString reached = u"2026-03-27"_s;
    const CliRun drafted = cli(reached, {u"concept"_s, u"--pgn"_s, u"300002014"_s, u"--soort"_s,
                                         u"LRV"_s, u"--bereikt-op"_s, reached, u"--json"_s});
    QVERIFY2(drafted.exitCode == 0, drafted.err.constData());
    const QJsonObject draft = QJsonDocument::fromJson(drafted.out).object();
    QCOMPARE(draft[u"begindatum"_s].toString(), u"2026-03-02"_s);
    QVERIFY(draft[u"einddatum"_s].isNull());
    const QString id = QString::number(draft[u"id"_s].toInteger());
    QCOMPARE(cli(reached,
                 {u"melding"_s, id, u"--zet"_s, u"reden=Blijft thuis na ruzie"_s, u"--zet"_s,
                  u"acties=telefonisch"_s, u"--zet"_s, u"contactpersoon_school_naam=J. de Boer"_s,
                  u"--zet"_s, u"contactpersoon_school_email=verzuim@school.example"_s})
                 .exitCode,
             0);
    QCOMPARE(cli(reached, {u"melding"_s, id, u"--status"_s, u"gereed"_s}).exitCode, 0);
    QCOMPARE(cli(reached, {u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s, u"loket"_s,
                           u"--meldingsnummer"_s, u"VM-1"_s})
                 .exitCode,
             0);

    const QString later = u"2026-05-06"_s;
    const CliRun before = cli(later, {u"opvolging"_s, u"--json"_s});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    const QJsonArray tasks = QJsonDocument::fromJson(before.out).array();
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks[0][u"soort"_s].toString(), u"einddatum"_s);
    QCOMPARE(tasks[0][u"melding"_s].toInteger(), draft[u"id"_s].toInteger());
    QCOMPARE(tasks[0][u"pgn"_s].toString(), u"300002014"_s);
    QCOMPARE(tasks[0][u"einddatum"_s].toString(), u"2026-04-24"_s);
    QCOMPARE(tasks[0][u"uiterlijk"_s].toString(), u"2026-05-01"_s);
    QCOMPARE(tasks[1][u"soort"_s].toString(), u"geen_reactie"_s);
    QVERIFY(tasks[1][u"uiterlijk"_s].isNull());

    const CliRun accepted = cli(later, {u"melding"_s, id, u"--zet"_s, u"einddatum=2026-04-24"_s});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    const auto kinds = [&] {
        QStringList keys;
        for (const QJsonValue& task :
             QJsonDocument::fromJson(cli(later, {u"opvolging"_s, u"--json"_s}).out).array())
            keys.append(task[u"soort"_s].toString());
        return keys;
    };
    // Registered at DUO: the einddatum is a change to pass on through the loket.
    QCOMPARE(kinds(), (QStringList{u"geen_reactie"_s, u"wijziging_doorgeven"_s}));
    const QString pdf = dir.filePath(u"wijziging.pdf"_s);
    const CliRun help = cli(later, {u"invulhulp"_s, u"--melding"_s, id, u"--uit"_s, pdf});
    QVERIFY2(help.exitCode == 0, help.err.constData());
    QVERIFY(QFileInfo(pdf).size() > 0);
    const CliRun passedOn = cli(later, {u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s,
                                        u"loket"_s, u"--wijziging-doorgegeven"_s});
    QVERIFY2(passedOn.exitCode == 0, passedOn.err.constData());
    QCOMPARE(kinds(), QStringList{u"geen_reactie"_s});
    const CliRun again = cli(later, {u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s, u"loket"_s,
                                     u"--wijziging-doorgegeven"_s});
    QVERIFY(again.exitCode != 0); // nothing left to pass on
}

void TestCliExamples::wholeDaysFromTheLestijden_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QJsonObject>("lestijden"); // empty: none
    QTest::addColumn<bool>("sameSignals");
    // p01 (po): a whole day is 330 minutes; five lessons with two breaks.
    QTest::newRow("p01_po_330_minutes") << u"p01_po_16uur_en_herhaling"_s
                                        << standardLessons({{"08:30", "09:30"},
                                                            {"09:30", "10:30"},
                                                            {"10:45", "12:00"},
                                                            {"13:00", "14:00"},
                                                            {"14:00", "15:15"}})
                                        << true;
    // p02 (vo): its 6-lesuren days are not whole days of 8 lessons.
    QTest::newRow("p02_vo_8_lessons") << u"p02_vo_lesuren_te_laat"_s
                                      << standardLessons({{"08:30", "09:20"},
                                                          {"09:20", "10:10"},
                                                          {"10:30", "11:20"},
                                                          {"11:20", "12:10"},
                                                          {"12:40", "13:30"},
                                                          {"13:30", "14:20"},
                                                          {"14:20", "15:10"},
                                                          {"15:10", "16:00"}})
                                      << true;
    // p03 (mbo): 420 minutes in seven lessons make the runs behind its LRV and RMC.
    QTest::newRow("p03_mbo_420_minutes") << u"p03_continu_lrv_en_rmc"_s << p03Lessons() << true;
    QTest::newRow("p03_without_lestijden_no_runs")
        << u"p03_continu_lrv_en_rmc"_s << QJsonObject() << false;
}

void TestCliExamples::wholeDaysFromTheLestijden()
{
    QFETCH(QString, example);
    QFETCH(QJsonObject, lestijden);
    QFETCH(bool, sameSignals);
    QTemporaryDir dir;
    const CliRun imported = importWith(dir, example, lestijden, withoutHeleDag(example));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // Without lestijden the import says once that whole days cannot be told.
    const QList<QByteArray> lines = imported.err.split('\n');
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QByteArray& line) { return line.contains("lestijden"); }),
             lestijden.isEmpty() ? 1 : 0);

    const QJsonArray expected =
        readJson(examplePath(example, u"expected.json"_s)).object()[u"signalen"_s].toArray();
    const QJsonArray actual = signalsOf(dir.filePath(u"x.sqlite"_s), example);
    if (sameSignals) {
        QCOMPARE(actual, expected);
        return;
    }
    for (const QJsonValue& signal : actual) {
        const QString soort = signal[u"soort"_s].toString();
        QVERIFY2(soort != u"LRV"_s && soort != u"RMC_18PLUS"_s, qPrintable(soort));
    }
}

void TestCliExamples::timeRangesGiveTheSameSignals_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QJsonObject>("lestijden");
    QTest::newRow("p01_po") << u"p01_po_16uur_en_herhaling"_s
                            << standardLessons({{"08:30", "09:30"},
                                                {"09:30", "10:30"},
                                                {"10:45", "12:00"},
                                                {"13:00", "14:00"},
                                                {"14:00", "15:15"}});
    QTest::newRow("p03_mbo_lrv_and_rmc") << u"p03_continu_lrv_en_rmc"_s << p03Lessons();
}

void TestCliExamples::timeRangesGiveTheSameSignals()
{
    QFETCH(QString, example);
    QFETCH(QJsonObject, lestijden);
    QTemporaryDir dir;
    const QByteArray spans = asTimeRanges(example);
    // Fewer spans than days: most cover several lesdagen, weekends inside.
    QVERIFY2(spans.count('\n') - 1 < 10, spans.constData());
    const CliRun imported = importWith(dir, example, lestijden, spans);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(signalsOf(dir.filePath(u"x.sqlite"_s), example),
             readJson(examplePath(example, u"expected.json"_s)).object()[u"signalen"_s].toArray());
}

QTEST_GUILESS_MAIN(TestCliExamples)
#include "TestCliExamples.moc"
