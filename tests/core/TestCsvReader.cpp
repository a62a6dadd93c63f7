// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void problems_data();
    void problems();
    void longSingleLine();
    void firstRecordsOnly_data();
    void firstRecordsOnly();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("semicolon") << QByteArray("a;b\n1;2\n") << QStringList{u"a"_s, u"b"_s}
                               << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("comma_detected") << QByteArray("a,b\n1,2\n") << QStringList{u"a"_s, u"b"_s}
                                    << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("more_semicolons_than_commas")
        << QByteArray("a;b,c;d\n1;2,3;4\n") << QStringList{u"a"_s, u"b,c"_s, u"d"_s}
        << QList<QStringList>{{u"1"_s, u"2,3"_s, u"4"_s}} << QList<int>{2};
    QTest::newRow("bom_stripped") << QByteArray("\xEF\xBB\xBFpgn;x\n1;2\n")
                                  << QStringList{u"pgn"_s, u"x"_s}
                                  << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    // An export saved by Excel in the Windows code page is read as such (uitwisselformaat.md).
    QTest::newRow("windows_1252_export")
        << QByteArray("naam\nBront\xeb\n") << QStringList{u"naam"_s}
        << QList<QStringList>{{u"Bront\u00EB"_s}} << QList<int>{2};
    QTest::newRow("crlf") << QByteArray("a;b\r\n1;2\r\n3;4\r\n") << QStringList{u"a"_s, u"b"_s}
                          << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                          << QList<int>{2, 3};
    QTest::newRow("no_final_newline") << QByteArray("a;b\n1;2") << QStringList{u"a"_s, u"b"_s}
                                      << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("quoted_separator")
        << QByteArray("a;b\n\"x;y\";2\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"x;y"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("doubled_quote")
        << QByteArray("a;b\n\"say \"\"hi\"\"\";2\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"say \"hi\""_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("quoted_without_escapes")
        << QByteArray("a;b\n\"x\";\"\"\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"x"_s, QString()}} << QList<int>{2};
    QTest::newRow("text_after_the_closing_quote")
        << QByteArray("a;b\n\"ab\"cd;2\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"abcd"_s, u"2"_s}} << QList<int>{2};
    // Each unescaped field is kept beside the record; the record's list of them grows as
    // they come, and every field read before must still read the same.
    QTest::newRow("many_unescaped_fields_in_one_record") <<
        [] {
            QByteArray csv = "h\n";
            for (int i = 0; i < 40; ++i)
                csv += (i ? ";" : "") + QByteArray("\"v\"\"") + QByteArray::number(i) + '"';
            return csv + '\n';
        }() << QStringList{u"h"_s} <<
        [] {
            QStringList fields;
            for (int i = 0; i < 40; ++i)
                fields.append(u"v\"%1"_s.arg(i));
            return QList<QStringList>{fields};
        }() << QList<int>{2};
    QTest::newRow("newline_in_quotes_keeps_line_numbers")
        << QByteArray("a;b\n\"two\nlines\";2\n3;4\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"two\nlines"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 4};
    QTest::newRow("crlf_in_quotes_becomes_lf")
        << QByteArray("a\r\n\"x\r\ny\"\r\n") << QStringList{u"a"_s}
        << QList<QStringList>{{u"x\ny"_s}} << QList<int>{2};
    QTest::newRow("lone_cr_line_endings")
        << QByteArray("a;b\r1;2\r\r3;4\r") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 4};
    QTest::newRow("blank_lines_skipped")
        << QByteArray("a;b\n\n1;2\n\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{3};
    QTest::newRow("empty_fields") << QByteArray("a;b;c\n;;\n")
                                  << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                  << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<int>{2};
    QTest::newRow("utf8_names") << QByteArray("naam\nBrontë Çelik\n") << QStringList{u"naam"_s}
                                << QList<QStringList>{{u"Brontë Çelik"_s}} << QList<int>{2};
    QTest::newRow("header_only") << QByteArray("a;b\n") << QStringList{u"a"_s, u"b"_s}
                                 << QList<QStringList>{} << QList<int>{};
    QTest::newRow("header_names_trimmed")
        << QByteArray(" a ; b \n1;2\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"1"_s, u"2"_s}} << QList<int>{2};
    QTest::newRow("wrong_column_count_is_kept_for_the_importer")
        << QByteArray("a;b\n1;2;3\n") << QStringList{u"a"_s, u"b"_s}
        << QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s}} << QList<int>{2};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);

    const CsvDocument document = CsvReader::read(input);
    QVERIFY(document.problems.isEmpty());
    QCOMPARE(document.header, header);
    QCOMPARE(document.records.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(document.records[i].fields, rows[i]);
        QCOMPARE(document.records[i].line, lines[i]);
    }
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("unterminated_quote")
        << QByteArray("a;b\n1;2\n\"open;3\n4;5\n") << 3 << u"quoted"_s;
    QTest::newRow("neither_utf8_nor_windows_1252")
        << QByteArray("a;b\n1;2\n\x81\x8d;3\n") << 3 << u"Windows-1252"_s;
    QTest::newRow("utf8_mark_over_windows_1252") << QByteArray("\xEF\xBB\xBF"
                                                               "naam\nBront\xeb\n")
                                                 << 2 << u"UTF-8"_s;
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, reasonPart);
    const CsvDocument document = CsvReader::read(input);
    QCOMPARE(document.problems.size(), 1);
    QCOMPARE(document.problems.first().line, line);
    QVERIFY2(document.problems.first().reason.contains(reasonPart),
             qPrintable(document.problems.first().reason));
}

void TestCsvReader::longSingleLine()
{
    // 10 MB on one line must be read in linear time, not rejected or hung.
    QByteArray input("a\n");
    input += QByteArray(10 * 1024 * 1024, 'x');
    const CsvDocument document = CsvReader::read(input);
    QVERIFY(document.problems.isEmpty());
    QCOMPARE(document.records.size(), 1);
    QCOMPARE(document.records.first().fields.first().size(), 10 * 1024 * 1024);
}

void TestCsvReader::firstRecordsOnly_data()
{
    QTest::addColumn<qsizetype>("maxRecords");
    QTest::addColumn<QList<int>>("lines"); // of the records read
    QTest::newRow("fewer_than_the_file") << qsizetype(2) << QList<int>{2, 3};
    QTest::newRow("more_than_the_file") << qsizetype(10) << QList<int>{2, 3, 6};
    QTest::newRow("none") << qsizetype(0) << QList<int>{};
    QTest::newRow("all") << qsizetype(-1) << QList<int>{2, 3, 6};
}

// The preview reads the first records; a quoted newline and an empty line do not count as one,
// and a broken record beyond them is never reached.
void TestCsvReader::firstRecordsOnly()
{
    QFETCH(qsizetype, maxRecords);
    QFETCH(QList<int>, lines);
    const QByteArray input = "a;b\n1;2\n\"x\ny\";3\n\n4;5\n"_ba +
                             (maxRecords >= 0 && maxRecords < 3 ? "\"open;6\n"_ba : ""_ba);
    const CsvDocument document = CsvReader::read(input, maxRecords);
    QVERIFY(document.problems.isEmpty());
    QCOMPARE(document.header, (QStringList{u"a"_s, u"b"_s}));
    QList<int> read;
    for (const CsvRecord& record : document.records)
        read.append(record.line);
    QCOMPARE(read, lines);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
