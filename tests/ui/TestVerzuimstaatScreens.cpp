// SPDX-License-Identifier: GPL-3.0-or-later
// The verzuimstaat and the exports from the screens: dialog, preview, batch, attach, export.
#include "LeerlingDetail.h"
#include "LeerlingenPage.h"
#include "MeldingEditor.h"
#include "MeldingenPage.h"
#include "MessageBox.h"
#include "PdfTools.h"
#include "SignalsPage.h"
#include "TestDatabase.h"
#include "VerzuimstaatDialog.h"
#include "services/MeldingService.h"
#include "util/Clock.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s;

void importP01(TestDatabase& db)
{
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
}

} // namespace

class TestVerzuimstaatScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Settings::createTemporary(); // nothing of the user's own settings
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void savedFromTheLeerlingScreen_data();
    void savedFromTheLeerlingScreen();
    void previewShowsPages();
    void batchFromTheSelection_data();
    void batchFromTheSelection();
    void attachedFromTheEditor();
    void overviewsExport_data();
    void overviewsExport();
};

void TestVerzuimstaatScreens::savedFromTheLeerlingScreen_data()
{
    QTest::addColumn<bool>("includeAuthorised");
    QTest::newRow("default_without_geoorloofd") << false;
    QTest::newRow("geoorloofd_with_warning") << true;
}

void TestVerzuimstaatScreens::savedFromTheLeerlingScreen()
{
    QFETCH(bool, includeAuthorised);
    TestDatabase db;
    importP01(db);
    const FixedClock clock(QDate(2026, 2, 20));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, kPgn);
    detail.show();
    detail.findChild<QPushButton*>(u"verzuimstaatButton"_s)->click();
    auto* dialog = detail.findChild<VerzuimstaatDialog*>(u"verzuimstaatDialog"_s);
    QVERIFY(dialog);
    // By default: the schooljaar so far, without geoorloofd absence.
    QCOMPARE(dialog->findChild<QDateEdit*>(u"staatFrom"_s)->date(), QDate(2025, 8, 1));
    QCOMPARE(dialog->findChild<QDateEdit*>(u"staatTo"_s)->date(), QDate(2026, 2, 20));
    auto* include = dialog->findChild<QCheckBox*>(u"staatIncludeAuthorised"_s);
    auto* warning = dialog->findChild<QLabel*>(u"staatAuthorisedWarning"_s);
    QVERIFY(!include->isChecked());
    QVERIFY(!warning->isVisible());
    include->setChecked(includeAuthorised);
    QCOMPARE(warning->isVisible(), includeAuthorised);

    const QString path = QDir(db.dir()).filePath(u"staat.pdf"_s);
    MessageBox::setNextText(path);
    dialog->findChild<QPushButton*>(u"staatSave"_s)->click();
    auto* summary = dialog->findChild<QLabel*>(u"staatSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Opgeslagen"_s), 20000);
    const QString text = PdfTools::text(path);
    QVERIFY(text.contains(u"Test de Vries"_s));
    QCOMPARE(text.contains(u"op uitdrukkelijk verzoek"_s), includeAuthorised);
}

void TestVerzuimstaatScreens::previewShowsPages()
{
    TestDatabase db;
    importP01(db);
    const FixedClock clock(QDate(2026, 2, 20));
    VerzuimstaatDialog dialog(Session{db.db(), clock, u"coordinator"_s}, {kPgn},
                              {QDate(2026, 1, 1), QDate(2026, 2, 13), false});
    dialog.show();
    dialog.findChild<QPushButton*>(u"staatPreview"_s)->click();
    auto* preview = dialog.findChild<QPrintPreviewDialog*>(u"staatPreviewDialog"_s);
    QVERIFY(preview);
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    QVERIFY(pages);
    QTRY_VERIFY_WITH_TIMEOUT(pages->pageCount() == 1, 20000);
    preview->close();
}

void TestVerzuimstaatScreens::batchFromTheSelection_data()
{
    QTest::addColumn<bool>("perLeerling");
    QTest::newRow("one_pdf") << false;
    QTest::newRow("a_pdf_per_leerling") << true;
}

