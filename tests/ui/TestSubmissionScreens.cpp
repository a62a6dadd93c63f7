// SPDX-License-Identifier: GPL-3.0-or-later
// The invulhulp beside the loket, DUO's rejection next to the fields, and the outbox sending on a
// background thread to the local DUO stand-in.
#include "DuoConnectionDialog.h"
#include "DuoTestServer.h"
#include "InvulhulpDialog.h"
#include "MeldingEditor.h"
#include "MeldingFixture.h"
#include "MessageBox.h"
#include "OutboxPage.h"
#include "TestDatabase.h"
#include "services/SubmissionService.h"
#include "storage/DuoConnectionRepository.h"
#include "util/Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSubmissionScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void invulhulpCopiesEachValue();
    void invulhulpTakesTheMeldingsnummer();
    void duoRejectionStandsNextToItsField();
    void outboxSendsInTheBackground();
    void outboxWarnsBeforeTheCertificateExpires();
    void connectionIsCheckedBeforeItIsSaved_data();
    void connectionIsCheckedBeforeItIsSaved();

private:
    qint64 readyMelding();
    void connectToServer();

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<DuoTestServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDate(2026, 1, 15)};
    std::unique_ptr<MeldingService> m_meldingen;
};

void TestSubmissionScreens::initTestCase()
{
    // No keychain here: passphrases are asked (MessageBox test mode) and kept for the session.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    MessageBox::setTestMode(true);
    Translations::install(*QCoreApplication::instance(), u"nl"_s);
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->error().isEmpty(), qPrintable(m_pki->error()));
}

void TestSubmissionScreens::init()
{
    m_server = std::make_unique<DuoTestServer>(*m_pki);
    m_db = std::make_unique<TestDatabase>();
    importSchoolWithContacts(*m_db, u"p01_po_16uur_en_herhaling"_s);
    m_meldingen = std::make_unique<MeldingService>(m_db->db(), m_clock, u"coordinator"_s);
}

void TestSubmissionScreens::cleanup()
{
    m_meldingen.reset();
    m_db.reset();
    m_server.reset();
}

qint64 TestSubmissionScreens::readyMelding()
{
    const qint64 id = completedDraft(*m_meldingen);
    if (!m_meldingen->setStatus(id, MeldingStatus::Gereed))
        qFatal("the melding cannot be made ready");
    return id;
}

void TestSubmissionScreens::connectToServer()
{
    QVERIFY(DuoConnectionRepository(m_db->db())
                .save({m_server->endpoint(), m_pki->clientPkcs12(), m_pki->caCertificate(), 5}));
}

void TestSubmissionScreens::invulhulpCopiesEachValue()
{
    const qint64 id = readyMelding();
    MeldingEditor editor(Session{m_db->db(), m_clock, u"coordinator"_s}, id);
    auto* open = editor.findChild<QPushButton*>(u"invulhulpButton"_s);
    QVERIFY(open->isEnabled());
    open->click();
    auto* dialog = editor.findChild<InvulhulpDialog*>(u"invulhulpDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"invulhulpValue_0"_s)->text(), u"300000017"_s);
    auto* copy = dialog->findChild<QPushButton*>(u"invulhulpCopy_0"_s);
    copy->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"300000017"_s);
    QVERIFY(copy->text().contains(u"✓"_s));
    // Every value the coordinator types is there, the reason among them.
    bool reasonShown = false;
    for (auto* value : dialog->findChildren<QLineEdit*>())
        reasonShown |= value->text() == u"Blijft thuis na ruzie met klasgenoten"_s;
    QVERIFY(reasonShown);
    dialog->close();
}

void TestSubmissionScreens::invulhulpTakesTheMeldingsnummer()
{
    const qint64 id = readyMelding();
    InvulhulpDialog dialog(Session{m_db->db(), m_clock, u"coordinator"_s}, *m_meldingen->find(id));
    QSignalSpy registered(&dialog, &InvulhulpDialog::registered);
    MessageBox::setNextText(u"2026-0099"_s);
    dialog.findChild<QPushButton*>(u"invulhulpRegister"_s)->click();
    QCOMPARE(registered.size(), 1);
    const auto melding = m_meldingen->find(id);
    QCOMPARE(melding->status, MeldingStatus::Geregistreerd);
    QCOMPARE(melding->duoNumber, u"2026-0099"_s);
}

