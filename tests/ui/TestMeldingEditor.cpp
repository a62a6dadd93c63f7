// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's main flow: open a signal, draft, fix the fouten, mark gereed.
#include "MainWindow.h"
#include "MeldingEditor.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "services/MeldingService.h"
#include "util/Clock.h"
#include "util/Dates.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSchoolWithContact = R"({
 "naam": "Testschool", "instellingscode": "99XX", "sector": "po", "lesuur_minuten": 60,
 "contactpersonen": [{"naam": "J. de Wit", "functie": "verzuimcoördinator",
                      "telefoon": "030-1234567", "email": "verzuim@school.nl", "standaard": true}]
})";

} // namespace

class TestMeldingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Settings::createTemporary(); // nothing of the user's own settings
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void draftFixAndMarkReady();
    void daysSayLesuurOrLesuren();
    void invalidDateStaysWithItsField();
    void historyShowsTheLatestChange();
    void setAsideNeedsAReason_data();
    void setAsideNeedsAReason();
    void statusActionsFollowTheLoket_data();
    void statusActionsFollowTheLoket();
    void copyOpensARepeatMelding();
};

void TestMeldingEditor::draftFixAndMarkReady()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    QCOMPARE(db.importService()
                 .run({db.writeFile(u"school.json"_s, kSchoolWithContact), {}, {}, {}, {}})
                 .status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 15));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(window.reload());
    window.show();

    // Open the 16UUR signal (the first row: legal signals come first).
    auto* table = window.findChild<QTableView*>(u"signalTable"_s);
    table->selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton*>(u"draftButton"_s), Qt::LeftButton);
    auto* editor = window.findChild<MeldingEditor*>(u"meldingEditor"_s);
    QVERIFY(editor);
    QCOMPARE(editor->melding().soort, MeldingSoort::SixteenHours);
    auto* reasonFinding = editor->findChild<QLabel*>(u"finding_reden"_s);
    QVERIFY(reasonFinding->text().contains(u"verplicht"_s));
    const int before = editor->findChild<QProgressBar*>(u"completeness"_s)->value();

    // Fix the two fouten: a reason (screen 2) and an action taken (screen 4).
    auto* pages = editor->findChild<QTabWidget*>(u"meldingPages"_s);
    pages->setCurrentIndex(1);
    auto* reason = editor->findChild<QLineEdit*>(u"field_reden"_s);
    reason->setFocus();
    QTest::keyClicks(reason, u"Blijft thuis na ruzie met klasgenoten"_s);
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY(reasonFinding->text().isEmpty());
    pages->setCurrentIndex(3);
    editor->findChild<QCheckBox*>(u"action_telefonisch"_s)->click();
    QVERIFY(editor->findChild<QLabel*>(u"finding_acties"_s)->text().isEmpty());
    QVERIFY(editor->findChild<QProgressBar*>(u"completeness"_s)->value() > before);

    pages->setCurrentIndex(4);
    editor->findChild<QPushButton*>(u"markReadyButton"_s)->click();
    QCOMPARE(editor->melding().status, MeldingStatus::Gereed);
    // Autosave: every change is in the database already, as its own version.
    const FixedClock later(QDate(2026, 1, 16));
    MeldingService service(db.db(), later, u"coordinator"_s);
    QCOMPARE(service.find(editor->melding().id)->reason,
             u"Blijft thuis na ruzie met klasgenoten"_s);
    QCOMPARE(service.versions(editor->melding().id)->size(), 4);

    // Drafting the same signal again opens the same melding.
    QTest::mouseClick(window.findChild<QPushButton*>(u"draftButton"_s), Qt::LeftButton);
    QCOMPARE(service.all()->size(), 1);
}

