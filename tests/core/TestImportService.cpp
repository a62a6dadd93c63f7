// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kLeerlingen = "pgn;achternaam;voornamen;geboortedatum;startkwalificatie_datum;"
                               "inschrijving_van;inschrijving_tot\n"
                               "300000017;de Vries;Test;2016-04-12;;2025-08-01;\n"
                               "300000029;Bakker;Test;2016-09-01;;2025-08-01;\n";

const QByteArray kAbsenties = "pgn;datum;code;minuten;lesuren;hele_dag\n"
                              "300000017;2026-01-12;O;330;5;1\n"
                              "300000017;2026-01-13;O;330;5;1\n";

struct Counts
{
    int leerlingen;
    int absences;
    int contacts;
    friend bool operator==(const Counts&, const Counts&) = default;
};

Counts counts(Database& db)
{
    const auto count = [&](const QString& table) {
        auto q = db.exec(u"SELECT COUNT(*) FROM %1"_s.arg(table));
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    return {count(u"leerlingen"_s), count(u"absenties"_s), count(u"contacten"_s)};
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examplesImport_data();
    void examplesImport();
    void invalidInputStoresNothing_data();
    void invalidInputStoresNothing();
    void warningsDoNotStop_data();
    void warningsDoNotStop();
    void reimportIsIdempotent();
    void reimportReplacesTheDay();
    void statedPeriodIsReplaced();
    void contactsAreReplacedPerLeerling();
    void schoolCodesAndSettingsAreRead();
    void absencesNeedASchool();
    void vrijstellingenAreImported();
};

void TestImportService::examplesImport_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("leerlingen");
    QTest::addColumn<int>("absences");
    QTest::newRow("p01_po_16uur_en_herhaling") << u"p01_po_16uur_en_herhaling"_s << 2 << 8;
    QTest::newRow("p02_vo_lesuren_te_laat") << u"p02_vo_lesuren_te_laat"_s << 1 << 10;
    QTest::newRow("p03_continu_lrv_en_rmc") << u"p03_continu_lrv_en_rmc"_s << 2 << 76;
}

void TestImportService::examplesImport()
{
    QFETCH(QString, example);
    QFETCH(int, leerlingen);
    QFETCH(int, absences);
    TestDatabase db;
    const ImportOutcome outcome = db.importExample(example);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.failure + outcome.issues.all().value(0).toString()));
    QCOMPARE(outcome.issues.warnings().size(), 0);
    QCOMPARE(counts(db.db()).leerlingen, leerlingen);
    QCOMPARE(counts(db.db()).absences, absences);
}

