// SPDX-License-Identifier: GPL-3.0-or-later
// The packages' own absence files (uitwisselformaat.md, "The packages' own files"): recognised by
// their content, read in their own encoding, and turned into exactly the day records of the same
// absence in our per-day format.
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s + name;
}

// What a day record says, whatever file it came from.
QStringList dayRecords(Database& db)
{
    QStringList lines;
    const auto all = AbsenceRepository(db).allForRules();
    if (!all)
        return {all.error()};
    for (const QList<AbsenceRecord>& records : *all) {
        for (const AbsenceRecord& r : records)
            lines.append(
                u"%1 %2 %3 %4 min %5 lesuren%6"_s.arg(r.pgn, r.date.toString(Qt::ISODate), r.code)
                    .arg(r.minutes)
                    .arg(r.lesuren)
                    .arg(r.wholeDay ? u" hele dag"_s : QString()));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestPackageAbsenceFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageFileGivesThePerDayRecords_data();
    void packageFileGivesThePerDayRecords();
    void formatIsRecognised_data();
    void formatIsRecognised();
    void badEduarteLineIsRefused_data();
    void badEduarteLineIsRefused();
    void badSomtodayItemIsRefused_data();
    void badSomtodayItemIsRefused();
    void badMagisterItemIsRefused_data();
    void badMagisterItemIsRefused();
    void spansByLeerlingnummer();
    void leerlingLinesSpreadOverTheFile();
    void leerlingnummerBelongsToOneLeerling();

private:
    // A database with the fixture school and its leerlingen, importing on 2026-03-11.
    static void prepare(TestDatabase& db);
    // The import is refused with `expected` among its problems, and stores nothing.
    static void expectRefused(TestDatabase& db, const ImportFiles& files, const QString& expected);
};

void TestPackageAbsenceFiles::prepare(TestDatabase& db)
{
    db.clock().set(QDateTime(QDate(2026, 3, 11), QTime(9, 0)));
    ImportFiles files;
    files.school = fixture(u"school.json"_s);
    files.leerlingen = fixture(u"leerlingen.csv"_s);
    const ImportOutcome outcome = db.importService().run(files);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.failure + outcome.issues.all().value(0).toString()));
}

void TestPackageAbsenceFiles::expectRefused(TestDatabase& db, const ImportFiles& files,
                                            const QString& expected)
{
    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QStringList problems;
    for (const ImportIssue& issue : outcome.issues.errors())
        problems.append(issue.toString());
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    QVERIFY(dayRecords(db.db()).isEmpty());
}

void TestPackageAbsenceFiles::packageFileGivesThePerDayRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<AbsenceFormat>("format");
    QTest::addColumn<QString>("perDay");       // the same absence, worked out by hand
    QTest::addColumn<int>("records");          // in either
    QTest::addColumn<bool>("hasOpenSpan");     // 300002026's O from 2026-03-09 without end
    QTest::addColumn<QStringList>("warnings"); // a part of each warning the import gives
    // Windows-1252, and the import says so; nothing else is worth a warning.
    QTest::newRow("eduarte") << u"eduarte-absentiemeldingen.csv"_s << AbsenceFormat::Eduarte
                             << u"per-dag.csv"_s << 13 << true << QStringList{u"Windows-1252"_s};
    // With an item in UTC and a waarneming of a pupil who was there.
    QTest::newRow("somtoday") << u"somtoday-absentiemeldingen.json"_s << AbsenceFormat::Somtoday
                              << u"per-dag.csv"_s << 13 << true << QStringList();
    // One item per lesson, times in UTC: lessons across a break, te laat, two codes on one
    // lesson (the geoorloofd one wins), whole-day afspraken, items with only a Lesuur or nothing,
    // and boeken vergeten, which is not absence. Magister registers past lessons only.
    QTest::newRow("magister") << u"magister-absenties.json"_s << AbsenceFormat::Magister
                              << u"magister-per-dag.csv"_s << 14 << false << QStringList();
}

