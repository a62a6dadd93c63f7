// SPDX-License-Identifier: GPL-3.0-or-later
// Instellingen, and the first start of a new school.
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SchoolSettingsDialog.h"
#include "TestDatabase.h"
#include "services/SchoolService.h"
#include "util/Clock.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void setCell(SchoolSettingsDialog& dialog, const QString& table, int row, const QStringList& values)
{
    auto* t = dialog.findChild<QTableWidget*>(table);
    while (t->rowCount() <= row)
        dialog.findChild<QPushButton*>(table + u"Add"_s)->click();
    for (int column = 0; column < values.size(); ++column)
        t->item(row, column)->setText(values[column]);
}

} // namespace

class TestSchoolSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Settings::createTemporary(); // nothing of the user's own settings
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void firstStartLeadsToTheImport();
    void edits_data();
    void edits();
    void newCodes_data();
    void newCodes();
};

void TestSchoolSettingsDialog::firstStartLeadsToTheImport()
{
    TestDatabase db;
    const FixedClock clock(QDate(2026, 11, 22));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    window.show();
    window.offerFirstStart();
    auto* dialog = window.findChild<SchoolSettingsDialog*>(u"schoolSettings"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(u"welcome"_s));
    // The region's bundled vakanties of this schooljaar, and what is missing from them.
    auto* holidays = dialog->findChild<QTableWidget*>(u"holidays"_s);
    QCOMPARE(holidays->rowCount(), 2);
    QCOMPARE(holidays->item(0, 1)->text(), u"10-10-2026"_s); // noord, the first region
    auto* region = dialog->findChild<QComboBox*>(u"schoolRegion"_s);
    region->setCurrentIndex(region->findData(u"zuid"_s));
    dialog->findChild<QPushButton*>(u"officialHolidays"_s)->click();
    QCOMPARE(holidays->item(0, 1)->text(), u"17-10-2026"_s);
    QVERIFY(dialog->findChild<QLabel*>(u"holidayNote"_s)->text().contains(u"Zomervakantie"_s));

    dialog->findChild<QLineEdit*>(u"schoolName"_s)->setText(u"De Regenboog"_s);
    dialog->findChild<QLineEdit*>(u"schoolCode"_s)->setText(u"12ab"_s);
    setCell(*dialog, u"contactPersons"_s, 0,
            {u"J. de Wit"_s, u"verzuimcoördinator"_s, u"030-1234567"_s, u"v@school.nl"_s});
    dialog->findChild<QPushButton*>(u"settingsSave"_s)->click();

    const auto school = SchoolService(db.db(), clock, u"coordinator"_s).load();
    QVERIFY(school->has_value());
    QCOMPARE((*school)->instellingscode, u"12AB"_s);
    QCOMPARE((*school)->holidays.size(), 2);
    QVERIFY((*school)->contactPersons.first().isDefault);
    // Then the import, to bring in the leerlingen.
    QTRY_VERIFY(window.findChild<ImportWizard*>(u"importWizard"_s));
}

void TestSchoolSettingsDialog::edits_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("saved");
    QTest::newRow("vrije_dag") << u"daysOff"_s << QStringList{u"16-02-2026"_s} << true;
    QTest::newRow("impossible_date_refused")
        << u"daysOff"_s << QStringList{u"31-02-2026"_s} << false;
    QTest::newRow("location") << u"locations"_s << QStringList{u"Dependance"_s, u"A1"_s, u"B2"_s}
                              << true;
    QTest::newRow("contact_without_phone_refused")
        << u"contactPersons"_s << QStringList{u"P. Jansen"_s, u"mentor"_s, QString(), QString()}
        << false;
}

void TestSchoolSettingsDialog::edits()
{
    QFETCH(QString, table);
    QFETCH(QStringList, values);
    QFETCH(bool, saved);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 22));
    SchoolService service(db.db(), clock, u"coordinator"_s);
    School before = **service.load();
    before.instellingscode = u"99XX"_s; // as Instellingen requires
    QVERIFY(service.save(before).ok());
    SchoolSettingsDialog dialog(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(!dialog.findChild<QLabel*>(u"welcome"_s));
    dialog.findChild<QSpinBox*>(u"schoolLesuur"_s)->setValue(45);
    auto* codes = dialog.findChild<QTableWidget*>(u"codes"_s);
    codes->item(0, 1)->setText(u"Eigen omschrijving"_s);
    const QString firstCode = codes->item(0, 0)->text();
    setCell(dialog, table, dialog.findChild<QTableWidget*>(table)->rowCount(), values);
    dialog.findChild<QPushButton*>(u"settingsSave"_s)->click();

    const School after = **service.load();
    QCOMPARE(after.lesuurMinutes, saved ? 45 : before.lesuurMinutes);
    QCOMPARE(after.codes.find(firstCode)->description == u"Eigen omschrijving"_s, saved);
    QCOMPARE(after.holidays, before.holidays); // untouched lists stay as they were
    if (!saved)
        QVERIFY(!MessageBox::lastMessage().isEmpty());
}

void TestSchoolSettingsDialog::newCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("authorised");
    QTest::addColumn<bool>("saved");
    QTest::newRow("own_sick_code_geoorloofd")
        << u"zh"_s << u"Ziek naar huis"_s << u"ziek"_s << true << true;
    QTest::newRow("own_absence_code_ongeoorloofd")
        << u"SP"_s << u"Spijbelen"_s << u"afwezig"_s << false << true;
    QTest::newRow("without_description_refused")
        << u"XX"_s << QString() << u"afwezig"_s << false << false;
    QTest::newRow("existing_code_twice_refused")
        << u"Z"_s << u"Nog eens ziek"_s << u"ziek"_s << true << false;
}

void TestSchoolSettingsDialog::newCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, description);
    QFETCH(QString, kind);
    QFETCH(bool, authorised);
    QFETCH(bool, saved);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 22));
    SchoolService service(db.db(), clock, u"coordinator"_s);
    School before = **service.load();
    before.instellingscode = u"99XX"_s;
    QVERIFY(service.save(before).ok());
    SchoolSettingsDialog dialog(Session{db.db(), clock, u"coordinator"_s});
    auto* codes = dialog.findChild<QTableWidget*>(u"codes"_s);
    auto* remove = dialog.findChild<QPushButton*>(u"codesRemove"_s);
    codes->setCurrentCell(0, 1);
    QVERIFY2(!remove->isEnabled(), "recorded absences refer to a stored code");
    dialog.findChild<QPushButton*>(u"codesAdd"_s)->click();
    const int row = codes->rowCount() - 1;
    QVERIFY(remove->isEnabled());
    codes->item(row, 0)->setText(code);
    codes->item(row, 1)->setText(description);
    auto* kindBox = qobject_cast<QComboBox*>(codes->cellWidget(row, 2));
    kindBox->setCurrentIndex(kindBox->findData(kind));
    QCOMPARE(codes->item(row, 3)->checkState() == Qt::Checked, authorised);
    dialog.findChild<QPushButton*>(u"settingsSave"_s)->click();

    const School after = **service.load();
    const AbsenceCode* stored = after.codes.find(code.toUpper());
    if (!saved) {
        QVERIFY(!MessageBox::lastMessage().isEmpty());
        QVERIFY(!stored || *stored == *before.codes.find(code.toUpper()));
        return;
    }
    QVERIFY(stored);
    QCOMPARE(stored->description, description);
    QCOMPARE(AbsenceKinds::key(stored->kind), kind);
    QCOMPARE(stored->authorised, authorised);
}

QTEST_MAIN(TestSchoolSettingsDialog)
#include "TestSchoolSettingsDialog.moc"