void TestImportService::invalidInputStoresNothing_data()
{
    QTest::addColumn<QByteArray>("leerlingen");
    QTest::addColumn<QByteArray>("absenties");
    QTest::addColumn<QString>("expectedIssue"); // file name, line, column and a part of the reason

    const QByteArray header = "pgn;datum;code;minuten;lesuren;hele_dag\n";
    QTest::newRow("unterminated_quote")
        << kLeerlingen
        << header + "300000017;2026-01-12;O;330;5;1\n\"300000017;2026-01-13;O;330;5;1\n"
        << u"absenties.csv:3: "_s;
    QTest::newRow("wrong_column_count") << kLeerlingen << header + "300000017;2026-01-12;O;330;5\n"
                                        << u"absenties.csv:2: "_s;
    QTest::newRow("bad_date_31_february")
        << kLeerlingen << header + "300000017;31-02-2026;O;330;5;1\n"
        << u"absenties.csv:2: column datum: '31-02-2026'"_s;
    QTest::newRow("invalid_pgn_11_proef")
        << kLeerlingen << header + "300000018;2026-01-12;O;330;5;1\n"
        << u"absenties.csv:2: column pgn: "_s;
    QTest::newRow("pgn_with_letters") << kLeerlingen << header + "30000001A;2026-01-12;O;330;5;1\n"
                                      << u"absenties.csv:2: column pgn: "_s;
    QTest::newRow("unknown_leerling") << kLeerlingen << header + "111222333;2026-01-12;O;330;5;1\n"
                                      << u"absenties.csv:2: column pgn: "_s;
    QTest::newRow("unknown_code") << kLeerlingen << header + "300000017;2026-01-12;Q;330;5;1\n"
                                  << u"absenties.csv:2: column code: "_s;
    QTest::newRow("negative_minutes") << kLeerlingen << header + "300000017;2026-01-12;O;-30;5;1\n"
                                      << u"absenties.csv:2: column minuten: "_s;
    QTest::newRow("more_minutes_than_a_day")
        << kLeerlingen << header + "300000017;2026-01-12;O;1441;5;1\n"
        << u"absenties.csv:2: column minuten: "_s;
    QTest::newRow("nul_byte_in_a_number")
        << kLeerlingen << header + QByteArray("300000017;2026-01-12;O;6\0 0;5;1\n", 32)
        << u"absenties.csv:2: column minuten: '6\\x00 0' holds a control character"_s;
    QTest::newRow("column_named_twice")
        << kLeerlingen
        << QByteArray("pgn;datum;code;minuten;Minuten\n300000017;2026-01-12;O;60;90\n")
        << u"absenties.csv:1: column Minuten: "_s;
    QTest::newRow("a_day_of_more_than_24_hours")
        << kLeerlingen
        << header + "300000017;2026-01-12;O;1000;5;1\n300000017;2026-01-12;O;441;1;0\n"
        << u"absenties.csv:3: column minuten: the records of 300000017 on 2026-01-12 add up to "
           u"1441 minutes"_s;
    QTest::newRow("hele_dag_not_a_flag")
        << kLeerlingen << header + "300000017;2026-01-12;O;330;5;ja\n"
        << u"absenties.csv:2: column hele_dag: "_s;
    QTest::newRow("missing_required_column")
        << kLeerlingen << QByteArray("pgn;datum;minuten\n300000017;2026-01-12;330\n")
        << u"absenties.csv:1: column code: "_s;
    QTest::newRow("invalid_utf8") << kLeerlingen << header + "300000017;2026-01-12;O;330;5;1;\xff\n"
                                  << u"absenties.csv:2: "_s;
    QTest::newRow("duplicate_leerling")
        << kLeerlingen + "300000017;de Vries;Ander;2016-04-12;;2025-08-01;\n"
        << QByteArray() << u"leerlingen.csv:4: column pgn: "_s;
    QTest::newRow("missing_achternaam")
        << QByteArray("pgn;achternaam;voornamen;geboortedatum;inschrijving_van\n"
                      "300000017;;Test;2016-04-12;2025-08-01\n")
        << QByteArray() << u"leerlingen.csv:2: column achternaam: "_s;
    QTest::newRow("inschrijving_ends_before_start")
        << QByteArray("pgn;achternaam;voornamen;geboortedatum;inschrijving_van;inschrijving_tot\n"
                      "300000017;X;Test;2016-04-12;2025-08-01;2025-07-01\n")
        << QByteArray() << u"leerlingen.csv:2: column inschrijving_tot: "_s;
    QTest::newRow("geslacht_unknown")
        << QByteArray("pgn;achternaam;voornamen;geboortedatum;inschrijving_van;geslacht\n"
                      "300000017;X;Test;2016-04-12;2025-08-01;Q\n")
        << QByteArray() << u"leerlingen.csv:2: column geslacht: "_s;
    QTest::newRow("error_in_second_file_stores_first_file_neither")
        << kLeerlingen << header + "300000017;2026-01-12;O;abc;5;1\n"
        << u"absenties.csv:2: column minuten: "_s;
}

void TestImportService::invalidInputStoresNothing()
{
    QFETCH(QByteArray, leerlingen);
    QFETCH(QByteArray, absenties);
    QFETCH(QString, expectedIssue);

    TestDatabase db;
    QCOMPARE(
        db.importService()
            .run({examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s), {}, {}, {}, {}})
            .status,
        ImportOutcome::Status::Stored);
    const Counts before = counts(db.db());
    ImportFiles files;
    files.leerlingen = db.writeFile(u"leerlingen.csv"_s, leerlingen);
    if (!absenties.isEmpty())
        files.absenties = db.writeFile(u"absenties.csv"_s, absenties);

    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QStringList reported;
    for (const ImportIssue& issue : outcome.issues.errors())
        reported.append(issue.toString());
    const bool found = std::any_of(reported.cbegin(), reported.cend(), [&](const QString& line) {
        return line.contains(expectedIssue);
    });
    QVERIFY2(found, qPrintable(reported.join(u'\n')));
    QCOMPARE(counts(db.db()), before);
}

void TestImportService::warningsDoNotStop_data()
{
    QTest::addColumn<QByteArray>("absenties");
    QTest::addColumn<QString>("expectedWarning");
    const QByteArray header = "pgn;datum;code;minuten;lesuren;hele_dag\n";
    QTest::newRow("saturday") << header + "300000017;2026-01-10;O;330;5;1\n"
                              << u"absenties.csv:2: column datum: "_s;
    QTest::newRow("kerstvakantie") << header + "300000017;2025-12-22;O;330;5;1\n"
                                   << u"absenties.csv:2: column datum: "_s;
    QTest::newRow("before_inschrijving") << header + "300000017;2025-06-02;O;330;5;1\n"
                                         << u"absenties.csv:2: column datum: "_s;
    QTest::newRow("unknown_column") << QByteArray("pgn;datum;code;minuten;lesuren;hele_dag;bron\n"
                                                  "300000017;2026-01-12;O;330;5;1;x\n")
                                    << u"absenties.csv:1: column bron: "_s;
}

