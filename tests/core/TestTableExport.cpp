// SPDX-License-Identifier: GPL-3.0-or-later
// Overviews as CSV and XLSX: what Dutch Excel reads, formulas neutralised, no file overwritten.
#include "exports/TableExport.h"
#include "io/CsvReader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ExportTable sampleTable()
{
    return {u"Meldingen"_s,
            {u"Leerling"_s, u"Datum"_s, u"Lesuren"_s, u"Uren"_s, u"Toelichting"_s},
            {{u"Daan de Vries"_s, QDate(2026, 1, 14), 5, 16.5, u"ziek; \"echt\"\nof niet"_s},
             {u"=HYPERLINK(\"http://x\",\"klik\")"_s, QDate(2026, 2, 2), 0, 0.0, u"+31 6"_s},
             {u"Zoë Ösgür"_s, QVariant(QString()), 7, 1.0, u"@SUM(A1)"_s}}};
}

// The sheet's XML from the workbook, as a spreadsheet program finds it.
QString unzip(const QString& xlsx, const QString& member)
{
    QProcess process;
    process.start(u"unzip"_s, {u"-p"_s, xlsx, member});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralised_data();
    void neutralised();
    void csvRoundTrip();
    void xlsxOpensWithTheRows();
    void existingFileIsKept_data();
    void existingFileIsKept();
};

void TestTableExport::neutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"'=HYPERLINK(\"x\")"_s;
    QTest::newRow("plus") << u"+31 6 1234"_s << u"'+31 6 1234"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("plain_name") << u"Daan de Vries"_s << u"Daan de Vries"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::neutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ExportTable::neutralised(text), expected);
}

void TestTableExport::csvRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"meldingen.csv"_s);
    QVERIFY(TableExport::save(sampleTable(), path, Overwrite::Refuse).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the mark
    QVERIFY(bytes.contains("\r\n"));

    const CsvDocument document = CsvReader::read(bytes);
    QVERIFY(document.problems.isEmpty());
    QCOMPARE(document.separator, u';');
    QCOMPARE(document.header, sampleTable().header);
    QCOMPARE(document.records.size(), 3);
    QCOMPARE(document.records[0].fields, (QStringList{u"Daan de Vries"_s, u"14-01-2026"_s, u"5"_s,
                                                      u"16,5"_s, u"ziek; \"echt\"\nof niet"_s}));
    QCOMPARE(document.records[1].fields[0], u"'=HYPERLINK(\"http://x\",\"klik\")"_s);
    QCOMPARE(document.records[1].fields[4], u"'+31 6"_s);
    QCOMPARE(document.records[2].fields[0], u"Zoë Ösgür"_s);
    QCOMPARE(document.records[2].fields[1], QString());
    QCOMPARE(file.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestTableExport::xlsxOpensWithTheRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"meldingen.xlsx"_s);
    QVERIFY(TableExport::save(sampleTable(), path, Overwrite::Refuse).ok());
    const QString sheet = unzip(path, u"xl/worksheets/sheet1.xml"_s);
    const QString strings = unzip(path, u"xl/sharedStrings.xml"_s);
    QVERIFY2(sheet.contains(u"<row r=\"4\""_s), qPrintable(sheet)); // header and three rows
    QVERIFY(!sheet.contains(u"<row r=\"5\""_s));
    QVERIFY(!sheet.contains(u"<f>"_s)); // no cell is a formula
    QVERIFY(sheet.contains(u"<v>16.5</v>"_s));
    QVERIFY(sheet.contains(u"<v>46036</v>"_s)); // 14-01-2026 as an Excel date serial
    QVERIFY(strings.contains(u"Zoë Ösgür"_s));
    QVERIFY(strings.contains(u"'=HYPERLINK"_s));
    QVERIFY(unzip(path, u"xl/workbook.xml"_s).contains(u"name=\"Meldingen\""_s));
    QVERIFY(unzip(path, u"xl/styles.xml"_s).contains(u"dd-mm-yyyy"_s));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"meldingen.xlsx"_s});
}

void TestTableExport::existingFileIsKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Overwrite>("overwrite");
    QTest::addColumn<bool>("written");
    QTest::newRow("csv_refused") << u"x.csv"_s << Overwrite::Refuse << false;
    QTest::newRow("xlsx_refused") << u"x.xlsx"_s << Overwrite::Refuse << false;
    QTest::newRow("csv_allowed") << u"x.csv"_s << Overwrite::Allow << true;
    QTest::newRow("unknown_format") << u"x.txt"_s << Overwrite::Allow << false;
}

void TestTableExport::existingFileIsKept()
{
    QFETCH(QString, name);
    QFETCH(Overwrite, overwrite);
    QFETCH(bool, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    const Status saved = TableExport::save(sampleTable(), path, overwrite);
    QCOMPARE(saved.ok(), written);
    if (!written)
        QVERIFY(saved.error().contains(name));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll() == "old", !written);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name}); // no temporary left
}

QTEST_MAIN(TestTableExport)
#include "TestTableExport.moc"
