// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken files: each is refused with a problem naming file and line, nothing is
// stored, and nothing crashes (the sanitizer build runs this too).
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void formulasAreStoredAsText();
    void tenMegabyteSingleLine();
};

void TestHostileInput::refused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // part of the first problem, after the file name
    QTest::newRow("binary_junk") << u"binary-junk.csv"_s << u":"_s;
    QTest::newRow("nul_bytes") << u"nul-bytes.csv"_s << u":1: "_s;
    QTest::newRow("impossible_date") << u"impossible-date.csv"_s << u":2: column datum: "_s;
    QTest::newRow("negative_minutes") << u"negative-minutes.csv"_s << u":2: column minuten: "_s;
    QTest::newRow("pgn_with_letters") << u"pgn-with-letters.csv"_s << u":2: column pgn: "_s;
    // Neither UTF-8 nor Windows-1252: byte 0x81 has no character in either.
    QTest::newRow("undecodable_bytes") << u"undecodable-bytes.csv"_s << u":2: "_s;
    QTest::newRow("unterminated_quote") << u"unterminated-quote.csv"_s << u":2: "_s;
    QTest::newRow("too_few_fields") << u"too-few-fields.csv"_s << u":2: "_s;
    QTest::newRow("number_too_large") << u"huge-number.csv"_s << u":2: column minuten: "_s;
}

void TestHostileInput::refused()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const int before = *AbsenceRepository(db.db()).count();
    const QString path = QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/hostile/"_s + file;
    const ImportOutcome outcome = db.importService().run({{}, {}, {}, path, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    const QString first = outcome.issues.errors().first().toString();
    QVERIFY2(first.startsWith(path + expected), qPrintable(first));
    QCOMPARE(*AbsenceRepository(db.db()).count(), before);
}

void TestHostileInput::formulasAreStoredAsText()
{
    // Spreadsheet formulas in free text are data, stored as written; exports neutralise them.
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QString path =
        QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/hostile/csv-injection.csv"_s;
    QCOMPARE(db.importService().run({{}, {}, {}, path, {}}).status, ImportOutcome::Status::Stored);
    const auto records = AbsenceRepository(db.db()).forLeerling(u"300000017"_s);
    QVERIFY(std::any_of(records->cbegin(), records->cend(), [](const AbsenceRecord& r) {
        return r.remark == u"=HYPERLINK(\"http://example.invalid\",\"klik\")"_s;
    }));
}

void TestHostileInput::tenMegabyteSingleLine()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    QByteArray content = "pgn;datum;code;minuten\n300000017;2026-01-12;O;";
    content += QByteArray(10 * 1024 * 1024, '9');
    content += '\n';
    const QString path = db.writeFile(u"one-line.csv"_s, content);
    const ImportOutcome outcome = db.importService().run({{}, {}, {}, path, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    const QString first = outcome.issues.errors().first().toString();
    QVERIFY(first.startsWith(path + u":2: column minuten: "_s));
    QVERIFY2(first.size() < 1000, "a problem message must not echo megabytes of input");
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "TestHostileInput.moc"