// The verzuimdagen list: "1 lesuur", "2 lesuren", "hele dag".
void TestMeldingEditor::daysSayLesuurOrLesuren()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p02_vo_lesuren_te_laat"_s).status, ImportOutcome::Status::Stored);
    // p02's days again, the last one of a single lesuur: 6 + 6 + 3 + 1 = 16 lesuren.
    const QString file =
        db.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten;lesuren;hele_dag\n"
                                         "300001010;2026-05-18;O;300;6;0\n"
                                         "300001010;2026-05-19;O;300;6;0\n"
                                         "300001010;2026-05-20;O;150;3;0\n"
                                         "300001010;2026-05-21;O;50;1;0\n");
    QCOMPARE(db.importService().run({{}, {}, {}, file, {}}).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 5, 22));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(window.reload());
    window.findChild<QTableView*>(u"signalTable"_s)->selectRow(0);
    QTest::mouseClick(window.findChild<QPushButton*>(u"draftButton"_s), Qt::LeftButton);
    auto* editor = window.findChild<MeldingEditor*>(u"meldingEditor"_s);
    QVERIFY(editor);
    const QList<VerzuimDag> days = editor->melding().days;
    auto* list = editor->findChild<QListWidget*>(u"verzuimdagen"_s);
    QCOMPARE(list->count(), days.size());
    QSet<QString> forms;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const VerzuimDag& d = days[i];
        const QString amount = d.wholeDay       ? u"hele dag"_s
                               : d.lesuren == 1 ? u"1 lesuur"_s
                                                : u"%1 lesuren"_s.arg(d.lesuren);
        QCOMPARE(list->item(int(i))->text(), Dates::toDutch(d.date) + u": "_s + amount);
        forms.insert(amount.section(u' ', -1));
    }
    QVERIFY2(forms.contains(u"lesuur"_s) && forms.contains(u"lesuren"_s),
             "the melding should have a day of one lesuur and one of more");
}

void TestMeldingEditor::invalidDateStaysWithItsField()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    MeldingEditor editor(Session{db.db(), clock, u"coordinator"_s}, id);
    editor.show();
    auto* end = editor.findChild<QLineEdit*>(u"field_einddatum"_s);
    QCOMPARE(end->text(), u"14-01-2026"_s);
    end->setFocus();
    end->selectAll();
    QTest::keyClicks(end, u"31-02-2026"_s);
    QTest::keyClick(end, Qt::Key_Return);
    QCOMPARE(end->text(), u"31-02-2026"_s); // what was typed stays, with the problem next to it
    QVERIFY(editor.findChild<QLabel*>(u"finding_einddatum"_s)->text().contains(u"31-02-2026"_s));
    QCOMPARE(service.find(id)->endDate, QDate(2026, 1, 14));

    // The soort is chosen in the loket's words; one not allowed at this age is a fout at once.
    auto* soort = editor.findChild<QComboBox*>(u"field_soort"_s);
    QCOMPARE(soort->currentText(), u"16 uren per 4 weken 18-"_s);
    soort->setCurrentIndex(soort->findData(u"RMC_18PLUS"_s));
    Q_EMIT soort->activated(soort->currentIndex());
    QCOMPARE(service.find(id)->soort, MeldingSoort::Rmc);
    QVERIFY(editor.findChild<QLabel*>(u"finding_soort"_s)->text().contains(u"18"_s));
}

void TestMeldingEditor::historyShowsTheLatestChange()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    QVERIFY(service.setFields(id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s}}));
    MeldingEditor editor(Session{db.db(), clock, u"coordinator"_s}, id);
    editor.show();
    auto* pages = editor.findChild<QTabWidget*>(u"meldingPages"_s);
    pages->setCurrentIndex(pages->count() - 1);
    auto* diff = editor.findChild<QTableWidget*>(u"versionDiff"_s);
    QCOMPARE(diff->rowCount(), 1);
    QCOMPARE(diff->item(0, 0)->text(), u"vermoedelijke reden"_s);
    QCOMPARE(diff->item(0, 1)->text(), QString());
    QCOMPARE(diff->item(0, 2)->text(), u"Blijft thuis na ruzie met klasgenoten"_s);
    // The same version on both sides differs in nothing.
    editor.findChild<QComboBox*>(u"versionA"_s)->setCurrentIndex(1);
    QCOMPARE(diff->rowCount(), 0);
}

void TestMeldingEditor::setAsideNeedsAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");
    QTest::newRow("with_reason") << u"Registratiefout: was op excursie"_s << u"niet melden"_s;
    QTest::newRow("cancelled") << QString() << u"nieuw"_s;
}

void TestMeldingEditor::setAsideNeedsAReason()
{
    QFETCH(QString, reason);
    QFETCH(QString, status);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(window.reload());
    window.show();
    auto* table = window.findChild<QTableView*>(u"signalTable"_s);
    table->selectRow(0);
    MessageBox::setNextText(reason);
    QTest::mouseClick(window.findChild<QPushButton*>(u"setAsideButton"_s), Qt::LeftButton);
    QTRY_COMPARE(table->model()->index(0, 6).data().toString(), status);
}

