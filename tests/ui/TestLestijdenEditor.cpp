// SPDX-License-Identifier: GPL-3.0-or-later
// The Lestijden tab of Instellingen: a standard lesdag, weekdays of their own, the day's breaks
// shown as the bell rings them, and every mistyped lesson refused before it is saved.
#include "LestijdenEditor.h"
#include "MessageBox.h"
#include "SchoolSettingsDialog.h"
#include "TestDatabase.h"
#include "services/SchoolService.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

// Types the rows into the shown day's table, as a coordinator would.
void type(QWidget& editor, const Rows& rows)
{
    auto* table = editor.findChild<QTableWidget*>(u"lessons"_s);
    while (table->rowCount() > 0) {
        table->setCurrentCell(0, 0);
        editor.findChild<QPushButton*>(u"lessonsRemove"_s)->click();
    }
    for (int row = 0; row < rows.size(); ++row) {
        editor.findChild<QPushButton*>(u"lessonsAdd"_s)->click();
        for (int column = 0; column < rows[row].size(); ++column)
            table->item(row, column)->setText(rows[row][column]);
    }
}

void showDay(QWidget& editor, int day)
{
    editor.findChild<QComboBox*>(u"lestijdenDay"_s)->setCurrentIndex(day);
}

const Rows kMorning{{u"1"_s, u"08:30"_s, u"09:20"_s},
                    {u"2"_s, u"9:20"_s, u"10:10"_s},
                    {u"3"_s, u"10.30"_s, u"11:20"_s}};

QList<Lesson> morning()
{
    return {{1, QTime(8, 30), QTime(9, 20)},
            {2, QTime(9, 20), QTime(10, 10)},
            {3, QTime(10, 30), QTime(11, 20)}};
}

} // namespace

class TestLestijdenEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void edits_data();
    void edits();
    void mistakesAreRefused_data();
    void mistakesAreRefused();
    void savedWithTheSchool();
};

void TestLestijdenEditor::edits_data()
{
    QTest::addColumn<int>("day"); // 0 the standard lesdag, 1 Monday … 5 Friday
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lestijden>("expected");
    QTest::addColumn<QString>("summary");
    Lestijden standard;
    standard.setStandard(morning());
    QTest::newRow("standard_day") << 0 << kMorning << standard
                                  << u"3 lessen van 08:30 tot 11:20, 2:30 uur les; pauzes "
                                     u"10:10–10:30."_s;
    Lestijden shortWednesday = standard;
    shortWednesday.setWeekday(3, morning().mid(0, 2));
    QTest::newRow("short_wednesday")
        << 3 << kMorning.mid(0, 2) << shortWednesday
        << u"2 lessen van 08:30 tot 10:10, 1:40 uur les; geen pauzes."_s;
}

void TestLestijdenEditor::edits()
{
    QFETCH(int, day);
    QFETCH(Rows, rows);
    QFETCH(Lestijden, expected);
    QFETCH(QString, summary);
    LestijdenEditor editor;
    type(editor, kMorning);
    showDay(editor, day);
    auto* own = editor.findChild<QCheckBox*>(u"ownLessons"_s);
    QCOMPARE(own->isVisibleTo(&editor), day != 0);
    if (day != 0) {
        // A weekday follows the standard day until it is given lessons of its own.
        QVERIFY(!own->isChecked());
        QVERIFY(!editor.findChild<QTableWidget*>(u"lessons"_s)->isEnabled());
        own->setChecked(true);
        QCOMPARE(editor.findChild<QTableWidget*>(u"lessons"_s)->rowCount(), 3);
    }
    type(editor, rows);
    QCOMPARE(editor.findChild<QLabel*>(u"lestijdenSummary"_s)->text(), summary);
    const auto lestijden = editor.lestijden();
    QVERIFY2(lestijden.ok(), qPrintable(lestijden.error()));
    QCOMPARE(*lestijden, expected);

    // Shown again as it was saved; a weekday given back to the standard day loses its own.
    LestijdenEditor reopened;
    reopened.setLestijden(*lestijden);
    showDay(reopened, day);
    QCOMPARE(reopened.findChild<QTableWidget*>(u"lessons"_s)->rowCount(), rows.size());
    if (day != 0) {
        reopened.findChild<QCheckBox*>(u"ownLessons"_s)->setChecked(false);
        Lestijden standard;
        standard.setStandard(morning());
        QCOMPARE(*reopened.lestijden(), standard);
    }
}

