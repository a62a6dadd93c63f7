// SPDX-License-Identifier: GPL-3.0-or-later
// Somtoday's vakanties read by `import --school`: they replace the stored school's vakanties in
// the period they cover, keep the rest of the school, and a bad item stores nothing.
#include "TestDatabase.h"

#include "domain/SchoolChanges.h"
#include "io/SomtodayVakantiesFile.h"
#include "services/SchoolService.h"
#include "util/Clock.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s + name;
}

QStringList shown(const QList<Holiday>& holidays)
{
    QStringList lines;
    for (const Holiday& h : holidays)
        lines.append(
            u"%1 %2 %3"_s.arg(h.name, h.from.toString(Qt::ISODate), h.to.toString(Qt::ISODate)));
    return lines;
}

School storedSchool(TestDatabase& db)
{
    const FixedClock clock(QDate(2026, 3, 11));
    return **SchoolService(db.db(), clock, u"coordinator"_s).load();
}

} // namespace

class TestSomtodayVakanties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceTheVakantiesOfTheirPeriod();
    void merged_data();
    void merged();
    void badFileStoresNothing_data();
    void badFileStoresNothing();
};

void TestSomtodayVakanties::replaceTheVakantiesOfTheirPeriod()
{
    TestDatabase db;
    ImportFiles school;
    school.school = fixture(u"school.json"_s);
    QCOMPARE(db.importService().run(school).status, ImportOutcome::Status::Stored);
    const School before = storedSchool(db);

    ImportFiles vakanties;
    vakanties.school = fixture(u"somtoday-vakanties.json"_s);
    const ImportOutcome outcome = db.importService().run(vakanties);
    QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
             qPrintable(outcome.issues.all().value(0).toString()));
    QVERIFY(outcome.vakantiesFromSomtoday);
    const School after = storedSchool(db);
    // Dates without time, with an offset and in UTC are all Dutch days; a vakantie without naam
    // is called so. The voorjaarsvakantie moved a week.
    QCOMPARE(shown(after.holidays), (QStringList{u"Herfstvakantie 2025-10-18 2025-10-26"_s,
                                                 u"Kerstvakantie 2025-12-20 2026-01-04"_s,
                                                 u"Voorjaarsvakantie 2026-02-21 2026-03-01"_s,
                                                 u"Vakantie 2026-04-25 2026-05-03"_s,
                                                 u"Zomervakantie 2026-07-18 2026-08-30"_s}));
    // Nothing else of the school changes, and the import said what it replaced.
    const QList<SchoolChange> changes = SchoolChanges::between(before, after);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().setting, u"Vakanties"_s);
    QCOMPARE(outcome.schoolChanges, changes);
}

void TestSomtodayVakanties::merged_data()
{
    QTest::addColumn<QList<Holiday>>("stored");
    QTest::addColumn<QStringList>("expected");
    const QList<Holiday> lastYear{{u"Zomervakantie"_s, QDate(2025, 7, 12), QDate(2025, 8, 24)}};
    QTest::newRow("another_schooljaar_kept")
        << lastYear
        << QStringList{u"Zomervakantie 2025-07-12 2025-08-24"_s, u"Kerst 2025-12-20 2026-01-04"_s,
                       u"Mei 2026-04-25 2026-05-03"_s};
    QTest::newRow("inside_the_period_replaced")
        << QList<Holiday>{{u"Voorjaar"_s, QDate(2026, 2, 14), QDate(2026, 2, 22)}}
        << QStringList{u"Kerst 2025-12-20 2026-01-04"_s, u"Mei 2026-04-25 2026-05-03"_s};
    QTest::newRow("overlapping_the_edge_replaced")
        << QList<Holiday>{{u"Kerst oud"_s, QDate(2025, 12, 13), QDate(2025, 12, 21)}}
        << QStringList{u"Kerst 2025-12-20 2026-01-04"_s, u"Mei 2026-04-25 2026-05-03"_s};
}

void TestSomtodayVakanties::merged()
{
    QFETCH(QList<Holiday>, stored);
    QFETCH(QStringList, expected);
    const QList<Holiday> fromFile{{u"Mei"_s, QDate(2026, 4, 25), QDate(2026, 5, 3)},
                                  {u"Kerst"_s, QDate(2025, 12, 20), QDate(2026, 1, 4)}};
    QCOMPARE(shown(SomtodayVakantiesFile::merged(stored, fromFile)), expected);
}

void TestSomtodayVakanties::badFileStoresNothing_data()
{
    QTest::addColumn<QByteArray>("secondItem"); // on line 3
    QTest::addColumn<QString>("expected");
    QTest::newRow("ends_before_it_starts")
        << R"({"naam": "Kerst", "beginDatum": "2025-12-20", "eindDatum": "2025-12-19"})"_ba
        << u"vakanties.json:3: column eindDatum: the vakantie ends before it starts"_s;
    QTest::newRow("not_a_date")
        << R"({"naam": "Kerst", "beginDatum": "20 december", "eindDatum": "2026-01-04"})"_ba
        << u"vakanties.json:3: column beginDatum: '20 december' is not a date and time"_s;
    QTest::newRow("no_end")
        << R"({"naam": "Kerst", "beginDatum": "2025-12-20", "eindDatum": null})"_ba
        << u"vakanties.json:3: column eindDatum: a value is required"_s;
}

void TestSomtodayVakanties::badFileStoresNothing()
{
    QFETCH(QByteArray, secondItem);
    QFETCH(QString, expected);
    TestDatabase db;
    ImportFiles school;
    school.school = fixture(u"school.json"_s);
    QCOMPARE(db.importService().run(school).status, ImportOutcome::Status::Stored);
    const School before = storedSchool(db);
    ImportFiles vakanties;
    vakanties.school = db.writeFile(
        u"vakanties.json"_s,
        "{\"items\": [\n{\"naam\": \"Herfst\", \"beginDatum\": \"2025-10-18\", \"eindDatum\": "
        "\"2025-10-26\"},\n"_ba +
            secondItem + "\n]}\n");
    const ImportOutcome outcome = db.importService().run(vakanties);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QVERIFY2(outcome.issues.errors().first().toString().contains(expected),
             qPrintable(outcome.issues.errors().first().toString()));
    QVERIFY(SchoolChanges::between(before, storedSchool(db)).isEmpty());
}

QTEST_GUILESS_MAIN(TestSomtodayVakanties)
#include "TestSomtodayVakanties.moc"