void TestPackageAbsenceFiles::packageFileGivesThePerDayRecords()
{
    QFETCH(QString, file);
    QFETCH(AbsenceFormat, format);
    QFETCH(QString, perDay);
    QFETCH(int, records);
    QFETCH(bool, hasOpenSpan);
    QFETCH(QStringList, warnings);
    TestDatabase ourFormat;
    prepare(ourFormat);
    ImportFiles ours;
    ours.absenties = fixture(perDay);
    QCOMPARE(ourFormat.importService().run(ours).status, ImportOutcome::Status::Stored);

    TestDatabase package;
    prepare(package);
    ImportFiles theirs;
    theirs.absenties = fixture(file);
    const ImportOutcome outcome = package.importService().run(theirs);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QCOMPARE(outcome.absenceFormat, std::optional(format));
    QCOMPARE(outcome.issues.warnings().size(), warnings.size());
    for (qsizetype i = 0; i < warnings.size(); ++i)
        QVERIFY2(outcome.issues.warnings()[i].reason.contains(warnings[i]),
                 qPrintable(outcome.issues.warnings()[i].toString()));
    QCOMPARE(dayRecords(package.db()), dayRecords(ourFormat.db()));
    QCOMPARE(dayRecords(package.db()).size(), records);

    // The same export the next week changes nothing; a span without end grows by the days since.
    QCOMPARE(package.importService().run(theirs).status, ImportOutcome::Status::Stored);
    QCOMPARE(dayRecords(package.db()), dayRecords(ourFormat.db()));
    package.clock().set(QDateTime(QDate(2026, 3, 13), QTime(9, 0)));
    QCOMPARE(package.importService().run(theirs).status, ImportOutcome::Status::Stored);
    QCOMPARE(dayRecords(package.db()).size(), records + (hasOpenSpan ? 2 : 0));
    QCOMPARE(
        dayRecords(package.db()).contains(u"300002026 2026-03-13 O 420 min 7 lesuren hele dag"_s),
        hasOpenSpan);
}

void TestPackageAbsenceFiles::formatIsRecognised_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<AbsenceFormat>("format");
    QTest::newRow("per_day") << "pgn;datum;code;minuten;lesuren\n300002014;2026-03-02;O;60;1\n"_ba
                             << AbsenceFormat::PerDay;
    QTest::newRow("absentiemeldingen")
        << "leerlingnummer,van_datum,tot_datum,code\n100122,2026-03-02,2026-03-02,O\n"_ba
        << AbsenceFormat::Absentiemeldingen;
    QTest::newRow("eduarte") << "100122;20260302;;20260302;;;;O;\n"_ba << AbsenceFormat::Eduarte;
    const QString utf16 = u"100122;20260302;;;;;;O;ziek\r\n"_s; // as Excel's "Unicode text"
    QTest::newRow("eduarte_utf16")
        << "\xFF\xFE"_ba +
               QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2)
        << AbsenceFormat::Eduarte;
    QTest::newRow("somtoday_bare_array")
        << R"([{"leerling": {"leerlingnummer": "100122"}, "absentieReden": {"afkorting": "O"},
               "beginDatumTijd": "2026-03-02T08:30:00+01:00",
               "eindDatumTijd": "2026-03-02T09:30:00+01:00"}])"_ba
        << AbsenceFormat::Somtoday;
    QTest::newRow("magister_one_leerling")
        << R"({"Stamnummer": "100122", "Items": [{"Start": "2026-03-01T23:00:00.0000000Z",
               "Lesuur": 1, "Verantwoordingtype": 1, "Code": "O", "Afspraak": null}]})"_ba
        << AbsenceFormat::Magister;
}

