// SPDX-License-Identifier: GPL-3.0-or-later
// Opvolging (van-signaal-naar-melding §2): the LRV of example p03 is registered on the day it is
// reached (Fri 2026-03-27); its run's last lesdag is Fri 2026-04-24. On 2026-05-06 the page
// asks for that einddatum (deadline 05-01) and reports that the gemeente has not responded;
// accepting the einddatum makes a new version, a change to pass on to DUO: its invulhulp shows
// the einddatum, and once confirmed one task is left. The sidebar counts them.
#include "FollowUpPage.h"
#include "InvulhulpDialog.h"
#include "MainWindow.h"
#include "MeldingFixture.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "util/Settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString cell(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestFollowUpPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void endDateIsAcceptedFromTheList();
    void changeIsPassedOnThroughTheInvulhulp();
    void sidebarCountsTheTasks();
    void theSelectedTaskStaysSelected();

private:
    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDate(2026, 3, 27)};
    qint64 m_melding = 0;
};

void TestFollowUpPage::initTestCase()
{
    MessageBox::setTestMode(true);
    Settings::createTemporary(); // nothing of the user's own settings
}

void TestFollowUpPage::init()
{
    m_db = std::make_unique<TestDatabase>();
    importSchoolWithContacts(*m_db, u"p03_continu_lrv_en_rmc"_s);
    m_clock.set(QDate(2026, 3, 27).startOfDay().addSecs(9 * 3600));
    MeldingService service(m_db->db(), m_clock, u"coordinator"_s);
    const auto draft = service.draftFromSignal(u"300002014"_s, SignalKind::Lrv, QDate(2026, 3, 27));
    QVERIFY2(draft, qPrintable(draft.error()));
    QVERIFY(service.setFields(
        draft->id, {{u"reden"_s, u"Blijft thuis na ruzie"_s}, {u"acties"_s, u"telefonisch"_s}}));
    QVERIFY(service.setStatus(draft->id, MeldingStatus::Gereed));
    QVERIFY(service.registerAtDuo(draft->id, u"VM-1"_s));
    m_melding = draft->id;
    m_clock.set(QDate(2026, 5, 6).startOfDay().addSecs(9 * 3600));
}

void TestFollowUpPage::cleanup()
{
    m_db.reset();
}

void TestFollowUpPage::endDateIsAcceptedFromTheList()
{
    FollowUpPage page({m_db->db(), m_clock, u"coordinator"_s});
    QVERIFY(page.reload());
    auto* table = page.findChild<QTableView*>(u"followUpTable"_s);
    auto* accept = page.findChild<QPushButton*>(u"acceptEndDateButton"_s);
    QVERIFY(table && accept);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(cell(table, 0, 0), QString::number(m_melding));
    QCOMPARE(cell(table, 0, 2), u"Test El Amrani"_s);
    QCOMPARE(cell(table, 0, 4), u"24-04-2026"_s);
    QCOMPARE(cell(table, 0, 5), u"01-05-2026"_s);
    QVERIFY(!accept->isEnabled());
    table->selectRow(1); // geen reactie: nothing to accept
    QVERIFY(!accept->isEnabled());
    table->selectRow(0);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);

    const auto melding = MeldingService(m_db->db(), m_clock, u"coordinator"_s).find(m_melding);
    QVERIFY(melding);
    QCOMPARE(melding->endDate, QDate(2026, 4, 24));
    QCOMPARE(melding->version, 5);
    // Geen reactie, and the einddatum to pass on to DUO, once the page has followed the change.
    QTRY_COMPARE(cell(table, 1, 3), FollowUpKinds::displayName(FollowUpKind::ChangeToSubmit));
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestFollowUpPage::changeIsPassedOnThroughTheInvulhulp()
{
    QVERIFY(MeldingService(m_db->db(), m_clock, u"coordinator"_s)
                .setFields(m_melding, {{u"einddatum"_s, u"2026-04-24"_s}}));
    FollowUpPage page({m_db->db(), m_clock, u"coordinator"_s});
    QVERIFY(page.reload());
    auto* table = page.findChild<QTableView*>(u"followUpTable"_s);
    auto* passOn = page.findChild<QPushButton*>(u"passOnChangeButton"_s);
    QVERIFY(table && passOn);
    QCOMPARE(table->model()->rowCount(), 2);
    table->selectRow(0); // geen reactie
    QVERIFY(!passOn->isEnabled());
    table->selectRow(1);
    QVERIFY(passOn->isEnabled());
    QTest::mouseClick(passOn, Qt::LeftButton);

    auto* dialog = page.findChild<InvulhulpDialog*>(u"invulhulpDialog"_s);
    QVERIFY(dialog);
    QStringList values;
    for (const QLineEdit* value : dialog->findChildren<QLineEdit*>())
        values.append(value->text());
    QCOMPARE(values, (QStringList{u"VM-1"_s, u"24-04-2026"_s}));
    QVERIFY(!dialog->findChild<QLabel*>(u"invulhulpPrevious_0"_s)); // the meldingsnummer to find
    QCOMPARE(dialog->findChild<QLabel*>(u"invulhulpPrevious_1"_s)->text(), u"was: (empty)"_s);
    QVERIFY(!dialog->findChild<QPushButton*>(u"invulhulpRegister"_s));
    MessageBox::setNextAnswer(MessageBox::Answer::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"invulhulpChangePassedOn"_s),
                      Qt::LeftButton);

    const auto melding = MeldingService(m_db->db(), m_clock, u"coordinator"_s).find(m_melding);
    QCOMPARE(melding->duoVersion, melding->version);
    QTRY_COMPARE(table->model()->rowCount(), 1);
}

void TestFollowUpPage::sidebarCountsTheTasks()
{
    MainWindow window({m_db->db(), m_clock, u"coordinator"_s});
    QVERIFY(window.reload());
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QVERIFY2(navigation->item(MainWindow::FollowUp)->text().endsWith(u"(2)"_s),
             qPrintable(navigation->item(MainWindow::FollowUp)->text()));
    window.showPage(MainWindow::FollowUp);
    QCOMPARE(window.findChild<QTableView*>(u"followUpTable"_s)->model()->rowCount(), 2);
}

void TestFollowUpPage::theSelectedTaskStaysSelected()
{
    FollowUpPage page({m_db->db(), m_clock, u"coordinator"_s});
    QVERIFY(page.reload());
    auto* table = page.findChild<QTableView*>(u"followUpTable"_s);
    const QString noResponse = FollowUpKinds::displayName(FollowUpKind::NoResponse);
    QCOMPARE(cell(table, 1, 3), noResponse);
    table->selectRow(1);
    QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);

    // The einddatum accepted elsewhere (the melding's editor, the command line): that task
    // goes and a change to pass on comes, the selected task stays selected.
    MeldingService meldingen(m_db->db(), m_clock, u"coordinator"_s);
    const auto melding = meldingen.find(m_melding);
    QVERIFY(melding);
    Melding ended = *melding;
    ended.endDate = QDate(2026, 4, 24);
    QVERIFY(meldingen.saveEdit(*melding, ended));
    QTRY_COMPARE(cell(table, 1, 3), FollowUpKinds::displayName(FollowUpKind::ChangeToSubmit));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(cell(table, selected.first().row(), 3), noResponse);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!page.findChild<QPushButton*>(u"acceptEndDateButton"_s)->isEnabled());
}

QTEST_MAIN(TestFollowUpPage)
#include "TestFollowUpPage.moc"
