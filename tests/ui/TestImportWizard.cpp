// SPDX-License-Identifier: GPL-3.0-or-later
// An administration package's export through the wizard: mapping, preview, import.
#include "ImportWizard.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Clock.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void init() { Settings::createTemporary(); }
    void exportThroughTheWizard_data();
    void exportThroughTheWizard();
    void mappingIsRememberedPerSchool();
    void packageFileIsRecognisedNotMapped_data();
    void packageFileIsRecognisedNotMapped();
    void rosterIsRecognisedNotMapped();
    void headerIsReadInTheFilesEncoding_data();
    void headerIsReadInTheFilesEncoding();
    void wheelDoesNotChangeAMapping();
    void schoolJsonAsksBeforeReplacingSettings_data();
    void schoolJsonAsksBeforeReplacingSettings();
};

void TestImportWizard::exportThroughTheWizard_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("importable");
    QTest::addColumn<int>("markedRow"); // preview row marked as a problem, -1 for none
    QTest::newRow("package_export") << QByteArray("Klas;BSN;Datum;Absentiecode;Minuten\n"
                                                  "3B;300000017;19-01-2026;O;60\n"
                                                  "3B;300000017;20-01-2026;O;120\n")
                                    << true << -1;
    QTest::newRow("impossible_date_marked") << QByteArray("Klas;BSN;Datum;Absentiecode;Minuten\n"
                                                          "3B;300000017;19-01-2026;O;60\n"
                                                          "3B;300000017;31-02-2026;O;120\n")
                                            << false << 1;
}

void TestImportWizard::exportThroughTheWizard()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, importable);
    QFETCH(int, markedRow);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const int before = *AbsenceRepository(db.db()).count();
    const FixedClock clock(QDate(2026, 1, 21));
    ImportWizard wizard(Session{db.db(), clock, u"coordinator"_s});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    wizard.findChild<QLineEdit*>(u"file_absenties"_s)
        ->setText(db.writeFile(u"export.csv"_s, content));
    wizard.next();

    // The package's names are recognised.
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QCOMPARE(wizard.findChild<QComboBox*>(u"map_absenties_pgn"_s)->currentText(), u"BSN"_s);
    QCOMPARE(wizard.findChild<QComboBox*>(u"map_absenties_code"_s)->currentText(),
             u"Absentiecode"_s);
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    auto* table = wizard.findChild<QTableWidget*>(u"previewTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 20000); // checked on the job's thread
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"2"_s); // the file's line numbers
    for (int row = 0; row < table->rowCount(); ++row)
        QCOMPARE(!table->item(row, 2)->toolTip().isEmpty(), row == markedRow);
    QCOMPARE(wizard.button(QWizard::NextButton)->isEnabled(), importable);
    QCOMPARE(*AbsenceRepository(db.db()).count(), before); // a preview stores nothing
    if (!importable) {
        QVERIFY(table->item(markedRow, 2)->toolTip().contains(u"Datum"_s));
        // The bad date, and that without hele_dag and lestijden no whole day can be told.
        auto* issues = wizard.findChild<QListWidget*>(u"previewIssues"_s);
        QCOMPARE(issues->count(), 2);
        QVERIFY(issues->item(1)->text().contains(u"lestijden"_s));
        return;
    }
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QVERIFY(wizard.findChild<QLabel*>(u"importSummary"_s)->text().contains(u"2"_s));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QCOMPARE(*AbsenceRepository(db.db()).count(), before + 2);
    QVERIFY(imported.first().first().value<QSet<QString>>().contains(u"300000017"_s));
}

void TestImportWizard::mappingIsRememberedPerSchool()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 21));
    const QString file = db.writeFile(u"export.csv"_s, "Leerling;Dag;Soort;Duur;Notitie\n"
                                                       "300000017;19-01-2026;O;60;x\n");
    {
        ImportWizard wizard(Session{db.db(), clock, u"coordinator"_s});
        wizard.show();
        wizard.findChild<QLineEdit*>(u"file_absenties"_s)->setText(file);
        wizard.next();
        // Nothing is recognised but "Duur"; the coordinator maps the rest by hand, and the
        // wizard names what is still to choose.
        QCOMPARE(wizard.findChild<QComboBox*>(u"map_absenties_minuten"_s)->currentText(),
                 u"Duur"_s);
        auto* missing = wizard.findChild<QLabel*>(u"mappingMissing"_s);
        QVERIFY2(missing->text().contains(u"code (absenties.csv), datum (absenties.csv), pgn "
                                          u"(absenties.csv)"_s),
                 qPrintable(missing->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const QList<std::pair<QString, QString>> choices{
            {u"pgn"_s, u"Leerling"_s}, {u"datum"_s, u"Dag"_s}, {u"code"_s, u"Soort"_s}};
        for (const auto& [column, header] : choices) {
            auto* box = wizard.findChild<QComboBox*>(u"map_absenties_"_s + column);
            box->setCurrentIndex(box->findText(header));
        }
        QVERIFY(missing->isHidden());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
    }
    ImportWizard again(Session{db.db(), clock, u"coordinator"_s});
    again.show();
    again.findChild<QLineEdit*>(u"file_absenties"_s)->setText(file);
    again.next();
    QCOMPARE(again.findChild<QComboBox*>(u"map_absenties_pgn"_s)->currentText(), u"Leerling"_s);
    QCOMPARE(again.findChild<QComboBox*>(u"map_absenties_datum"_s)->currentText(), u"Dag"_s);
}

void TestImportWizard::packageFileIsRecognisedNotMapped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("recognised");
    QTest::addColumn<QString>("firstLine"); // of the first absentiemelding in the file
    QTest::newRow("eduarte") << u"eduarte-absentiemeldingen.csv"_s << u"Eduarte/KRD"_s << u"1"_s;
    QTest::newRow("somtoday") << u"somtoday-absentiemeldingen.json"_s << u"Somtoday"_s << u"3"_s;
}