void TestPackageAbsenceFiles::formatIsRecognised()
{
    QFETCH(QByteArray, content);
    QFETCH(AbsenceFormat, format);
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties = db.writeFile(u"absenties.csv"_s, content);
    const ImportOutcome outcome = db.importService().run(files);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QCOMPARE(outcome.absenceFormat, std::optional(format));
    QVERIFY(!dayRecords(db.db()).isEmpty());
}

void TestPackageAbsenceFiles::badEduarteLineIsRefused_data()
{
    QTest::addColumn<QByteArray>("secondLine");
    QTest::addColumn<QString>("expected"); // line 2, the field and a part of the reason
    QTest::newRow("eight_fields") << "100122;20260303;;20260303;;;;O"_ba
                                  << u"absenties.csv:2: expected nine fields"_s;
    QTest::newRow("iso_date") << "100122;2026-03-03;;;;;;O;"_ba
                              << u":2: column begindatum: '2026-03-03' is not a date YYYYMMDD"_s;
    QTest::newRow("bad_time") << "100122;20260303;10x0;;;;;O;"_ba
                              << u":2: column begintijd: '10x0' is not a time HHmm"_s;
    QTest::newRow("unknown_deelnemer")
        << "999999;20260303;;;;;;O;"_ba
        << u":2: column deelnemernummer: no leerling with leerlingnummer 999999"_s;
    QTest::newRow("letters_in_deelnemernummer")
        << "10O122;20260303;;;;;;O;"_ba << u":2: column deelnemernummer: '10O122' is not a"_s;
    QTest::newRow("unknown_reason")
        << "100122;20260303;;;;;;Q;"_ba << u":2: column redencode: code 'Q' is not in"_s;
    QTest::newRow("no_reason") << "100122;20260303;;;;;;;"_ba
                               << u":2: column redencode: a value is required"_s;
    QTest::newRow("ends_before_it_starts")
        << "100122;20260303;;20260302;;;;O;"_ba << u":2: column einddatum: the span ends before"_s;
    QTest::newRow("nul_in_lesuur") << QByteArray("100122;20260303;;;;3\0;4;O;", 26)
                                   << u":2: column beginlesuur: '3\\x00' is not a lesuur"_s;
    QTest::newRow("byte_undefined_in_windows_1252")
        << "100122;20260303;;;;;;O;\x81"_ba
        << u"absenties.csv:2: the file is neither UTF-8 nor Windows-1252 (byte 0x81)"_s;
}

void TestPackageAbsenceFiles::badEduarteLineIsRefused()
{
    QFETCH(QByteArray, secondLine);
    QFETCH(QString, expected);
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties =
        db.writeFile(u"absenties.csv"_s, "100122;20260302;;;;;;O;\n"_ba + secondLine + '\n');
    expectRefused(db, files, expected); // the good first line is not stored either
}

void TestPackageAbsenceFiles::badSomtodayItemIsRefused_data()
{
    QTest::addColumn<QByteArray>("secondItem"); // starting on line 3
    QTest::addColumn<QString>("expected");      // the line, the field and a part of the reason
    QTest::newRow("no_leerlingnummer")
        << R"({"absentieReden": {"afkorting": "O"}, "beginDatumTijd": "2026-03-03T08:30:00+01:00"})"_ba
        << u":3: column leerling.leerlingnummer: a value is required"_s;
    QTest::newRow("unknown_leerling")
        << R"({"leerling": {"leerlingnummer": 999999}, "absentieReden": {"afkorting": "O"},
              "beginDatumTijd": "2026-03-03T08:30:00+01:00"})"_ba
        << u":3: column leerling.leerlingnummer: no leerling with leerlingnummer 999999"_s;
    QTest::newRow("date_without_time")
        << R"({"leerling": {"leerlingnummer": 100122}, "absentieReden": {"afkorting": "O"},
              "beginDatumTijd": "3 maart"})"_ba
        << u":3: column beginDatumTijd: '3 maart' is not a date and time"_s;
    QTest::newRow("unknown_reason")
        << R"({"leerling": {"leerlingnummer": 100122}, "absentieReden": {"afkorting": "Q"},
              "beginDatumTijd": "2026-03-03T08:30:00+01:00"})"_ba
        << u":3: column absentieReden.afkorting: code 'Q' is not in"_s;
    QTest::newRow("ends_before_it_starts")
        << R"({"leerling": {"leerlingnummer": 100122}, "absentieReden": {"afkorting": "O"},
              "beginDatumTijd": "2026-03-03T08:30:00+01:00",
              "eindDatumTijd": "2026-03-02T08:30:00+01:00"})"_ba
        << u":3: column eindDatumTijd: the span ends before it starts"_s;
    QTest::newRow("lesuur_as_text")
        << R"({"leerling": {"leerlingnummer": 100122}, "absentieReden": {"afkorting": "O"},
              "beginDatumTijd": "2026-03-03T08:30:00+01:00", "beginLesuur": "3"})"_ba
        << u":3: column beginLesuur: '3' is not a lesuur number"_s;
    QTest::newRow("not_json") << "{\"leerling\": }"_ba << u"absenties.json:3: not valid JSON"_s;
}

