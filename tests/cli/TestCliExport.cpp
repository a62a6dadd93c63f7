// SPDX-License-Identifier: GPL-3.0-or-later
// verzuimstaat and export on the command line, against the shared examples.
#include "CliRunner.h"
#include "PdfTools.h"
#include "TestDatabase.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verzuimstaat_data();
    void verzuimstaat();
    void exports_data();
    void exports();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliExport::initTestCase()
{
    m_db = m_dir.filePath(u"p01.sqlite"_s);
    QCOMPARE(runCli(importExampleArguments(m_db, u"p01_po_16uur_en_herhaling"_s)).exitCode, 0);
    QCOMPARE(
        runCli({u"--db"_s, m_db, u"signaal"_s, u"--pgn"_s, u"300000017"_s, u"--soort"_s, u"16UUR"_s,
                u"--begindatum"_s, u"2026-01-12"_s, u"--status"_s, u"in_behandeling"_s})
            .exitCode,
        0);
}

void TestCliExport::verzuimstaat_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("fileExistsBefore");
    QTest::addColumn<QString>("linkedTo"); // --uit is a symbolic link to this file
    QTest::addColumn<int>("exitCode");
    QTest::newRow("written") << QStringList() << false << QString() << 0;
    QTest::newRow("existing_file_kept") << QStringList() << true << QString() << 1;
    QTest::newRow("overwrite_when_asked")
        << QStringList{u"--overschrijven"_s} << true << QString() << 0;
    QTest::newRow("unknown_leerling")
        << QStringList{u"--pgn"_s, u"999999999"_s} << false << QString() << 1;
    QTest::newRow("dangling_link_not_followed") << QStringList() << false << u"elders.pdf"_s << 1;
    QTest::newRow("link_not_followed_even_when_overwriting")
        << QStringList{u"--overschrijven"_s} << true << u"elders.pdf"_s << 1;
}

void TestCliExport::verzuimstaat()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, fileExistsBefore);
    QFETCH(QString, linkedTo);
    QFETCH(int, exitCode);
    const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    const QString target = linkedTo.isEmpty() ? pdf : m_dir.filePath(linkedTo);
    QFile::remove(target);
    if (fileExistsBefore) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    if (!linkedTo.isEmpty())
        QVERIFY(QFile::link(target, pdf));
    QStringList pgn{u"--pgn"_s, u"300000017"_s};
    if (extra.contains(u"--pgn"_s))
        pgn.clear();
    const CliRun run = runCli(
        QStringList{u"--db"_s, m_db, u"verzuimstaat"_s} + pgn +
        QStringList{u"--van"_s, u"2026-01-01"_s, u"--tot"_s, u"2026-02-13"_s, u"--uit"_s, pdf} +
        extra);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(!run.err.isEmpty());
        if (fileExistsBefore) {
            QFile file(target);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("keep me"));
        } else {
            QVERIFY(!QFile::exists(target));
        }
        return;
    }
    const QString text = PdfTools::text(pdf);
    QVERIFY2(text.contains(u"Test de Vries"_s), qPrintable(text));
    QVERIFY(text.contains(u"Meetellend verzuim in de periode: 33 uur."_s));
    QVERIFY(text.contains(u"niet opgenomen"_s));
}

void TestCliExport::exports_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // a cell of some data row
    QTest::newRow("signalen_csv") << QStringList{u"signalen"_s, u"--peildatum"_s, u"2026-02-13"_s}
                                  << u"signalen.csv"_s << 0 << u"in behandeling"_s;
    QTest::newRow("signalen_xlsx") << QStringList{u"signalen"_s, u"--peildatum"_s, u"2026-02-13"_s}
                                   << u"signalen.xlsx"_s << 0 << QString();
    QTest::newRow("meldingen_csv")
        << QStringList{u"meldingen"_s} << u"meldingen.csv"_s << 0 << QString();
    QTest::newRow("verzuim_csv") << QStringList{u"verzuim"_s, u"--pgn"_s, u"300000017"_s}
                                 << u"verzuim.csv"_s << 0 << u"12-01-2026"_s;
    QTest::newRow("unknown_overview")
        << QStringList{u"leerlingen"_s} << u"x.csv"_s << 2 << QString();
    QTest::newRow("unknown_format") << QStringList{u"meldingen"_s} << u"x.ods"_s << 1 << QString();
}

void TestCliExport::exports()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(file);
    const CliRun run = runCli(QStringList{u"--db"_s, m_db, u"export"_s} + arguments +
                              QStringList{u"--uit"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(QFile::exists(path), exitCode == 0);
    if (exitCode != 0 || !file.endsWith(u".csv"_s))
        return;
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const CsvDocument document = CsvReader::read(csv.readAll());
    QVERIFY(document.problems.isEmpty());
    if (!expected.isEmpty()) {
        QVERIFY(std::any_of(document.records.cbegin(), document.records.cend(),
                            [&](const CsvRecord& r) { return r.fields.contains(expected); }));
    }
}

QTEST_MAIN(TestCliExport)
#include "TestCliExport.moc"
