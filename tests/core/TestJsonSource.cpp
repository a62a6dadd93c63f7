// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer knows of a JSON file beyond QJsonDocument: the line of every object by its
// JSON pointer, keys written twice, and the line of a syntax error.
#include "io/JsonSource.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestJsonSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectLines_data();
    void objectLines();
    void duplicateKeys_data();
    void duplicateKeys();
    void invalidJsonNamesItsLine();
};

void TestJsonSource::objectLines_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    const QByteArray items = "{\"items\": [\n"
                             "  {\"a\": [1, 2, {\"b\": \"}]{\"}]},\n"
                             "  \"text, with a comma\", 12.5e3, null,\n"
                             "  {\"c\": {\"d\": true}}\n"
                             "]}\n"_ba;
    QTest::newRow("the_document") << items << u""_s << 1;
    QTest::newRow("first_item") << items << u"/items/0"_s << 2;
    QTest::newRow("object_in_an_array_in_an_item") << items << u"/items/0/a/2"_s << 2;
    // Strings, numbers and null are elements too, and braces inside strings are text.
    QTest::newRow("after_other_values") << items << u"/items/4"_s << 4;
    QTest::newRow("object_in_an_object") << items << u"/items/4/c"_s << 4;
    QTest::newRow("not_an_object") << items << u"/items/1"_s << 1;
    QTest::newRow("bare_array") << "[\n{\"x\": 1},\n\n{\"x\": \"a \\\" quote\"}\n]"_ba << u"/1"_s
                                << 4;
}

void TestJsonSource::objectLines()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    ImportIssues issues;
    const auto source = JsonSource::parse(u"f.json"_s, json, issues);
    QVERIFY(source);
    QCOMPARE(source->lineOf(pointer), line);
}

void TestJsonSource::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // key@line
    QTest::newRow("none") << "{\"a\": 1, \"b\": {\"a\": 2}}"_ba << QStringList();
    QTest::newRow("top_level") << "{\"sector\": \"po\",\n \"sector\": \"vo\"}"_ba
                               << QStringList{u"sector@2"_s};
    QTest::newRow("in_an_array_element")
        << "{\"l\": [{\"v\": 1}, {\"v\": 1,\n\"v\": 2}]}"_ba << QStringList{u"v@2"_s};
    QTest::newRow("a_value_equal_to_a_key_is_not_a_key")
        << "{\"a\": \"a\", \"b\": [\"a\", \"b\"]}"_ba << QStringList();
}

void TestJsonSource::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    ImportIssues issues;
    const auto source = JsonSource::parse(u"f.json"_s, json, issues);
    QVERIFY(source);
    QStringList found;
    for (const DuplicateJsonKey& key : source->duplicateKeys())
        found.append(u"%1@%2"_s.arg(key.key).arg(key.line));
    QCOMPARE(found, expected);
}

void TestJsonSource::invalidJsonNamesItsLine()
{
    ImportIssues issues;
    QVERIFY(!JsonSource::parse(u"f.json"_s, "{\"a\": 1,\n\"b\": }"_ba, issues));
    QCOMPARE(issues.errors().size(), 1);
    QVERIFY2(issues.errors().first().toString().startsWith(u"f.json:2: not valid JSON"_s),
             qPrintable(issues.errors().first().toString()));
}

QTEST_GUILESS_MAIN(TestJsonSource)
#include "TestJsonSource.moc"
