// SPDX-License-Identifier: GPL-3.0-or-later
// The import command's exit codes and messages (uitwisselformaat: 0 / 2 / 1).
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString packageFixture(const QString& name)
{
    return QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s + name;
}

// A database with the packages' fixture school and leerlingen, and then one absence file.
// The fixture school, its leerlingen from `leerlingen` (our file or a roster), then the absence;
// the output of both imports.
CliRun importPackageAbsence(const QString& db, const QString& absenties,
                            const QString& leerlingen = packageFixture(u"leerlingen.csv"_s))
{
    const CliRun school = runCli({u"--db"_s, db, u"import"_s, u"--school"_s,
                                  packageFixture(u"school.json"_s), u"--leerlingen"_s, leerlingen});
    if (school.exitCode != 0)
        return school;
    CliRun absence = runCli({u"--db"_s, db, u"import"_s, u"--absenties"_s, absenties});
    absence.out.prepend(school.out);
    return absence;
}

QByteArray sha(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokenLineExitsTwoAndChangesNothing();
    void otherFailuresExitOne_data();
    void otherFailuresExitOne();
    void formaatNamesAKnownKind_data();
    void formaatNamesAKnownKind();
    void helpAndVersion();
    void signalStatusAndOverdue();
    void packageExportGivesTheSameSignals_data();
    void packageExportGivesTheSameSignals();
    void schoolJsonSaysWhatItReplaced();
    void somtodayVakantiesSayWhatTheyReplaced();
};

void TestCliImport::brokenLineExitsTwoAndChangesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const QString example = u"p01_po_16uur_en_herhaling"_s;
    QCOMPARE(
        runCli({u"--db"_s, db, u"import"_s, u"--school"_s, examplePath(example, u"school.json"_s),
                u"--leerlingen"_s, examplePath(example, u"leerlingen.csv"_s)})
            .exitCode,
        0);
    // Checkpoint so that the file compare below sees every committed page.
    QCOMPARE(runCli({u"--db"_s, db, u"leerlingen"_s}).exitCode, 0);
    const QByteArray before = sha(db);

    const QString broken = dir.filePath(u"absenties.csv"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("pgn;datum;code;minuten;lesuren;hele_dag\n"
               "300000017;2026-01-12;O;330;5;1\n"
               "300000017;2026-01-13;O;drie;5;1\n");
    file.close();
    const CliRun run = runCli({u"--db"_s, db, u"import"_s, u"--absenties"_s, broken});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains((broken + u":3: column minuten:"_s).toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("niets geïmporteerd"), run.err.constData()); // Dutch by default
    QCOMPARE(sha(db), before);
    const CliRun listed =
        runCli({u"--db"_s, db, u"signalen"_s, u"--peildatum"_s, u"2026-03-31"_s, u"--json"_s});
    QCOMPARE(listed.out.trimmed(), QByteArray("[]"));
}

void TestCliImport::formaatNamesAKnownKind_data()
{
    QTest::addColumn<QStringList>("arguments"); // after import
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown_kind")
        << QStringList{u"--absenties"_s, u"A"_s, u"--formaat"_s, u"parnassys"_s}
        << u"--formaat noemt de soort van het --absenties-bestand: uitwissel, absentiemeldingen, "
           u"eduarte, somtoday, magister (of edexml voor het --leerlingen-bestand)."_s;
    QTest::newRow("absence_kind_without_absence_file")
        << QStringList{u"--leerlingen"_s, u"L"_s, u"--formaat"_s, u"magister"_s}
        << u"--formaat noemt de soort van het --absenties-bestand"_s;
    QTest::newRow("edexml_without_leerlingen_file")
        << QStringList{u"--absenties"_s, u"A"_s, u"--formaat"_s, u"EDEXML"_s}
        << u"--formaat edexml noemt de soort van het --leerlingen-bestand."_s;
}

// A wrong --formaat is the input's fault (exit 2), said before any file is read.
void TestCliImport::formaatNamesAKnownKind()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const CliRun run =
        runCli(QStringList{u"--db"_s, dir.filePath(u"x.sqlite"_s), u"import"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(said), run.err.constData());
}

void TestCliImport::otherFailuresExitOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no_command") << QStringList{u"--db"_s, u"DB"_s};
    QTest::newRow("unknown_command") << QStringList{u"--db"_s, u"DB"_s, u"opruimen"_s};
    QTest::newRow("no_db") << QStringList{u"signalen"_s, u"--peildatum"_s, u"2026-01-01"_s};
    QTest::newRow("database_is_not_ours") << QStringList{u"--db"_s, u"NOTDB"_s, u"leerlingen"_s};
    QTest::newRow("import_without_files") << QStringList{u"--db"_s, u"DB"_s, u"import"_s};
    QTest::newRow("missing_peildatum") << QStringList{u"--db"_s, u"DB"_s, u"signalen"_s};
    // Not the input's fault: the file is not there (uitwisselformaat: exit 1, not 2).
    QTest::newRow("unreadable_input_file")
        << QStringList{u"--db"_s, u"DB"_s, u"import"_s, u"--school"_s, u"MISSING"_s};
}

void TestCliImport::otherFailuresExitOne()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const QString notDb = dir.filePath(u"notes.txt"_s);
    QFile file(notDb);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    arguments.replaceInStrings(u"NOTDB"_s, notDb);
    arguments.replaceInStrings(u"MISSING"_s, dir.filePath(u"school.json"_s));
    arguments.replaceInStrings(u"DB"_s, dir.filePath(u"x.sqlite"_s));
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCliImport::helpAndVersion()
{
    const CliRun help = runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("signalen --peildatum"), help.out.constData());
    QVERIFY2(help.out.contains("Opdrachten"), help.out.constData()); // Dutch by default
    const CliRun version = runCli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(VERZUIMDESK_VERSION));
}

