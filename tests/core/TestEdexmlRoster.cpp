// SPDX-License-Identifier: GPL-3.0-or-later
// EDEXML 2.1 rosters (ParnasSys, ESIS) read as leerlingen.csv: recognised by their content, the
// same leerlingen as our own file, and every bad leerling refused with its line and element.
#include "TestDatabase.h"

#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s + name;
}

// A roster whose leerlingen start on line 6, one per line.
QByteArray roster(const QList<QByteArray>& leerlingen, const QByteArray& root = "EDEX")
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root +
                     ">\n"
                     "<school><schooljaar>2025-2026</schooljaar></school>\n"
                     "<groepen><groep key=\"G3A\"><naam>3A</naam><jaargroep>13</jaargroep>"
                     "</groep></groepen>\n<leerlingen>\n";
    for (const QByteArray& leerling : leerlingen)
        xml += leerling + '\n';
    return xml + "</leerlingen>\n</" + root.split(' ').first() + ">\n";
}

const QByteArray kGood = "<leerling key=\"100122\"><achternaam>El Amrani</achternaam>"
                         "<roepnaam>Test</roepnaam><geboortedatum>2009-03-03</geboortedatum>"
                         "<groep key=\"G3A\"/><bsn>300002014</bsn></leerling>";

// What the signals and meldingen read of a leerling, whichever file it came from.
QStringList leerlingen(Database& db)
{
    QStringList lines;
    LeerlingRepository repository(db);
    const auto all = repository.all();
    const auto inschrijvingen = repository.inschrijvingen();
    if (!all || !inschrijvingen)
        return {all ? inschrijvingen.error() : all.error()};
    for (const Leerling& l : *all) {
        QStringList periods;
        for (const DateRange& r : inschrijvingen->value(l.pgn))
            periods.append(r.from.toString(Qt::ISODate) + u".."_s + r.to.toString(Qt::ISODate));
        lines.append(QStringList{l.pgn, l.sortName(), l.birthDate.toString(Qt::ISODate),
                                 l.leerlingnummer, periods.join(u',')}
                         .join(u" | "_s));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestEdexmlRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rosterGivesTheLeerlingenOfOurFile();
    void variantsAreRead_data();
    void variantsAreRead();
    void badLeerlingIsRefused_data();
    void badLeerlingIsRefused();
};

// The roster and our leerlingen.csv hold the same two leerlingen; the Eduarte absences then name
// them by the roster's keys.
void TestEdexmlRoster::rosterGivesTheLeerlingenOfOurFile()
{
    TestDatabase ours;
    TestDatabase theirs;
    for (TestDatabase* db : {&ours, &theirs}) {
        db->clock().set(QDateTime(QDate(2026, 3, 11), QTime(9, 0)));
        ImportFiles files;
        files.school = fixture(u"school.json"_s);
        files.leerlingen = fixture(db == &ours ? u"leerlingen.csv"_s : u"edexml-leerlingen.xml"_s);
        const ImportOutcome outcome = db->importService().run(files);
        QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
                 qPrintable(outcome.issues.all().value(0).toString()));
        QCOMPARE(outcome.leerlingenFromEdexml, db == &theirs);
        QVERIFY(outcome.issues.warnings().isEmpty());
    }
    QCOMPARE(leerlingen(theirs.db()), leerlingen(ours.db()));
    QCOMPARE(leerlingen(theirs.db()).size(), 2);

    // What only the roster says: the klas, the jaargroep (a combinatiegroep's from the leerling),
    // the gender and the postcode.
    const auto roster = LeerlingRepository(theirs.db()).all();
    QCOMPARE(roster->size(), 2);
    const Leerling& elAmrani = roster->at(roster->at(0).pgn == u"300002014"_s ? 0 : 1);
    const Leerling& visser = roster->at(roster->at(0).pgn == u"300002014"_s ? 1 : 0);
    QCOMPARE(elAmrani.klas, u"3A"_s);
    QCOMPARE(elAmrani.leerjaar, u"13"_s);
    QCOMPARE(elAmrani.gender, u"V"_s);
    QCOMPARE(elAmrani.address.postcode, u"3511AB"_s);
    QCOMPARE(visser.klas, u"Groep 5/6"_s);
    QCOMPARE(visser.leerjaar, u"6"_s);
    QCOMPARE(visser.gender, u"M"_s);

    ImportFiles absences;
    absences.absenties = fixture(u"eduarte-absentiemeldingen.csv"_s);
    QCOMPARE(theirs.importService().run(absences).status, ImportOutcome::Status::Stored);
    QCOMPARE(*AbsenceRepository(theirs.db()).count(), 13);
}