void TestSubmissionScreens::duoRejectionStandsNextToItsField()
{
    connectToServer();
    const qint64 id = readyMelding();
    m_server->script({DuoTestServer::Behaviour::Reject});
    const auto identity = ClientIdentity::fromPkcs12(m_pki->clientPkcs12(), TestPki::passphrase(),
                                                     TestPki::validityClock());
    DuoClient duo(*DuoConnectionRepository(m_db->db()).load(), *identity);
    QCOMPARE(SubmissionService(m_db->db(), m_clock, u"coordinator"_s).send(id, duo)->state,
             SubmissionState::Rejected);

    MeldingEditor editor(Session{m_db->db(), m_clock, u"coordinator"_s}, id);
    const QString reason = editor.findChild<QLabel*>(u"finding_reden"_s)->text();
    QVERIFY2(reason.contains(u"DUO: De vermoedelijke reden is onvoldoende ingevuld."_s),
             qPrintable(reason));
    QVERIFY(editor.findChild<QLabel*>(u"finding_einddatum"_s)->text().contains(u"DUO:"_s));
}

void TestSubmissionScreens::outboxSendsInTheBackground()
{
    connectToServer();
    const qint64 id = readyMelding();
    // The page opens the certificate with the session's clock.
    OutboxPage page(Session{m_db->db(), TestPki::validityClock(), u"coordinator"_s});
    auto* table = page.findChild<QTableView*>(u"outboxTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QString::number(id));
    QVERIFY(!page.findChild<QPushButton*>(u"outboxInvulhulp"_s)->isEnabled()); // m2m entry

    MessageBox::setNextText(TestPki::passphrase()); // asked once: there is no keychain here
    page.findChild<QPushButton*>(u"outboxSend"_s)->click();
    auto* state = page.findChild<QLabel*>(u"outboxState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"VM-0001"_s), 20000);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_meldingen->find(id)->status, MeldingStatus::Geregistreerd);
    QCOMPARE(m_server->registeredCount(), 1);
}

void TestSubmissionScreens::outboxWarnsBeforeTheCertificateExpires()
{
    connectToServer();
    readyMelding();
    // Three weeks on, the test PKI's certificate (valid for a month) has a week left.
    const FixedClock weeksLater(TestPki::validityClock().now().addDays(21));
    OutboxPage page(Session{m_db->db(), weeksLater, u"coordinator"_s});
    MessageBox::setNextText(TestPki::passphrase());
    page.findChild<QPushButton*>(u"outboxSend"_s)->click();
    auto* state = page.findChild<QLabel*>(u"outboxState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"VM-0001"_s), 20000);
    QVERIFY2(state->text().contains(u"verloopt"_s), qPrintable(state->text()));
}

void TestSubmissionScreens::connectionIsCheckedBeforeItIsSaved_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<QString>("message");

    QTest::newRow("saved_with_checked_passphrase")
        << u"https://duo.example/m2m/"_s << TestPki::passphrase() << true << QString();
    QTest::newRow("empty_address_means_the_loket") << QString() << QString() << true << QString();
    QTest::newRow("http_refused") << u"http://duo.example/"_s << QString() << false
                                  << u"https://"_s;
    QTest::newRow("wrong_passphrase_refused")
        << u"https://duo.example/m2m/"_s << u"fout"_s << false << u"wachtwoord"_s;
}

void TestSubmissionScreens::connectionIsCheckedBeforeItIsSaved()
{
    QFETCH(QString, address);
    QFETCH(QString, passphrase);
    QFETCH(bool, saved);
    QFETCH(QString, message);
    DuoConnectionDialog dialog(Session{m_db->db(), TestPki::validityClock(), u"beheerder"_s});
    dialog.findChild<QLineEdit*>(u"duoEndpoint"_s)->setText(address);
    dialog.findChild<QLineEdit*>(u"duoCertificate"_s)->setText(m_pki->clientPkcs12());
    dialog.findChild<QLineEdit*>(u"duoPassphrase"_s)->setText(passphrase);
    dialog.findChild<QSpinBox*>(u"duoTimeout"_s)->setValue(20);
    dialog.findChild<QPushButton*>(u"duoSave"_s)->click();
    QCOMPARE(dialog.result() == QDialog::Accepted, saved);
    if (!message.isEmpty())
        QVERIFY2(MessageBox::lastMessage().contains(message),
                 qPrintable(MessageBox::lastMessage()));
    const auto stored = DuoConnectionRepository(m_db->db()).load();
    QCOMPARE(stored->isConfigured(), saved && !address.isEmpty());
    if (stored->isConfigured()) {
        QCOMPARE(stored->endpoint.toString(), address);
        QCOMPARE(stored->timeoutSeconds, 20);
    }
}

QTEST_MAIN(TestSubmissionScreens)
#include "TestSubmissionScreens.moc"
