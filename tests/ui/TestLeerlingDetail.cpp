// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceDayEditor.h"
#include "AttendanceCharts.h"
#include "LeerlingDetail.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLeerlingDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void showsDossier_data();
    void showsDossier();
    void headerNamesTheLeerlingnummer();
    void consentOfAnAdultIsStored();
    void correctionUndoRedo();
    void dayWithSeveralRecords_data();
    void dayWithSeveralRecords();
    void dossierNotes_data();
    void dossierNotes();
};

void TestLeerlingDetail::showsDossier_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<int>("signalCount");
    QTest::addColumn<bool>("consentShown");
    QTest::newRow("minor_po") << u"p01_po_16uur_en_herhaling"_s << u"300000017"_s << 3 << false;
    QTest::newRow("adult_mbo") << u"p03_continu_lrv_en_rmc"_s << u"300002026"_s << 6 << true;
}

void TestLeerlingDetail::showsDossier()
{
    QFETCH(QString, example);
    QFETCH(QString, pgn);
    QFETCH(int, signalCount);
    QFETCH(bool, consentShown);
    TestDatabase db;
    QCOMPARE(db.importExample(example).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, pgn);
    detail.resize(900, 800);
    detail.show();
    QVERIFY(detail.findChild<QLabel*>(u"leerlingHeader"_s)->text().contains(pgn));
    QCOMPARE(detail.findChild<QListWidget*>(u"leerlingSignals"_s)->count(), signalCount);
    QCOMPARE(detail.findChild<QCheckBox*>(u"consentCheck"_s)->isVisible(), consentShown);
    // The calendar paints the continuous absence in its own colour.
    const QImage calendar =
        detail.findChild<YearCalendarWidget*>(u"yearCalendar"_s)->grab().toImage();
    QVERIFY(!calendar.isNull());
    bool red = false;
    for (int y = 0; y < calendar.height() && !red; y += 2) {
        for (int x = 0; x < calendar.width() && !red; x += 2)
            red = calendar.pixelColor(x, y) == QColor(0xc6, 0x28, 0x28);
    }
    QVERIFY(red);
}

// The school knows its leerlingen by the package's number as much as by the PGN.
void TestLeerlingDetail::headerNamesTheLeerlingnummer()
{
    TestDatabase db;
    const QString packages = QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s;
    ImportFiles files;
    files.school = packages + u"school.json"_s;
    files.leerlingen = packages + u"leerlingen.csv"_s;
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 11));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300002014"_s);
    detail.show();
    const QString header = detail.findChild<QLabel*>(u"leerlingHeader"_s)->text();
    QVERIFY2(header.contains(u"PGN 300002014 · leerlingnummer 100122 · "_s), qPrintable(header));
}

void TestLeerlingDetail::consentOfAnAdultIsStored()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p03_continu_lrv_en_rmc"_s).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300002026"_s);
    detail.show();
    auto* consent = detail.findChild<QCheckBox*>(u"consentCheck"_s);
    QVERIFY(!consent->isChecked());
    consent->click();
    QCOMPARE(*LeerlingRepository(db.db()).consentToContactParents(u"300002026"_s), true);
}

void TestLeerlingDetail::correctionUndoRedo()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300000017"_s);
    detail.show();
    auto* signalList = detail.findChild<QListWidget*>(u"leerlingSignals"_s);
    QCOMPARE(signalList->count(), 3);

    // 2 February was recorded as absent by mistake: clearing it removes the second 16UUR.
    detail.findChild<QDateEdit*>(u"absenceDate"_s)->setDate(QDate(2026, 2, 2));
    QVERIFY(detail.findChild<QLabel*>(u"absenceNow"_s)->text().contains(u"330"_s));
    detail.findChild<QPushButton*>(u"absenceRemoveRecord"_s)->click(); // present after all
    detail.findChild<QPushButton*>(u"absenceSave"_s)->click();
    QCOMPARE(signalList->count(), 2);

    detail.findChild<QPushButton*>(u"absenceUndo"_s)->click();
    QCOMPARE(signalList->count(), 3);
    detail.findChild<QPushButton*>(u"absenceRedo"_s)->click();
    QCOMPARE(signalList->count(), 2);
    QCOMPARE(AuditLog(db.db()).forLeerling(u"300000017"_s)->size(), 3); // the change, undo, redo
}