// A package's own absence file has known fields: the wizard names its kind, maps nothing, and
// shows each absentiemelding beside the day records it becomes.
void TestImportWizard::packageFileIsRecognisedNotMapped()
{
    QFETCH(QString, file);
    QFETCH(QString, recognised);
    QFETCH(QString, firstLine);
    TestDatabase db;
    db.clock().set(QDateTime(QDate(2026, 3, 11), QTime(9, 0)));
    const QString packages = QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s;
    ImportFiles files;
    files.school = packages + u"school.json"_s;
    files.leerlingen = packages + u"leerlingen.csv"_s;
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    ImportWizard wizard(Session{db.db(), db.clock(), u"coordinator"_s});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    wizard.findChild<QLineEdit*>(u"file_absenties"_s)->setText(packages + file);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto* format = wizard.findChild<QLabel*>(u"format_absenties"_s);
    QVERIFY(format);
    QVERIFY2(format->text().contains(recognised), qPrintable(format->text()));
    QVERIFY(!wizard.findChild<QComboBox*>(u"map_absenties_pgn"_s));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);

    // Not the raw lines: the first span, Z 10:00–11:30 on Monday 2 March, is 75 lesson minutes
    // (the break excluded); the second, O Monday to Wednesday, three whole days.
    QVERIFY(!wizard.findChild<QTableWidget*>(u"previewTable"_s)->isVisible());
    auto* converted = wizard.findChild<QTableWidget*>(u"convertedTable"_s);
    QVERIFY(converted->isVisible());
    QCOMPARE(converted->rowCount(), 13); // one per day record
    QCOMPARE(converted->verticalHeaderItem(0)->text(), firstLine);
    QCOMPARE(converted->item(0, 0)->text(), u"100122"_s);
    QCOMPARE(converted->item(0, 4)->text(), u"02-03-2026"_s);
    QCOMPARE(converted->item(0, 5)->text(), u"75"_s);
    QCOMPARE(converted->item(1, 0)->text(), u"102447"_s);
    QVERIFY(converted->item(1, 2)->text().startsWith(u"04-03-2026"_s));
    QCOMPARE(converted->item(3, 4)->text(), u"04-03-2026"_s);
    QCOMPARE(converted->item(3, 7)->text(), u"ja"_s);
    QVERIFY(converted->verticalHeaderItem(3)->text().isEmpty()); // the line once per span

    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QCOMPARE(*AbsenceRepository(db.db()).count(), 13);
}

// An EDEXML roster has known elements: the wizard names it, maps nothing, and previews its
// leerlingen as leerlingen.csv would hold them, at the lines of their elements.
void TestImportWizard::rosterIsRecognisedNotMapped()
{
    TestDatabase db;
    const QString packages = QStringLiteral(VERZUIMDESK_TEST_DATA_DIR) + u"/packages/"_s;
    ImportWizard wizard(Session{db.db(), db.clock(), u"coordinator"_s});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    wizard.findChild<QLineEdit*>(u"file_school"_s)->setText(packages + u"school.json"_s);
    wizard.findChild<QLineEdit*>(u"file_leerlingen"_s)
        ->setText(packages + u"edexml-leerlingen.xml"_s);
    wizard.next();
    auto* format = wizard.findChild<QLabel*>(u"format_leerlingen"_s);
    QVERIFY(format);
    QVERIFY2(format->text().contains(u"EDEXML"_s), qPrintable(format->text()));
    QVERIFY(!wizard.findChild<QComboBox*>(u"map_leerlingen_pgn"_s));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);

    auto* files = wizard.findChild<QComboBox*>(u"previewFile"_s);
    files->setCurrentIndex(files->findText(u"edexml-leerlingen.xml"_s));
    auto* preview = wizard.findChild<QTableWidget*>(u"previewTable"_s);
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"pgn"_s);
    QCOMPARE(preview->verticalHeaderItem(0)->text(), u"25"_s);
    QCOMPARE(preview->item(0, 0)->text(), u"300002014"_s);
    QCOMPARE(preview->item(0, 5)->text(), u"3A"_s);
    QCOMPARE(preview->item(1, 3)->text(), u"Test"_s); // only a roepnaam

    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QCOMPARE(LeerlingRepository(db.db()).all()->size(), 2);
}