void TestPackageAbsenceFiles::badSomtodayItemIsRefused()
{
    QFETCH(QByteArray, secondItem);
    QFETCH(QString, expected);
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties = db.writeFile(u"absenties.json"_s,
                                   R"({"items": [
  {"leerling": {"leerlingnummer": 100122}, "absentieReden": {"afkorting": "O"}, "beginDatumTijd": "2026-03-02T08:30:00+01:00"},
  )"_ba + secondItem + "\n]}\n");
    expectRefused(db, files, expected); // the good first item is not stored either
}

void TestPackageAbsenceFiles::badMagisterItemIsRefused_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // the line, the field and a part of the reason
    // As the API returns it, without the stamnummer it holds only in its URL.
    QTest::newRow("no_stamnummer")
        << R"({"Items": [{"Start": "2026-03-01T23:00:00.0000000Z", "Lesuur": 1,
              "Verantwoordingtype": 1, "Code": "O"}]})"_ba
        << u"absenties.json:1: column Stamnummer: Magister's absenties do not name their "
           u"leerling"_s;
    QTest::newRow("unknown_stamnummer")
        << R"([{"Stamnummer": 100122, "Items": []},
  {"Stamnummer": 999999, "Items": [
    {"Start": "2026-03-01T23:00:00.0000000Z", "Lesuur": 1, "Verantwoordingtype": 1, "Code": "O"}]}])"_ba
        << u"absenties.json:3: column Stamnummer: no leerling with leerlingnummer 999999"_s;
    QTest::newRow("no_items")
        << R"({"Stamnummer": 100122, "items": []})"_ba
        << u"absenties.json:1: expected Magister's absenties: an object with \"Items\""_s;
    QTest::newRow("unknown_code") << R"({"Stamnummer": 100122, "Items": [
  {"Start": "2026-03-01T23:00:00.0000000Z", "Lesuur": 1, "Verantwoordingtype": 1, "Code": "O"},
  {"Start": "2026-03-02T23:00:00.0000000Z", "Lesuur": 1, "Verantwoordingtype": 1, "Code": "SP"}]})"_ba
                                  << u"absenties.json:3: column Code: code 'SP' is not in"_s;
    QTest::newRow("start_not_a_moment")
        << R"({"Stamnummer": 100122, "Items": [
  {"Start": "maandag", "Lesuur": 1, "Verantwoordingtype": 1, "Code": "O"}]})"_ba
        << u"absenties.json:2: column Start: 'maandag' is not a date and time"_s;
    QTest::newRow("lesson_ends_before_it_starts")
        << R"({"Stamnummer": 100122, "Items": [
  {"Start": "2026-03-01T23:00:00.0000000Z", "Verantwoordingtype": 1, "Code": "O",
   "Afspraak": {"Start": "2026-03-02T08:30:00.0000000Z", "Einde": "2026-03-02T07:30:00.0000000Z",
                "DuurtHeleDag": false}}]})"_ba
        << u"absenties.json:2: column Afspraak.Einde: the lesson ends before it starts"_s;
    QTest::newRow("whole_day_as_text")
        << R"({"Stamnummer": 100122, "Items": [
  {"Start": "2026-03-01T23:00:00.0000000Z", "Verantwoordingtype": 1, "Code": "O",
   "Afspraak": {"DuurtHeleDag": "ja"}}]})"_ba
        << u"absenties.json:2: column Afspraak.DuurtHeleDag: expected true or false"_s;
}