void TestLeerlingDetail::dayWithSeveralRecords_data()
{
    // Each record: code, minutes; the day is saved with all of them.
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<int>("storedRecords");
    QTest::newRow("late_then_absent") << QStringList{u"L"_s, u"O"_s} << QList<int>{10, 120} << 2;
    QTest::newRow("one_record") << QStringList{u"O"_s} << QList<int>{60} << 1;
    QTest::newRow("more_than_a_day_refused")
        << QStringList{u"O"_s, u"O"_s} << QList<int>{1000, 1000} << 1; // the day stays as it was
}

void TestLeerlingDetail::dayWithSeveralRecords()
{
    QFETCH(QStringList, codes);
    QFETCH(QList<int>, minutes);
    QFETCH(int, storedRecords);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300000017"_s);
    detail.show();
    detail.findChild<QDateEdit*>(u"absenceDate"_s)->setDate(QDate(2026, 2, 2)); // O 330
    auto* table = detail.findChild<QTableWidget*>(u"absenceDayTable"_s);
    QCOMPARE(table->rowCount(), 1);
    detail.findChild<QPushButton*>(u"absenceRemoveRecord"_s)->click();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        detail.findChild<QPushButton*>(u"absenceAddRecord"_s)->click();
        const int row = table->rowCount() - 1;
        auto* code = qobject_cast<QComboBox*>(table->cellWidget(row, AbsenceDayEditor::CodeColumn));
        code->setCurrentIndex(code->findData(codes[i]));
        qobject_cast<QSpinBox*>(table->cellWidget(row, AbsenceDayEditor::MinutesColumn))
            ->setValue(minutes[i]);
        qobject_cast<QLineEdit*>(table->cellWidget(row, AbsenceDayEditor::RemarkColumn))
            ->setText(u"gecorrigeerd"_s);
    }
    detail.findChild<QPushButton*>(u"absenceSave"_s)->click();
    const auto day =
        AbsenceEditService(db.db(), clock, u"coordinator"_s).day(u"300000017"_s, QDate(2026, 2, 2));
    QCOMPARE(day->size(), storedRecords);
    QCOMPARE(table->rowCount(),
             storedRecords == int(codes.size()) ? storedRecords : int(codes.size()));
    if (storedRecords == codes.size()) {
        QCOMPARE(day->first().remark, u"gecorrigeerd"_s);
        QCOMPARE(day->first().code, codes.first());
    }
}

void TestLeerlingDetail::dossierNotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("workNote");
    QTest::addColumn<int>("notesAfter");
    QTest::addColumn<QString>("shown");
    QTest::newRow("note") << u"Vader gesproken op school"_s << false << 1
                          << u"Vader gesproken op school"_s;
    QTest::newRow("work_note_marked")
        << u"Navragen bij mentor"_s << true << 1 << u"persoonlijke werknotitie"_s;
    QTest::newRow("empty_refused") << u"  "_s << false << 0 << QString();
}

void TestLeerlingDetail::dossierNotes()
{
    QFETCH(QString, text);
    QFETCH(bool, workNote);
    QFETCH(int, notesAfter);
    QFETCH(QString, shown);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300000017"_s);
    detail.show();
    detail.findChild<QTabWidget*>(u"leerlingSide"_s)->setCurrentIndex(1);
    // The warning is where the note is written.
    auto* warning = detail.findChild<QLabel*>(u"inzageWarning"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"inzage"_s));
    detail.findChild<QPlainTextEdit*>(u"noteText"_s)->setPlainText(text);
    detail.findChild<QCheckBox*>(u"workNoteCheck"_s)->setChecked(workNote);
    detail.findChild<QPushButton*>(u"addNoteButton"_s)->click();
    auto* notes = detail.findChild<QListWidget*>(u"dossierNotes"_s);
    QCOMPARE(notes->count(), notesAfter);
    if (notesAfter > 0)
        QVERIFY(notes->item(0)->text().contains(shown));
    QCOMPARE(
        DossierNoteService(db.db(), clock, u"coordinator"_s).forLeerling(u"300000017"_s)->size(),
        notesAfter);
}

QTEST_MAIN(TestLeerlingDetail)
#include "TestLeerlingDetail.moc"