void TestVerzuimstaatScreens::batchFromTheSelection()
{
    QFETCH(bool, perLeerling);
    TestDatabase db;
    importP01(db);
    const FixedClock clock(QDate(2026, 2, 20));
    LeerlingenPage page(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(page.reload());
    page.show();
    auto* table = page.findChild<QTableView*>(u"leerlingTable"_s);
    table->selectAll();
    page.findChild<QPushButton*>(u"batchVerzuimstaatButton"_s)->click();
    auto* dialog = page.findChild<VerzuimstaatDialog*>(u"verzuimstaatDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton*>(u"staatPerLeerling"_s)->isVisible());
    dialog->findChild<QRadioButton*>(perLeerling ? u"staatPerLeerling"_s : u"staatOnePdf"_s)
        ->setChecked(true);
    const QDir out(db.dir() + u"/staten"_s);
    QVERIFY(out.mkpath(u"."_s));
    MessageBox::setNextText(perLeerling ? out.path() : out.filePath(u"alle.pdf"_s));
    dialog->findChild<QPushButton*>(u"staatSave"_s)->click();
    auto* summary = dialog->findChild<QLabel*>(u"staatSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Opgeslagen"_s), 20000);
    QCOMPARE(out.entryList({u"*.pdf"_s}).size(), perLeerling ? 2 : 1);
    QCOMPARE(dialog->findChild<QProgressBar*>(u"staatProgress"_s)->value(), 2);
}

void TestVerzuimstaatScreens::attachedFromTheEditor()
{
    TestDatabase db;
    importP01(db);
    const FixedClock clock(QDate(2026, 1, 20));
    MeldingService meldingen(db.db(), clock, u"coordinator"_s);
    const auto draft =
        meldingen.draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY(draft.ok());
    MeldingEditor editor(Session{db.db(), clock, u"coordinator"_s}, draft->id);
    editor.show();
    editor.findChild<QPushButton*>(u"attachVerzuimstaatButton"_s)->click();
    QVERIFY(meldingen.find(draft->id)->verzuimstaatAttached);
    editor.findChild<QPushButton*>(u"printVerzuimstaatButton"_s)->click();
    auto* dialog = editor.findChild<VerzuimstaatDialog*>(u"verzuimstaatDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->period().from, QDate(2025, 12, 15)); // the melding's own period
}

void TestVerzuimstaatScreens::overviewsExport_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("file");
    QTest::newRow("signals_xlsx") << u"signals"_s << u"exportSignalsButton"_s << u"s.xlsx"_s;
    QTest::newRow("meldingen_csv") << u"meldingen"_s << u"exportMeldingenButton"_s << u"m.csv"_s;
    QTest::newRow("attendance_xlsx") << u"leerling"_s << u"exportAttendanceButton"_s << u"a.xlsx"_s;
}

void TestVerzuimstaatScreens::overviewsExport()
{
    QFETCH(QString, screen);
    QFETCH(QString, button);
    QFETCH(QString, file);
    TestDatabase db;
    importP01(db);
    const FixedClock clock(QDate(2026, 2, 20));
    const Session session{db.db(), clock, u"coordinator"_s};
    std::unique_ptr<QWidget> widget;
    if (screen == u"signals"_s)
        widget = std::make_unique<SignalsPage>(session);
    else if (screen == u"meldingen"_s)
        widget = std::make_unique<MeldingenPage>(session);
    else
        widget = std::make_unique<LeerlingDetail>(session, kPgn);
    widget->show();
    const QString path = QDir(db.dir()).filePath(file);
    MessageBox::setNextText(path);
    widget->findChild<QPushButton*>(button)->click();
    QVERIFY2(QFile::exists(path), qPrintable(MessageBox::lastMessage()));
    QVERIFY(MessageBox::lastMessage().contains(u"geëxporteerd"_s));
}

QTEST_MAIN(TestVerzuimstaatScreens)
#include "TestVerzuimstaatScreens.moc"