void TestEdexmlRoster::variantsAreRead_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("forced"); // import --formaat edexml
    QTest::addColumn<QString>("leerling");
    QTest::newRow("edex") << roster({kGood}) << false
                          << u"300002014 | El Amrani, Test | 2009-03-03 | 100122 | "
                             u"2025-08-01.."_s;
    // UWLR's web service: the same structure in a namespace, under another root.
    QTest::newRow("uwlr_leerlinggegevens")
        << roster({kGood}, "leerlinggegevens xmlns=\"http://www.edustandaard.nl/leerresultaten/2/"
                           "leerlinggegevens\"")
        << false << u"300002014 | El Amrani, Test | 2009-03-03 | 100122 | 2025-08-01.."_s;
    // A key starting with # changes from one export to the next: no leerlingnummer.
    QTest::newRow("unstable_key")
        << roster({QByteArray(kGood).replace("key=\"100122\"", "key=\"#17\"")}) << false
        << u"300002014 | El Amrani, Test | 2009-03-03 |  | 2025-08-01.."_s;
    QTest::newRow("onderwijsnummer_instroom_uitstroom")
        << roster({QByteArray(kGood).replace("<bsn>300002014</bsn>",
                                             "<onderwijsnummer>300002014</onderwijsnummer>"
                                             "<instroomdatum>2025-09-01</instroomdatum>"
                                             "<uitstroomdatum>2026-07-10</uitstroomdatum>")})
        << true << u"300002014 | El Amrani, Test | 2009-03-03 | 100122 | 2025-09-01..2026-07-10"_s;
}

void TestEdexmlRoster::variantsAreRead()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, forced);
    QFETCH(QString, leerling);
    TestDatabase db;
    ImportFiles files;
    // A long comment first hides what the file is from the content check: --formaat tells.
    files.leerlingen = db.writeFile(
        u"edex.xml"_s,
        forced ? "<!-- " + QByteArray(5000, 'x') + " -->\n" + xml.mid(xml.indexOf('\n') + 1) : xml);
    files.leerlingenAsEdexml = forced;
    const ImportOutcome outcome = db.importService().run(files);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QVERIFY(outcome.leerlingenFromEdexml);
    QCOMPARE(leerlingen(db.db()), QStringList{leerling});
}

void TestEdexmlRoster::badLeerlingIsRefused_data()
{
    QTest::addColumn<QByteArray>("second"); // the leerling on line 7
    QTest::addColumn<QString>("expected");  // its line, element and a part of the reason
    const QByteArray other = QByteArray(kGood)
                                 .replace("300002014", "300002026")
                                 .replace("key=\"100122\"", "key=\"102447\"");
    QTest::newRow("no_bsn") << QByteArray(other).replace("<bsn>300002026</bsn>", "")
                            << u"edex.xml:7: column bsn: the leerling has no bsn or "
                               u"onderwijsnummer"_s;
    QTest::newRow("bsn_fails_the_11_proef")
        << QByteArray(other).replace("300002026", "300002027") << u"edex.xml:7: column bsn: "_s;
    QTest::newRow("bsn_twice") << QByteArray(other).replace("300002026", "300002014")
                               << u"edex.xml:7: column bsn: leerling 300002014 is already listed "
                                  u"on line 6"_s;
    QTest::newRow("key_of_another_leerling")
        << QByteArray(other).replace("key=\"102447\"", "key=\"100122\"")
        << u"edex.xml:7: column key: leerlingnummer 100122 already belongs to leerling "
           u"300002014"_s;
    QTest::newRow("only_a_roepnaam")
        << QByteArray(other).replace("<achternaam>El Amrani</achternaam>", "")
        << u"edex.xml:7: column achternaam: a value is required"_s;
    QTest::newRow("dutch_birth_date")
        << QByteArray(other).replace("2009-03-03", "03-03-2009")
        << u"edex.xml:7: column geboortedatum: '03-03-2009' is not a date YYYY-MM-DD"_s;
    QTest::newRow("geslacht_as_letter")
        << QByteArray(other).replace("<bsn>", "<geslacht>M</geslacht><bsn>")
        << u"edex.xml:7: column geslacht: 'M' is not 0, 1, 2 or 9"_s;
    QTest::newRow("unknown_groep") << QByteArray(other).replace("G3A", "G9")
                                   << u"edex.xml:7: column groep: no groep with key G9"_s;
    QTest::newRow("uitstroom_before_instroom")
        << QByteArray(other).replace("<bsn>", "<instroomdatum>2025-09-01</instroomdatum>"
                                              "<uitstroomdatum>2025-08-31</uitstroomdatum><bsn>")
        << u"edex.xml:7: column uitstroomdatum: the inschrijving ends before it starts"_s;
    QTest::newRow("not_xml") << "<leerling key=\"1\"><achternaam>X</leerling>"_ba
                             << u"edex.xml:7: not valid XML"_s;
}

void TestEdexmlRoster::badLeerlingIsRefused()
{
    QFETCH(QByteArray, second);
    QFETCH(QString, expected);
    TestDatabase db;
    ImportFiles files;
    files.leerlingen = db.writeFile(u"edex.xml"_s, roster({kGood, second}));
    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QStringList problems;
    for (const ImportIssue& issue : outcome.issues.errors())
        problems.append(issue.toString());
    QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    QVERIFY(LeerlingRepository(db.db()).all()->isEmpty()); // nor the good first leerling
}

QTEST_GUILESS_MAIN(TestEdexmlRoster)
#include "TestEdexmlRoster.moc"
