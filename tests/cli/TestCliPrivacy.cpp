// SPDX-License-Identifier: GPL-3.0-or-later
// The AVG commands of verzuimdesk-cli on a SQLite file: the purge removes only with the
// preview's count and after checking where its report goes, the inzage export, and the audit
// trail that records both.
#include "CliRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void purgeNeedsThePreviewsCount_data();
    void purgeNeedsThePreviewsCount();
    void inzageAndAuditTrail();

private:
    QString prepare(const QTemporaryDir& dir) const;
};

void TestCliPrivacy::initTestCase()
{
    qputenv("VERZUIMDESK_VANDAAG", "2026-01-15");
}

// A school with one leerling who left in 2020 and one who is enrolled.
QString TestCliPrivacy::prepare(const QTemporaryDir& dir) const
{
    const QString db = dir.filePath(u"school.sqlite"_s);
    const QString leerlingen = dir.filePath(u"leerlingen.csv"_s);
    QFile file(leerlingen);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("pgn;achternaam;voornamen;geboortedatum;startkwalificatie_datum;inschrijving_van;"
               "inschrijving_tot\n"
               "100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n"
               "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    file.close();
    const CliRun run = runCli(
        {u"--db"_s, db, u"import"_s, u"--school"_s,
         QStringLiteral(VERZUIMDESK_EXAMPLES_DIR) + u"/p01_po_16uur_en_herhaling/school.json"_s,
         u"--leerlingen"_s, leerlingen});
    return run.exitCode == 0 ? db : QString();
}

void TestCliPrivacy::purgeNeedsThePreviewsCount_data()
{
    QTest::addColumn<QStringList>("confirmation");
    QTest::addColumn<bool>("reportExists");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("removed");
    QTest::newRow("preview_only") << QStringList() << false << 0 << false;
    QTest::newRow("wrong_count") << QStringList{u"--bevestig"_s, u"2"_s} << false << 1 << false;
    QTest::newRow("report_file_taken")
        << QStringList{u"--bevestig"_s, u"1"_s} << true << 2 << false;
    QTest::newRow("confirmed") << QStringList{u"--bevestig"_s, u"1"_s} << false << 0 << true;
}

void TestCliPrivacy::purgeNeedsThePreviewsCount()
{
    QFETCH(QStringList, confirmation);
    QFETCH(bool, reportExists);
    QFETCH(int, exitCode);
    QFETCH(bool, removed);
    QTemporaryDir dir;
    const QString db = prepare(dir);
    QVERIFY(!db.isEmpty());
    const QString report = dir.filePath(u"verwijderd.csv"_s);
    if (reportExists) {
        QFile taken(report);
        QVERIFY(taken.open(QIODevice::WriteOnly));
    }
    const CliRun run =
        runCli(QStringList{u"--db"_s, db, u"opschonen"_s, u"--uit"_s, report} + confirmation);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.contains("100000009"), run.out.constData()); // the preview is always shown
    const CliRun left = runCli({u"--db"_s, db, u"leerlingen"_s});
    QCOMPARE(left.out.contains("100000009"), !removed);
    QVERIFY(left.out.contains("100000010"));
    if (removed) {
        QFile written(report);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("100000009"));
    }
}

void TestCliPrivacy::inzageAndAuditTrail()
{
    QTemporaryDir dir;
    const QString db = prepare(dir);
    QVERIFY(!db.isEmpty());
    const QString json = dir.filePath(u"inzage.json"_s);
    CliRun run = runCli({u"--db"_s, db, u"inzage"_s, u"--pgn"_s, u"100000010"_s, u"--uit"_s, json});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll())
                 .object()
                 .value(u"leerling"_s)
                 .toObject()
                 .value(u"achternaam"_s)
                 .toString(),
             u"Nieuw"_s);
    const QString pdf = dir.filePath(u"inzage.pdf"_s);
    run = runCli({u"--db"_s, db, u"inzage"_s, u"--pgn"_s, u"100000010"_s, u"--uit"_s, pdf});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile(pdf).size() > 1000);

    run = runCli({u"--db"_s, db, u"dossier"_s, u"--pgn"_s, u"100000010"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({u"--db"_s, db, u"audit"_s, u"--pgn"_s, u"100000010"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count("inzage geëxporteerd"), 2);
    QCOMPARE(run.out.count("dossier bekeken"), 1);
    // Team commands on a SQLite file say where they belong.
    run =
        runCli({u"--db"_s, db, u"gebruiker"_s, u"--naam"_s, u"anna"_s, u"--rol"_s, u"beheerder"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("PostgreSQL"));
}

QTEST_GUILESS_MAIN(TestCliPrivacy)
#include "TestCliPrivacy.moc"