void TestPackageAbsenceFiles::badMagisterItemIsRefused()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties = db.writeFile(u"absenties.json"_s, file);
    files.absenceFormat = AbsenceFormat::Magister;
    expectRefused(db, files, expected);
}

void TestPackageAbsenceFiles::spansByLeerlingnummer()
{
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties = db.writeFile(u"absentiemeldingen.csv"_s,
                                   "pgn;leerlingnummer;van_datum;van_tijd;tot_datum;tot_tijd;code\n"
                                   ";102447;2026-03-02;;2026-03-02;;O\n"
                                   "300002014;;2026-03-02;08:30;2026-03-02;09:30;O\n"_ba);
    const ImportOutcome outcome = db.importService().run(files);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QCOMPARE(dayRecords(db.db()),
             (QStringList{u"300002014 2026-03-02 O 60 min 1 lesuren"_s,
                          u"300002026 2026-03-02 O 420 min 7 lesuren hele dag"_s}));
}

// A leerling is converted once all its lines are read, wherever they are in the file: the Z on
// line 5 still takes the shared lesson from the O on line 2, one by leerlingnummer, the other
// by pgn, and the day after (line 3, of the same run of lines) is kept; the preview keeps the
// file's order.
void TestPackageAbsenceFiles::leerlingLinesSpreadOverTheFile()
{
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.absenties = db.writeFile(u"absentiemeldingen.csv"_s,
                                   "pgn;leerlingnummer;van_datum;van_tijd;tot_datum;tot_tijd;code\n"
                                   ";100122;2026-03-02;08:30;2026-03-02;10:30;O\n"
                                   ";100122;2026-03-03;08:30;2026-03-03;09:30;O\n"
                                   "300002026;;2026-03-02;;2026-03-02;;O\n"
                                   "300002014;;2026-03-02;09:30;2026-03-02;10:30;Z\n"_ba);
    const ImportOutcome outcome = db.importService().run(files);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QCOMPARE(dayRecords(db.db()),
             (QStringList{u"300002014 2026-03-02 O 60 min 1 lesuren"_s,
                          u"300002014 2026-03-02 Z 60 min 1 lesuren"_s,
                          u"300002014 2026-03-03 O 60 min 1 lesuren"_s,
                          u"300002026 2026-03-02 O 420 min 7 lesuren hele dag"_s}));
    QCOMPARE(outcome.convertedSpans.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(outcome.convertedSpans[i].span.line, i + 2);
}

void TestPackageAbsenceFiles::leerlingnummerBelongsToOneLeerling()
{
    TestDatabase db;
    prepare(db);
    ImportFiles files;
    files.leerlingen =
        db.writeFile(u"leerlingen.csv"_s,
                     "pgn;achternaam;voornamen;geboortedatum;inschrijving_van;leerlingnummer\n"
                     "300002038;Jansen;Test;2009-01-01;2025-08-01;100122\n"_ba);
    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QVERIFY2(outcome.issues.errors().first().toString().contains(
                 u"leerlingen.csv:2: column leerlingnummer: leerlingnummer 100122 already belongs "
                 u"to leerling 300002014"_s),
             qPrintable(outcome.issues.errors().first().toString()));
}

QTEST_GUILESS_MAIN(TestPackageAbsenceFiles)
#include "TestPackageAbsenceFiles.moc"
