// SPDX-License-Identifier: GPL-3.0-or-later
// What a school.json import changes in the stored settings (#20): the wizard shows it and asks
// before replacing what the coordinator entered by hand.
#include "domain/SchoolChanges.h"

#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;

using SchoolEdit = std::function<void(School&)>;
Q_DECLARE_METATYPE(SchoolEdit)

class TestSchoolChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changes_data();
    void changes();
};

namespace {

School storedSchool()
{
    School school;
    school.name = u"De Linde"_s;
    school.instellingscode = u"12AB"_s;
    school.sector = Sector::Po;
    school.holidays = {{u"Herfstvakantie"_s, QDate(2026, 10, 19), QDate(2026, 10, 23)},
                       {u"Kerstvakantie"_s, QDate(2026, 12, 21), QDate(2027, 1, 1)}};
    school.contactPersons = {{u"J. de Vries"_s, u"verzuimcoördinator"_s, u"020-1234567"_s,
                              u"j.devries@delinde.nl"_s, QString(), true}};
    school.lestijden.setStandard(
        {{1, QTime(8, 30), QTime(12, 0)}, {2, QTime(12, 45), QTime(15, 0)}});
    return school;
}

} // namespace

void TestSchoolChanges::changes_data()
{
    QTest::addColumn<SchoolEdit>("edit");      // what the file has different from the stored school
    QTest::addColumn<QStringList>("expected"); // setting | before | after
    QTest::newRow("same_school") << SchoolEdit([](School&) {}) << QStringList();
    QTest::newRow("name") << SchoolEdit([](School& s) { s.name = u"De Linde Noord"_s; })
                          << QStringList{u"Name | De Linde | De Linde Noord"_s};
    QTest::newRow("instellingscode_emptied")
        << SchoolEdit([](School& s) { s.instellingscode.clear(); })
        << QStringList{u"Instellingscode | 12AB | (empty)"_s};
    // A list shows what leaves it and what comes in, not the whole list twice.
    QTest::newRow("vakantie_moved")
        << SchoolEdit([](School& s) { s.holidays[1].to = QDate(2027, 1, 8); })
        << QStringList{u"Vakanties | Kerstvakantie 21-12-2026 to 01-01-2027 | "
                       u"Kerstvakantie 21-12-2026 to 08-01-2027"_s};
    QTest::newRow("vakanties_dropped")
        << SchoolEdit([](School& s) { s.holidays.clear(); })
        << QStringList{u"Vakanties | Herfstvakantie 19-10-2026 to 23-10-2026; "
                       u"Kerstvakantie 21-12-2026 to 01-01-2027 | "_s};
    QTest::newRow("contact_person_phone")
        << SchoolEdit([](School& s) { s.contactPersons[0].phone.clear(); })
        << QStringList{u"Contact persons of the school | "
                       u"J. de Vries, 020-1234567, j.devries@delinde.nl | "
                       u"J. de Vries, j.devries@delinde.nl"_s};
    QTest::newRow("lestijden") << SchoolEdit([](School& s) {
        s.lestijden.setStandard({{1, QTime(8, 30), QTime(14, 0)}});
    }) << QStringList{u"Lestijden | 08:30–12:00, 12:45–15:00 | 08:30–14:00"_s};
    QTest::newRow("setting") << SchoolEdit([](School& s) { s.settings.rmcWeeks = 6; })
                             << QStringList{u"rmc_weken | 4 | 6"_s};
    QTest::newRow("own_code") << SchoolEdit([](School& s) {
        s.codes.upsert({u"SP"_s, u"Sportdag"_s, AbsenceKind::Afwezig, true});
    }) << QStringList{u"Absence codes |  | SP Sportdag"_s};
    QTest::newRow("two_changes") << SchoolEdit([](School& s) {
        s.sector = Sector::Vo;
        s.settings.latenessCounts = true;
    }) << QStringList{u"Sector | po | vo"_s, u"te_laat_telt_mee | no | yes"_s};
}

void TestSchoolChanges::changes()
{
    QFETCH(SchoolEdit, edit);
    QFETCH(QStringList, expected);
    const School stored = storedSchool();
    School incoming = stored;
    edit(incoming);
    QStringList changes;
    for (const SchoolChange& change : SchoolChanges::between(stored, incoming))
        changes.append(u"%1 | %2 | %3"_s.arg(change.setting, change.before, change.after));
    QCOMPARE(changes, expected);
}

QTEST_GUILESS_MAIN(TestSchoolChanges)
#include "TestSchoolChanges.moc"