void TestImportService::warningsDoNotStop()
{
    QFETCH(QByteArray, absenties);
    QFETCH(QString, expectedWarning);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const ImportOutcome outcome =
        db.importService().run({{}, {}, {}, db.writeFile(u"absenties.csv"_s, absenties), {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
    QCOMPARE(outcome.issues.warnings().size(), 1);
    QVERIFY2(outcome.issues.warnings().first().toString().contains(expectedWarning),
             qPrintable(outcome.issues.warnings().first().toString()));
}

void TestImportService::reimportIsIdempotent()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p03_continu_lrv_en_rmc"_s).status, ImportOutcome::Status::Stored);
    const Counts first = counts(db.db());
    const auto leerlingenBefore = LeerlingRepository(db.db()).all();
    QCOMPARE(db.importExample(u"p03_continu_lrv_en_rmc"_s).status, ImportOutcome::Status::Stored);
    QCOMPARE(counts(db.db()), first);
    QCOMPARE(*LeerlingRepository(db.db()).all(), *leerlingenBefore);
}

void TestImportService::reimportReplacesTheDay()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    // The administration corrected 12 January: 60 minutes late instead of a whole day absent,
    // and added a second record for that day.
    const QString corrected =
        db.writeFile(u"correctie.csv"_s, "pgn;datum;code;minuten;lesuren;hele_dag\n"
                                         "300000017;2026-01-12;L;10;0;0\n"
                                         "300000017;12-01-2026;O;50;1;0\n");
    QCOMPARE(db.importService().run({{}, {}, {}, corrected, {}}).status,
             ImportOutcome::Status::Stored);
    const auto records = AbsenceRepository(db.db()).forLeerling(u"300000017"_s);
    QVERIFY(records);
    QList<AbsenceRecord> onTheDay;
    for (const AbsenceRecord& r : *records) {
        if (r.date == QDate(2026, 1, 12))
            onTheDay.append(r);
    }
    QCOMPARE(onTheDay.size(), 2);
    QCOMPARE(onTheDay[0].code, u"L"_s);
    QCOMPARE(onTheDay[1].minutes, 50);
    QCOMPARE(records->size(), 7); // 6 before, 12 January now holds 2 instead of 1
}

void TestImportService::statedPeriodIsReplaced()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const auto days = [&] {
        QStringList dates;
        const auto records = AbsenceRepository(db.db()).forLeerling(u"300000017"_s);
        for (const AbsenceRecord& r : *records)
            dates.append(r.date.toString(Qt::ISODate));
        return dates;
    };
    const QStringList before = days();
    QVERIFY(before.contains(u"2026-01-13"_s) && before.contains(u"2026-02-02"_s));
    // The package's export of January, after the absence of 13 January was deleted there.
    ImportFiles files;
    files.absenties = db.writeFile(u"januari.csv"_s, "pgn;datum;code;minuten;lesuren;hele_dag\n"
                                                     "300000017;2026-01-12;O;330;5;1\n");
    files.replacing = DateRange{QDate(2026, 1, 1), QDate(2026, 1, 31)};
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    const QStringList after = days();
    QCOMPARE(after, (QStringList{u"2026-01-12"_s, u"2026-02-02"_s}));
    // The same export again changes nothing.
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    QCOMPARE(days(), after);
}

void TestImportService::contactsAreReplacedPerLeerling()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QByteArray contacts = "pgn;naam;relatie;telefoon;email;geheim\n"
                                "300000017;M. de Vries;moeder;0612345678;;0\n"
                                "300000017;P. de Vries;vader;;p@example.nl;1\n";
    const QString path = db.writeFile(u"contacten.csv"_s, contacts);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(db.importService().run({{}, {}, path, {}, {}}).status,
                 ImportOutcome::Status::Stored);
    const auto stored = LeerlingRepository(db.db()).contacts(u"300000017"_s);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->at(1).secret, true);
    QCOMPARE(stored->at(0).legalRepresentative, true);

    const QString noWay =
        db.writeFile(u"contacten2.csv"_s, "pgn;naam;telefoon;email\n300000017;Oom;;\n");
    const ImportOutcome rejected = db.importService().run({{}, {}, noWay, {}, {}});
    QCOMPARE(rejected.status, ImportOutcome::Status::InvalidInput);
    QVERIFY(
        rejected.issues.errors().first().toString().startsWith(noWay + u":2: column telefoon:"_s));
    QCOMPARE(LeerlingRepository(db.db()).contacts(u"300000017"_s)->size(), 2);
}