namespace {

// Example p01 with a school that has a contactpersoon, so a melding can become gereed.
bool importWithSchoolContact(TestDatabase& db)
{
    return db.importExample(u"p01_po_16uur_en_herhaling"_s).status ==
               ImportOutcome::Status::Stored &&
           db.importService()
                   .run({db.writeFile(u"school.json"_s, kSchoolWithContact), {}, {}, {}, {}})
                   .status == ImportOutcome::Status::Stored;
}

// A melding of example p01 that is gereed: reason and an action filled in.
qint64 readyMelding(MeldingService& service)
{
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    const bool filled =
        service
            .setFields(id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s},
                            {u"acties"_s, u"telefonisch"_s}})
            .ok();
    const auto ready = service.setStatus(id, MeldingStatus::Gereed);
    if (!filled || !ready)
        qWarning() << (ready ? QString() : ready.error());
    return filled && ready ? ready->id : 0;
}

} // namespace

void TestMeldingEditor::statusActionsFollowTheLoket_data()
{
    // Buttons clicked in order, each with the text typed or chosen in its dialog.
    QTest::addColumn<QStringList>("buttons");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("duoNumber");
    QTest::newRow("registered_with_number")
        << QStringList{u"registerButton"_s} << QStringList{u" 2026-000123 "_s} << u"geregistreerd"_s
        << u"2026-000123"_s;
    QTest::newRow("register_cancelled")
        << QStringList{u"registerButton"_s} << QStringList{u""_s} << u"gereed"_s << QString();
    QTest::newRow("back_to_draft")
        << QStringList{u"backToDraftButton"_s} << QStringList{u""_s} << u"concept"_s << QString();
    QTest::newRow("municipality_closes")
        << QStringList{u"registerButton"_s, u"municipalityStatusButton"_s}
        << QStringList{u"77"_s, u""_s} << u"in_behandeling"_s << u"77"_s;
    QTest::newRow("withdrawn_as_incorrect")
        << QStringList{u"registerButton"_s, u"withdrawButton"_s}
        << QStringList{u"77"_s, u"foutief opgevoerd"_s} << u"ingetrokken"_s << u"77"_s;
    QTest::newRow("withdraw_cancelled")
        << QStringList{u"registerButton"_s, u"withdrawButton"_s} << QStringList{u"77"_s, u""_s}
        << u"geregistreerd"_s << u"77"_s;
}

void TestMeldingEditor::statusActionsFollowTheLoket()
{
    QFETCH(QStringList, buttons);
    QFETCH(QStringList, answers);
    QFETCH(QString, status);
    QFETCH(QString, duoNumber);
    TestDatabase db;
    QVERIFY(importWithSchoolContact(db));
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = readyMelding(service);
    QVERIFY(id != 0);
    MeldingEditor editor(Session{db.db(), clock, u"coordinator"_s}, id);
    editor.show();
    QVERIFY(!editor.findChild<QPushButton*>(u"withdrawButton"_s)->isEnabled());
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        auto* button = editor.findChild<QPushButton*>(buttons[i]);
        QVERIFY2(button->isEnabled(), qPrintable(buttons[i]));
        MessageBox::setNextText(answers[i]);
        button->click();
    }
    QCOMPARE(MeldingStatuses::key(editor.melding().status), status);
    QCOMPARE(MeldingStatuses::key(service.find(id)->status), status);
    QCOMPARE(service.find(id)->duoNumber, duoNumber);
    // What cannot follow is not offered.
    QCOMPARE(editor.findChild<QPushButton*>(u"markReadyButton"_s)->isEnabled(),
             status == u"concept"_s);
}

void TestMeldingEditor::copyOpensARepeatMelding()
{
    TestDatabase db;
    QVERIFY(importWithSchoolContact(db));
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = readyMelding(service);
    QVERIFY(id != 0);
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(window.reload());
    auto* first = window.openMelding(id);
    first->findChild<QPushButton*>(u"copyButton"_s)->click();
    QCOMPARE(service.all()->size(), 2);
    const auto editors = window.findChildren<MeldingEditor*>(u"meldingEditor"_s);
    QCOMPARE(editors.size(), 2);
    const Melding& copy = editors.last()->melding();
    QCOMPARE(copy.copiedFrom, id);
    QCOMPARE(copy.status, MeldingStatus::Concept);
    QCOMPARE(copy.reason, u"Blijft thuis na ruzie met klasgenoten"_s);
}

QTEST_MAIN(TestMeldingEditor)
#include "TestMeldingEditor.moc"