void TestImportWizard::headerIsReadInTheFilesEncoding_data()
{
    QTest::addColumn<QByteArray>("content");
    const QString text =
        u"Leerling;Dag;Soort;Duur;Notitie \u00EB\r\n300000017;19-01-2026;O;60;x\r\n"_s;
    QTest::newRow("utf16_excel_unicode_text")
        << "\xFF\xFE"_ba + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QTest::newRow("windows_1252") << text.toLatin1();
}

// The mapping offers the file's own column names as the import will read them.
void TestImportWizard::headerIsReadInTheFilesEncoding()
{
    QFETCH(QByteArray, content);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 21));
    ImportWizard wizard(Session{db.db(), clock, u"coordinator"_s});
    wizard.show();
    wizard.findChild<QLineEdit*>(u"file_absenties"_s)
        ->setText(db.writeFile(u"export.csv"_s, content));
    wizard.next();
    QCOMPARE(wizard.findChild<QComboBox*>(u"map_absenties_minuten"_s)->currentText(), u"Duur"_s);
    QVERIFY(
        wizard.findChild<QComboBox*>(u"map_absenties_opmerking"_s)->findText(u"Notitie \u00EB"_s) >=
        0);
}

void TestImportWizard::wheelDoesNotChangeAMapping()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 21));
    ImportWizard wizard(Session{db.db(), clock, u"coordinator"_s});
    wizard.show();
    wizard.findChild<QLineEdit*>(u"file_absenties"_s)
        ->setText(db.writeFile(u"export.csv"_s, "Klas;BSN;Datum;Absentiecode;Minuten\n"
                                                "3B;300000017;19-01-2026;O;60\n"));
    wizard.next();
    auto* pgn = wizard.findChild<QComboBox*>(u"map_absenties_pgn"_s);
    QCOMPARE(pgn->currentText(), u"BSN"_s);
    const auto turnWheel = [&] {
        const QPointF at(pgn->width() / 2.0, pgn->height() / 2.0);
        QWheelEvent wheel(at, pgn->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(pgn, &wheel);
    };
    turnWheel(); // scrolling the form past it
    QCOMPARE(pgn->currentText(), u"BSN"_s);
    pgn->setFocus(); // clicked or tabbed into: the wheel chooses
    QTRY_VERIFY(pgn->hasFocus());
    turnWheel();
    QVERIFY(pgn->currentText() != u"BSN"_s);
}

void TestImportWizard::schoolJsonAsksBeforeReplacingSettings_data()
{
    QTest::addColumn<QString>("nameByHand"); // empty: the school as the file has it
    QTest::newRow("name_changed_in_instellingen") << u"Basisschool De Linde (zelf ingevuld)"_s;
    QTest::newRow("nothing_changed") << QString();
}

void TestImportWizard::schoolJsonAsksBeforeReplacingSettings()
{
    QFETCH(QString, nameByHand);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    School school = **SchoolRepository(db.db()).load();
    const QString fileName = school.name;
    if (!nameByHand.isEmpty()) {
        school.name = nameByHand;
        QVERIFY(SchoolRepository(db.db()).save(school));
    }
    const FixedClock clock(QDate(2026, 1, 21));
    ImportWizard wizard(Session{db.db(), clock, u"coordinator"_s});
    wizard.show();
    wizard.findChild<QLineEdit*>(u"file_school"_s)
        ->setText(examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s));
    while (wizard.currentId() != int(ImportWizard::PreviewPageId))
        wizard.next();
    auto* summary = wizard.findChild<QLabel*>(u"previewSummary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().contains(u"…"_s), 20000); // checked
    auto* changes = wizard.findChild<QGroupBox*>(u"schoolChanges"_s);
    auto* replace = wizard.findChild<QCheckBox*>(u"replaceSchoolSettings"_s);
    auto* next = wizard.button(QWizard::NextButton);
    if (nameByHand.isEmpty()) {
        QVERIFY(changes->isHidden());
        QVERIFY(next->isEnabled());
        return;
    }
    // What the file replaces, from what to what; nothing goes on before the coordinator agrees.
    QVERIFY(!changes->isHidden());
    auto* table = wizard.findChild<QTableWidget*>(u"schoolChangesTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Naam"_s);
    QCOMPARE(table->item(0, 1)->text(), nameByHand);
    QCOMPARE(table->item(0, 2)->text(), fileName);
    QVERIFY(!next->isEnabled());
    replace->setChecked(true);
    QVERIFY(next->isEnabled());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QCOMPARE((*SchoolRepository(db.db()).load())->name, fileName);
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