void TestLestijdenEditor::mistakesAreRefused_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QString>("expected"); // the error, also shown beneath the table
    QTest::newRow("time_not_a_time")
        << 0 << Rows{{u"1"_s, u"08:30"_s, u"09:20"_s}, {u"2"_s, u"half tien"_s, u"10:10"_s}}
        << u"Lestijden, Standaard lesdag, regel 2: geef de tijden als UU:MM, zoals 08:30"_s;
    QTest::newRow("lesuur_not_a_number")
        << 0 << Rows{{u"eerste"_s, u"08:30"_s, u"09:20"_s}}
        << u"Lestijden, Standaard lesdag, regel 1: 'eerste' is geen lesuurnummer"_s;
    QTest::newRow("ends_before_it_starts")
        << 0 << Rows{{u"1"_s, u"09:20"_s, u"08:30"_s}}
        << u"Lestijden, Standaard lesdag, regel 1: de les eindigt voordat hij begint"_s;
    QTest::newRow("lessons_overlap")
        << 0 << Rows{{u"1"_s, u"08:30"_s, u"09:20"_s}, {u"2"_s, u"09:10"_s, u"10:00"_s}}
        << u"Lestijden, Standaard lesdag, regel 2: les 2 begint voordat les 1 eindigt"_s;
    QTest::newRow("weekday_without_standard_day")
        << 5 << kMorning << u"Lestijden: geef ook de lessen van de standaard lesdag"_s;
}

void TestLestijdenEditor::mistakesAreRefused()
{
    QFETCH(int, day);
    QFETCH(Rows, rows);
    QFETCH(QString, expected);
    LestijdenEditor editor;
    showDay(editor, day);
    if (day != 0)
        editor.findChild<QCheckBox*>(u"ownLessons"_s)->setChecked(true);
    type(editor, rows);
    const auto lestijden = editor.lestijden();
    QVERIFY(!lestijden.ok());
    QVERIFY2(lestijden.error().startsWith(expected), qPrintable(lestijden.error()));
    if (day == 0)
        QVERIFY(editor.findChild<QLabel*>(u"lestijdenSummary"_s)->text().startsWith(expected));
}

// The joint: typed in Instellingen, stored with the school, shown again on the next opening.
void TestLestijdenEditor::savedWithTheSchool()
{
    TestDatabase db;
    const FixedClock clock(QDate(2026, 11, 22));
    const Session session{db.db(), clock, u"coordinator"_s};
    {
        SchoolSettingsDialog dialog(session);
        dialog.findChild<QLineEdit*>(u"schoolName"_s)->setText(u"De Regenboog"_s);
        dialog.findChild<QLineEdit*>(u"schoolCode"_s)->setText(u"12AB"_s);
        type(*dialog.findChild<LestijdenEditor*>(), kMorning);
        dialog.findChild<QPushButton*>(u"settingsSave"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const auto school = SchoolService(db.db(), clock, u"coordinator"_s).load();
    QVERIFY(school && school->has_value());
    QCOMPARE((*school)->lestijden.standard(), morning());

    SchoolSettingsDialog reopened(session);
    QCOMPARE(reopened.findChild<QTableWidget*>(u"lessons"_s)->rowCount(), 3);
    // A mistyped lesson keeps the dialog open and stores nothing.
    type(*reopened.findChild<LestijdenEditor*>(), {{u"1"_s, u"09:20"_s, u"08:30"_s}});
    reopened.findChild<QPushButton*>(u"settingsSave"_s)->click();
    QCOMPARE(reopened.result(), int(QDialog::Rejected));
    QVERIFY(MessageBox::lastMessage().contains(u"de les eindigt voordat hij begint"_s));
    QCOMPARE((*SchoolService(db.db(), clock, u"coordinator"_s).load())->lestijden.standard(),
             morning());
}

QTEST_MAIN(TestLestijdenEditor)
#include "TestLestijdenEditor.moc"
