// SPDX-License-Identifier: GPL-3.0-or-later
// genereer and bench on the command line. The benchmark's figures are not judged here (timings
// belong in the benchmark, not in unit tests); what is checked is that every figure is measured,
// on a copy, and reported in the documented shape.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedSchoolImports();
    void benchReportsEveryFigureOnACopy();
    void genereerRefusesBadInput_data();
    void genereerRefusesBadInput();

private:
    QTemporaryDir m_dir;
    QString m_school;
    QString m_db;
};

void TestCliBench::initTestCase()
{
    qputenv("VERZUIMDESK_VANDAAG", "2026-11-20");
    m_school = m_dir.filePath(u"school"_s);
    m_db = m_dir.filePath(u"bench.sqlite"_s);
}

void TestCliBench::generatedSchoolImports()
{
    const CliRun generated = runCli({u"genereer"_s, u"--leerlingen"_s, u"200"_s, u"--sector"_s,
                                     u"mbo"_s, u"--seed"_s, u"5"_s, u"--uit"_s, m_school});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QVERIFY(generated.out.contains("200 leerlingen"));
    const CliRun imported =
        runCli({u"--db"_s, m_db, u"import"_s, u"--school"_s, m_school + u"/school.json"_s,
                u"--leerlingen"_s, m_school + u"/leerlingen.csv"_s, u"--contacten"_s,
                m_school + u"/contacten.csv"_s, u"--absenties"_s, m_school + u"/absenties.csv"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestCliBench::benchReportsEveryFigureOnACopy()
{
    const QByteArray before = fileHash(m_db);
    const CliRun bench = runCli({u"--db"_s, m_db, u"bench"_s, u"--json"_s});
    // Exit 1 only says a target was missed on this small school in a debug build.
    QVERIFY2(bench.exitCode == 0 || bench.exitCode == 1, bench.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(bench.out).object();
    QCOMPARE(report[u"leerlingen"_s].toInt(), 200);
    QVERIFY(report[u"records"_s].toInteger() > 1000);
    QVERIFY(report.contains(u"all_targets_met"_s));

    QStringList keys;
    for (const QJsonValue& value : report[u"measurements"_s].toArray()) {
        const QJsonObject m = value.toObject();
        keys.append(m[u"key"_s].toString());
        QVERIFY2(m[u"value"_s].toDouble() > 0, qPrintable(m[u"key"_s].toString()));
        QVERIFY(!m[u"label"_s].toString().isEmpty());
        if (m.contains(u"target"_s))
            QVERIFY(m[u"met"_s].isBool());
    }
    const QStringList expected{u"import_records_per_second"_s,
                               u"peak_memory_mb"_s,
                               u"signals_from_database_ms"_s,
                               u"signals_from_store_ms"_s,
                               u"load_ms"_s,
                               u"engine_ms"_s,
                               u"signals"_s,
                               u"sql_16uur_ms"_s,
                               u"engine_vs_sql_ratio"_s,
                               u"signalen_process_ms"_s,
                               u"signalen_process_vs_sql_ratio"_s,
                               u"signalen_herbereken_process_ms"_s,
                               u"signalen_herbereken_peak_memory_mb"_s,
                               u"recompute_one_ms"_s,
                               u"week_import_ms"_s,
                               u"signals_after_week_ms"_s,
                               u"verzuimstaat_pdf_ms"_s,
                               u"gui_start_ms"_s,
                               u"gui_filter_ms"_s,
                               u"gui_peak_memory_mb"_s,
                               u"import_time_ranges_records_per_second"_s,
                               u"time_ranges_peak_memory_mb"_s};
    QCOMPARE(keys, expected);
    // Measured on a copy: the school's own database is untouched.
    QCOMPARE(fileHash(m_db), before);
}

void TestCliBench::genereerRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString out = m_dir.filePath(u"bad"_s);
    QTest::addRow("no leerlingen")
        << QStringList{u"--sector"_s, u"vo"_s, u"--uit"_s, out} << QByteArray("--leerlingen");
    QTest::addRow("zero leerlingen")
        << QStringList{u"--leerlingen"_s, u"0"_s, u"--sector"_s, u"vo"_s, u"--uit"_s, out}
        << QByteArray("--leerlingen");
    QTest::addRow("unknown sector")
        << QStringList{u"--leerlingen"_s, u"5"_s, u"--sector"_s, u"hbo"_s, u"--uit"_s, out}
        << QByteArray("--sector");
    QTest::addRow("negative seed")
        << QStringList{u"--leerlingen"_s, u"5"_s,  u"--sector"_s, u"po"_s,
                       u"--seed"_s,       u"-1"_s, u"--uit"_s,    out}
        << QByteArray("--seed");
    QTest::addRow("no folder") << QStringList{u"--leerlingen"_s, u"5"_s, u"--sector"_s, u"po"_s}
                               << QByteArray("--uit");
}

void TestCliBench::genereerRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const CliRun run = runCli(QStringList{u"genereer"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad/absenties.csv"_s)));
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "TestCliBench.moc"