void TestImportService::schoolCodesAndSettingsAreRead()
{
    TestDatabase db;
    const QString path = db.writeFile(u"school.json"_s, R"({
        "naam": "Voorbeeldcollege", "instellingscode": "99XX", "sector": "vo", "regio": "midden",
        "lesuur_minuten": 45,
        "vakanties": [{"naam": "Kerstvakantie", "van": "20-12-2025", "tot": "2026-01-04"}],
        "vrije_dagen": ["2026-04-27"],
        "codes": [{"code": "O", "omschrijving": "Spijbelen", "soort": "afwezig", "geoorloofd": false},
                  {"code": "B", "omschrijving": "Bezoek", "soort": "verlof", "geoorloofd": true}],
        "instellingen": {"melden_16uur_18plus": false, "rmc_weken": 2, "te_laat_niveaus": [4, 8]}
    })");
    QCOMPARE(db.importService().run({path, {}, {}, {}, {}}).status, ImportOutcome::Status::Stored);
    const auto school = SchoolRepository(db.db()).load();
    QVERIFY(school && school->has_value());
    const School& s = **school;
    QCOMPARE(s.sector, Sector::Vo);
    QCOMPARE(s.lesuurMinutes, 45);
    QCOMPARE(s.holidays.first().from, QDate(2025, 12, 20));
    QCOMPARE(s.daysOff, QList<QDate>{QDate(2026, 4, 27)});
    QCOMPARE(s.codes.find(u"O"_s)->description, u"Spijbelen"_s);
    QCOMPARE(s.codes.find(u"B"_s)->kind, AbsenceKind::Verlof);
    QVERIFY(s.codes.find(u"X"_s)); // defaults stay
    QCOMPARE(s.settings.report16HoursAdults, false);
    QCOMPARE(s.settings.rmcWeeks, 2);
    QCOMPARE(s.settings.preventiveHours, 8);
    QCOMPARE(s.settings.latenessLevels, (QList<int>{4, 8}));

    const QString broken =
        db.writeFile(u"broken.json"_s, "{\n \"naam\": \"X\",\n \"sector\": \"hbo\"\n}");
    const ImportOutcome outcome = db.importService().run({broken, {}, {}, {}, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QStringList reported;
    for (const ImportIssue& issue : outcome.issues.errors())
        reported.append(issue.toString());
    QVERIFY2(reported.contains(broken + u":3: column sector: 'hbo' is not po, vo or mbo"_s) ||
                 reported.join(u'\n').contains(broken + u":3: column sector:"_s),
             qPrintable(reported.join(u'\n')));
}

void TestImportService::absencesNeedASchool()
{
    TestDatabase db;
    const QString leerlingen = db.writeFile(u"leerlingen.csv"_s, kLeerlingen);
    const QString absenties = db.writeFile(u"absenties.csv"_s, kAbsenties);
    const ImportOutcome outcome = db.importService().run({{}, leerlingen, {}, absenties, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QCOMPARE(counts(db.db()).leerlingen, 0);
}

void TestImportService::vrijstellingenAreImported()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QString path =
        db.writeFile(u"vrijstellingen.csv"_s, "pgn;van;tot;artikel\n"
                                              "300000017;2026-01-01;2026-01-31;11g\n"
                                              "300000029;01-03-2026;;5a\n");
    QCOMPARE(db.importService().run({{}, {}, {}, {}, path}).status, ImportOutcome::Status::Stored);
    QCOMPARE(db.importService().run({{}, {}, {}, {}, path}).status, ImportOutcome::Status::Stored);
    const auto stored = LeerlingRepository(db.db()).vrijstellingen();
    QVERIFY(stored);
    QCOMPARE(stored->value(u"300000017"_s).size(), 1); // idempotent
    QCOMPARE(stored->value(u"300000017"_s).first().to, QDate(2026, 1, 31));
    QVERIFY(!stored->value(u"300000029"_s).first().to.isValid()); // open-ended

    // A record inside the vrijstelling is stored with a warning; it no longer counts.
    const QString absence = db.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten;hele_dag\n"
                                                             "300000017;2026-01-15;O;60;0\n");
    const ImportOutcome outcome = db.importService().run({{}, {}, {}, absence, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
    QCOMPARE(outcome.issues.warnings().size(), 1);
    QVERIFY(outcome.issues.warnings().first().toString().contains(u"vrijstelling"_s));

    const QString broken =
        db.writeFile(u"v2.csv"_s, "pgn;van;tot\n300000017;2026-02-10;2026-02-01\n");
    const ImportOutcome refused = db.importService().run({{}, {}, {}, {}, broken});
    QCOMPARE(refused.status, ImportOutcome::Status::InvalidInput);
    QVERIFY(refused.issues.errors().first().toString().startsWith(broken + u":2: column tot:"_s));
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
