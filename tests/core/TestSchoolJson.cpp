// SPDX-License-Identifier: GPL-3.0-or-later
//
// school.json is read strictly (uitwisselformaat.md): every key has one JSON type and is given
// once, so a school.json can never empty the calendar or change the sector by accident; and the
// lestijden are read, stored and kept.
#include "TestDatabase.h"

#include "storage/SchoolRepository.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSchoolJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongInputIsRefused_data();
    void wrongInputIsRefused();
    void lestijdenAreStoredAndKept();
};

namespace {

// A valid school.json with `extra` as its last lines.
QByteArray schoolJson(const QByteArray& extra)
{
    return "{\n"
           "  \"naam\": \"Voorbeeldcollege\",\n"
           "  \"instellingscode\": \"99XX\",\n"
           "  \"sector\": \"vo\",\n"
           "  \"vakanties\": [{\"naam\": \"Kerst\", \"van\": \"2025-12-20\", \"tot\": "
           "\"2026-01-04\"}]" +
           (extra.isEmpty() ? QByteArray() : ",\n" + extra) + "\n}\n";
}

const QByteArray kLestijden = "  \"lestijden\": {\n"
                              "    \"standaard\": [{\"lesuur\": 1, \"van\": \"08:30\", \"tot\": "
                              "\"09:20\"},\n"
                              "                  {\"lesuur\": 2, \"van\": \"09:30\", \"tot\": "
                              "\"10:20\"}],\n"
                              "    \"wo\": [{\"lesuur\": 1, \"van\": \"08:30\", \"tot\": "
                              "\"09:20\"}]\n"
                              "  }";

} // namespace

void TestSchoolJson::wrongInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("expected"); // the start of the error line
    QTest::newRow("vrije_dagen_an_object")
        << QByteArray("  \"vrije_dagen\": {}") << u"school.json:6: column vrije_dagen: "_s;
    QTest::newRow("codes_an_object")
        << QByteArray("  \"codes\": {}") << u"school.json:6: column codes: "_s;
    QTest::newRow("codes_null") << QByteArray("  \"codes\": null")
                                << u"school.json:6: column codes: "_s;
    QTest::newRow("instellingen_a_list")
        << QByteArray("  \"instellingen\": []") << u"school.json:6: column instellingen: "_s;
    QTest::newRow("naam_a_number")
        << QByteArray("  \"regio\": 3") << u"school.json:6: column regio: "_s;
    QTest::newRow("sector_given_twice")
        << QByteArray("  \"sector\": \"po\"") << u"school.json:6: column sector: "_s;
    QTest::newRow("code_not_an_object")
        << QByteArray("  \"codes\": [\"O\"]") << u"school.json:6: column codes[0]: "_s;
    QTest::newRow("geoorloofd_not_a_boolean")
        << QByteArray("  \"codes\": [{\"code\": \"O\", \"soort\": \"afwezig\", \"geoorloofd\": "
                      "\"nee\"}]")
        << u"school.json:6: column geoorloofd: "_s;
    QTest::newRow("lestijden_without_standaard")
        << QByteArray("  \"lestijden\": {\"wo\": []}")
        << u"school.json:6: column lestijden.standaard: "_s;
    QTest::newRow("lesson_ends_before_it_starts")
        << QByteArray("  \"lestijden\": {\"standaard\": [{\"lesuur\": 1, \"van\": \"09:20\", "
                      "\"tot\": \"08:30\"}]}")
        << u"school.json:6: column lestijden.standaard[0].tot: "_s;
    QTest::newRow("lessons_overlap")
        << QByteArray("  \"lestijden\": {\"standaard\": [{\"lesuur\": 1, \"van\": \"08:30\", "
                      "\"tot\": \"09:20\"}, {\"lesuur\": 2, \"van\": \"09:10\", \"tot\": "
                      "\"10:00\"}]}")
        << u"school.json:6: column lestijden.standaard[1]: "_s;
    QTest::newRow("lesuur_out_of_range")
        << QByteArray("  \"lestijden\": {\"standaard\": [{\"lesuur\": 21, \"van\": \"08:30\", "
                      "\"tot\": \"09:20\"}]}")
        << u"school.json:6: column lestijden.standaard[0].lesuur: expected a lesuur number from 1 "
           u"to 20"_s;
    QTest::newRow("time_not_hh_mm")
        << QByteArray("  \"lestijden\": {\"standaard\": [{\"lesuur\": 1, \"van\": \"8.30\", "
                      "\"tot\": \"09:20\"}]}")
        << u"school.json:6: column lestijden.standaard[0]: "_s;
}

void TestSchoolJson::wrongInputIsRefused()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, expected);
    TestDatabase db;
    const QString good = db.writeFile(u"good.json"_s, schoolJson({}));
    QCOMPARE(db.importService().run({good, {}, {}, {}, {}}).status, ImportOutcome::Status::Stored);
    const auto before = SchoolRepository(db.db()).load();

    const ImportOutcome outcome =
        db.importService().run({db.writeFile(u"school.json"_s, schoolJson(extra)), {}, {}, {}, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QStringList errors;
    for (const ImportIssue& issue : outcome.issues.errors())
        errors.append(QFileInfo(issue.toString()).fileName());
    QVERIFY2(std::any_of(errors.cbegin(), errors.cend(),
                         [&](const QString& e) { return e.startsWith(expected); }),
             qPrintable(errors.join(u'\n')));
    // Nothing stored: the calendar and the sector are as before.
    const auto after = SchoolRepository(db.db()).load();
    QCOMPARE((*after)->sector, (*before)->sector);
    QCOMPARE((*after)->holidays, (*before)->holidays);
}

void TestSchoolJson::lestijdenAreStoredAndKept()
{
    TestDatabase db;
    QCOMPARE(db.importService()
                 .run({db.writeFile(u"a.json"_s, schoolJson(kLestijden)), {}, {}, {}, {}})
                 .status,
             ImportOutcome::Status::Stored);
    const auto stored = SchoolRepository(db.db()).load();
    const Lestijden& lestijden = (*stored)->lestijden;
    QCOMPARE(lestijden.standard().size(), 2);
    QCOMPARE(lestijden.standard()[1], (Lesson{2, QTime(9, 30), QTime(10, 20)}));
    QCOMPARE(lestijden.minutesOn(QDate(2026, 1, 12)), 100); // a Monday: standard
    QCOMPARE(lestijden.minutesOn(QDate(2026, 1, 14)), 50);  // Wednesday's own
    // The package's school.json without lestijden keeps those the school set.
    QCOMPARE(
        db.importService().run({db.writeFile(u"b.json"_s, schoolJson({})), {}, {}, {}, {}}).status,
        ImportOutcome::Status::Stored);
    QCOMPARE((*SchoolRepository(db.db()).load())->lestijden, lestijden);
}

QTEST_GUILESS_MAIN(TestSchoolJson)
#include "TestSchoolJson.moc"