void TestCliImport::signalStatusAndOverdue()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const QString example = u"p01_po_16uur_en_herhaling"_s;
    QCOMPARE(runCli(importExampleArguments(db, example)).exitCode, 0);
    const QStringList list{u"--db"_s, db, u"signalen"_s, u"--peildatum"_s, u"2026-03-31"_s};
    qputenv("VERZUIMDESK_VANDAAG", "2026-01-22"); // the injectable clock of the programs
    QVERIFY(runCli(list).out.contains("21-01-2026 VERLOPEN"));

    const QStringList mark{
        u"--db"_s,       db,           u"signaal"_s,      u"--pgn"_s,      u"300000017"_s,
        u"--soort"_s,    u"16UUR"_s,   u"--begindatum"_s, u"2026-01-12"_s, u"--peildatum"_s,
        u"2026-03-31"_s, u"--status"_s};
    const CliRun refused = runCli(mark + QStringList{u"niet_melden"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("reden"), refused.err.constData());
    QCOMPARE(runCli(mark + QStringList{u"gemeld"_s}).exitCode, 0);
    const CliRun after = runCli(list);
    qunsetenv("VERZUIMDESK_VANDAAG");
    QVERIFY2(!after.out.contains("21-01-2026 VERLOPEN"), after.out.constData());
    QVERIFY2(after.out.contains("gemeld"), after.out.constData());
}

void TestCliImport::packageExportGivesTheSameSignals_data()
{
    QTest::addColumn<QString>("leerlingen");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("perDay"); // the same absence in our format
    QTest::addColumn<QString>("named");  // how the import names the kind it read
    QTest::newRow("eduarte")
        << u"leerlingen.csv"_s << u"eduarte-absentiemeldingen.csv"_s << u"per-dag.csv"_s
        << u"Absentiebestand gelezen als: absentiemeldingen uit Eduarte/KRD."_s;
    QTest::newRow("somtoday")
        << u"leerlingen.csv"_s << u"somtoday-absentiemeldingen.json"_s << u"per-dag.csv"_s
        << u"Absentiebestand gelezen als: absentiemeldingen uit Somtoday (JSON)."_s;
    QTest::newRow("magister") << u"leerlingen.csv"_s << u"magister-absenties.json"_s
                              << u"magister-per-dag.csv"_s
                              << u"Absentiebestand gelezen als: Magister-absenties (JSON)."_s;
    QTest::newRow("edexml_roster_and_eduarte")
        << u"edexml-leerlingen.xml"_s << u"eduarte-absentiemeldingen.csv"_s << u"per-dag.csv"_s
        << u"Leerlingenbestand gelezen als: EDEXML-leerlingenlijst (ParnasSys, ESIS)."_s;
}

// The coordinator's walk with a package's own export: in, recognised, and the signals of the
// same absence in our per-day format.
void TestCliImport::packageExportGivesTheSameSignals()
{
    QFETCH(QString, leerlingen);
    QFETCH(QString, file);
    QFETCH(QString, perDay);
    QFETCH(QString, named);
    qputenv("VERZUIMDESK_VANDAAG", "2026-03-11"); // the open span runs up to the import's day
    QTemporaryDir dir;
    const QString ours = dir.filePath(u"ours.sqlite"_s);
    const QString theirs = dir.filePath(u"theirs.sqlite"_s);
    QCOMPARE(importPackageAbsence(ours, packageFixture(perDay)).exitCode, 0);
    const CliRun run =
        importPackageAbsence(theirs, packageFixture(file), packageFixture(leerlingen));
    qunsetenv("VERZUIMDESK_VANDAAG");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(named.toUtf8()), run.out.constData());
    const QStringList signalen{u"signalen"_s, u"--peildatum"_s, u"2026-03-11"_s, u"--json"_s};
    const CliRun expected = runCli(QStringList{u"--db"_s, ours} + signalen);
    const CliRun actual = runCli(QStringList{u"--db"_s, theirs} + signalen);
    QCOMPARE(actual.exitCode, 0);
    QVERIFY(expected.out.contains("16UUR")); // the walk reaches a legal signal
    QCOMPARE(actual.out, expected.out);
}

void TestCliImport::schoolJsonSaysWhatItReplaced()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"import"_s, u"--school"_s, school}).exitCode, 0);
    QFile original(school);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QString renamed = dir.filePath(u"school.json"_s);
    QFile changed(renamed);
    QVERIFY(changed.open(QIODevice::WriteOnly));
    changed.write(original.readAll().replace("\"naam\": \"School p01", "\"naam\": \"De Linde"));
    changed.close();
    const CliRun run = runCli({u"--db"_s, db, u"import"_s, u"--school"_s, renamed});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("  Naam: School p01_po_16uur_en_herhaling → "
                              "De Linde_po_16uur_en_herhaling\n"),
             run.out.constData());
}

void TestCliImport::somtodayVakantiesSayWhatTheyReplaced()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"import"_s, u"--school"_s, packageFixture(u"school.json"_s)})
                 .exitCode,
             0);
    const CliRun run = runCli(
        {u"--db"_s, db, u"import"_s, u"--school"_s, packageFixture(u"somtoday-vakanties.json"_s)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Schoolbestand gelezen als: vakanties uit Somtoday"_s),
             run.out.constData());
    QVERIFY2(out.contains(u"Voorjaarsvakantie"_s) && out.contains(u"21-02-2026"_s),
             run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
