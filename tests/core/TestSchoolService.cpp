// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "calendar/OfficialHolidays.h"
#include "services/SchoolService.h"
#include "util/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

School validSchool()
{
    School school;
    school.name = u"De Regenboog"_s;
    school.instellingscode = u"12AB"_s;
    school.region = u"midden"_s;
    school.contactPersons.append({u"J. de Wit"_s,
                                  u"verzuimcoördinator"_s,
                                  u"030-1234567"_s,
                                  u"verzuim@school.nl"_s,
                                  {},
                                  true});
    return school;
}

} // namespace

class TestSchoolService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"nl"_s); }
    void problem_data();
    void problem();
    void savedWithAnAuditEntry();
    void officialHolidays_data();
    void officialHolidays();
};

void TestSchoolService::problem_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("mentions"); // empty: no problem
    QTest::newRow("valid") << QString() << QString();
    QTest::newRow("no_name") << u"name"_s << u"naam"_s;
    QTest::newRow("instellingscode_lowercase") << u"code"_s << u"instellingscode"_s;
    QTest::newRow("lesuur_of_five_minutes") << u"lesuur"_s << u"5"_s;
    QTest::newRow("vakantie_ends_before_it_starts") << u"holiday"_s << u"Kerstvakantie"_s;
    QTest::newRow("lateness_levels_falling") << u"levels"_s << u"3, 6, 9"_s;
    QTest::newRow("contact_without_phone") << u"contact"_s << u"telefoonnummer"_s;
}

void TestSchoolService::problem()
{
    QFETCH(QString, change);
    QFETCH(QString, mentions);
    School school = validSchool();
    if (change == u"name"_s)
        school.name = u"  "_s;
    else if (change == u"code"_s)
        school.instellingscode = u"12ab"_s;
    else if (change == u"lesuur"_s)
        school.lesuurMinutes = 5;
    else if (change == u"holiday"_s)
        school.holidays.append({u"Kerstvakantie"_s, QDate(2027, 1, 3), QDate(2026, 12, 19)});
    else if (change == u"levels"_s)
        school.settings.latenessLevels = {6, 3};
    else if (change == u"contact"_s)
        school.contactPersons.first().phone.clear();
    const QString found = SchoolService::problem(school);
    if (mentions.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(mentions, Qt::CaseInsensitive), qPrintable(found));
}

void TestSchoolService::savedWithAnAuditEntry()
{
    TestDatabase db;
    const FixedClock clock(QDate(2026, 11, 22));
    SchoolService service(db.db(), clock, u"beheerder"_s);
    QVERIFY(!service.load()->has_value()); // a new database: first start
    School school = validSchool();
    school.holidays = OfficialHolidays::forSchoolYear(u"midden"_s, 2026);
    QVERIFY(service.save(school).ok());
    const auto stored = service.load();
    QCOMPARE((*stored)->name, school.name);
    QCOMPARE((*stored)->holidays.size(), school.holidays.size());
    QCOMPARE((*stored)->contactPersons.first().phone, u"030-1234567"_s);
    auto audit = db.db().exec(u"SELECT actie, gebruiker FROM audit"_s);
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), u"instellingen gewijzigd"_s);
    QCOMPARE(audit->value(1).toString(), db.recordedUser(u"beheerder"_s));
    // A refused save stores nothing.
    school.name.clear();
    QVERIFY(!service.save(school).ok());
    QCOMPARE((*service.load())->name, u"De Regenboog"_s);
}

void TestSchoolService::officialHolidays_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("schoolYear");
    QTest::addColumn<int>("bundled");
    QTest::addColumn<QDate>("autumnStart");
    QTest::addColumn<int>("missing");
    QTest::newRow("2025_zuid_complete") << u"zuid"_s << 2025 << 5 << QDate(2025, 10, 11) << 0;
    QTest::newRow("2025_midden_matches_the_examples")
        << u"midden"_s << 2025 << 5 << QDate(2025, 10, 18) << 0;
    QTest::newRow("2026_noord_partly_known") << u"noord"_s << 2026 << 2 << QDate(2026, 10, 10) << 3;
    QTest::newRow("unknown_year") << u"midden"_s << 2031 << 0 << QDate() << 5;
}

void TestSchoolService::officialHolidays()
{
    QFETCH(QString, region);
    QFETCH(int, schoolYear);
    QFETCH(int, bundled);
    QFETCH(QDate, autumnStart);
    QFETCH(int, missing);
    const QList<Holiday> holidays = OfficialHolidays::forSchoolYear(region, schoolYear);
    QCOMPARE(holidays.size(), bundled);
    QCOMPARE(holidays.value(0).from, autumnStart);
    for (const Holiday& h : holidays) {
        QCOMPARE(h.from.dayOfWeek(), 6); // Saturday
        QCOMPARE(h.to.dayOfWeek(), 7);   // to Sunday
    }
    QCOMPARE(OfficialHolidays::missing(region, schoolYear).size(), missing);
}

QTEST_GUILESS_MAIN(TestSchoolService)
#include "TestSchoolService.moc"
