// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against a real local HTTPS server with mutual TLS (DuoTestServer) and a PKI made
// by openssl at test time: every way a submission can go wrong, and never a melding twice.
#include "DuoTestServer.h"
#include "MeldingFixture.h"
#include "TestDatabase.h"

#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "services/SubmissionService.h"
#include "storage/DuoConnectionRepository.h"
#include "storage/SubmissionRepository.h"
#include "submission/DuoMessage.h"
#include "util/Dates.h"
#include "util/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Behaviour = DuoTestServer::Behaviour;

QStringList methods(const QList<DuoTestServer::Request>& requests)
{
    QStringList list;
    for (const auto& r : requests)
        list.append(r.method);
    return list;
}

} // namespace

class TestSubmissionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void acceptedOverMutualTls();
    void failuresNeverSubmitTwice_data();
    void failuresNeverSubmitTwice();
    void rejectionIsShownPerField();
    void refusedConnectionIsRetriedWithBackoff();
    void crashBetweenSendingAndRecordingAsksDuoFirst();
    void wrongClientCertificateIsAClearError();
    void aCaOnlyInTheSystemStoreIsNotTrusted();
    void certificateExpiryIsWarnedAMonthAhead_data();
    void certificateExpiryIsWarnedAMonthAhead();
    void certificateProblemsAreFoundBeforeSending_data();
    void certificateProblemsAreFoundBeforeSending();
    void statusPollFollowsTheMunicipality();
    void loketPathRegistersByMeldingsnummer();
    void backToDraftLeavesTheOutbox();
    void channelChangesOnlyWhileWaiting();
    void backoffDoubles_data();
    void backoffDoubles();

private:
    qint64 readyMelding();
    DuoClient client(const QString& pkcs12 = {});
    Submission submissionOf(qint64 meldingId);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<DuoTestServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(10, 0))};
    std::unique_ptr<MeldingService> m_meldingen;
    std::unique_ptr<SubmissionService> m_outbox;
};

void TestSubmissionService::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), u"nl"_s); // messages are checked in Dutch
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->error().isEmpty(), qPrintable(m_pki->error()));
}

void TestSubmissionService::init()
{
    m_server = std::make_unique<DuoTestServer>(*m_pki);
    QVERIFY(m_server->endpoint().port() > 0);
    m_db = std::make_unique<TestDatabase>();
    importSchoolWithContacts(*m_db, u"p01_po_16uur_en_herhaling"_s);
    m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(10, 0)));
    m_meldingen = std::make_unique<MeldingService>(m_db->db(), m_clock, u"coordinator"_s);
    m_outbox = std::make_unique<SubmissionService>(m_db->db(), m_clock, u"coordinator"_s);
    QVERIFY(DuoConnectionRepository(m_db->db())
                .save({m_server->endpoint(), m_pki->clientPkcs12(), m_pki->caCertificate(), 2}));
}

void TestSubmissionService::cleanup()
{
    m_outbox.reset();
    m_meldingen.reset();
    m_db.reset();
    m_server.reset();
}

qint64 TestSubmissionService::readyMelding()
{
    const qint64 id = completedDraft(*m_meldingen);
    if (!m_meldingen->setStatus(id, MeldingStatus::Gereed))
        qFatal("the melding cannot be made ready");
    return id;
}

DuoClient TestSubmissionService::client(const QString& pkcs12)
{
    auto connection = DuoConnectionRepository(m_db->db()).load();
    const auto identity =
        ClientIdentity::fromPkcs12(pkcs12.isEmpty() ? connection->certificatePath : pkcs12,
                                   TestPki::passphrase(), TestPki::validityClock());
    if (!identity)
        qFatal("%s", qPrintable(identity.error()));
    return DuoClient(*connection, *identity);
}

Submission TestSubmissionService::submissionOf(qint64 meldingId)
{
    auto latest = m_outbox->latestFor(meldingId);
    if (!latest || !latest->has_value())
        qFatal("melding %lld has no submission", meldingId);
    return **latest;
}

void TestSubmissionService::acceptedOverMutualTls()
{
    const qint64 id = readyMelding();
    auto outbox = m_outbox->outbox();
    QVERIFY(outbox);
    QCOMPARE(outbox->size(), 1);
    QCOMPARE(outbox->first().channel, SubmissionChannel::M2m); // the connection is configured
    QCOMPARE(outbox->first().pgn, u"300000017"_s);

    DuoClient duo = client();
    const auto sent = m_outbox->send(id, duo);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(sent->state, SubmissionState::Accepted);
    QCOMPARE(sent->meldingsnummer, u"VM-0001"_s);

    const auto melding = m_meldingen->find(id);
    QCOMPARE(melding->status, MeldingStatus::Geregistreerd);
    QCOMPARE(melding->duoNumber, u"VM-0001"_s);
    const auto tracked = SignalWorkService(m_db->db(), m_clock, u"coordinator"_s)
                             .track(*SignalService(m_db->db(), QDate(2026, 1, 15)).signals());
    const auto reported = std::find_if(tracked->cbegin(), tracked->cend(), [&](const auto& t) {
        return SignalKey::of(t.signal) == *melding->signal;
    });
    QVERIFY(reported != tracked->cend());
    QCOMPARE(reported->work.status, SignalStatus::Reported);
    QVERIFY(m_outbox->outbox()->isEmpty());

    const auto requests = m_server->requests();
    QCOMPARE(methods(requests), QStringList{u"POST"_s});
    QVERIFY(requests.first().path.endsWith(u"/duo/v1/meldingen"_s));
    QVERIFY(requests.first().body.contains("<berichtsleutel>" + sent->key.toUtf8() +
                                           "</berichtsleutel>"));
    QVERIFY(requests.first().body.contains("<reden>Blijft thuis na ruzie met klasgenoten</reden>"));

    // Never twice: the same melding cannot be sent again.
    const auto again = m_outbox->send(id, duo);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"VM-0001"_s), qPrintable(again.error()));
    QCOMPARE(m_server->registeredCount(), 1);
}

void TestSubmissionService::failuresNeverSubmitTwice_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<SubmissionState>("afterFirst");
    QTest::addColumn<MeldingStatus>("meldingAfterFirst");
    QTest::addColumn<QStringList>("requestsInAll");

    // Uncertain: the next attempt asks DUO (GET) before it sends again (POST) — or not at all.
    QTest::newRow("server_error_500")
        << Behaviour::ServerError << SubmissionState::Uncertain << MeldingStatus::Ingediend
        << QStringList{u"POST"_s, u"GET"_s, u"POST"_s};
    QTest::newRow("timeout") << Behaviour::Hang << SubmissionState::Uncertain
                             << MeldingStatus::Ingediend
                             << QStringList{u"POST"_s, u"GET"_s, u"POST"_s};
    QTest::newRow("dropped_after_receiving")
        << Behaviour::DropAfterReceiving << SubmissionState::Uncertain << MeldingStatus::Ingediend
        << QStringList{u"POST"_s, u"GET"_s};
}

void TestSubmissionService::failuresNeverSubmitTwice()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(SubmissionState, afterFirst);
    QFETCH(MeldingStatus, meldingAfterFirst);
    QFETCH(QStringList, requestsInAll);

    const qint64 id = readyMelding();
    m_server->script({behaviour});
    DuoClient duo = client();
    const auto first = m_outbox->send(id, duo);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->state, afterFirst);
    QVERIFY(!first->problem.isEmpty());
    QCOMPARE(m_meldingen->find(id)->status, meldingAfterFirst);
    QCOMPARE(first->nextAttempt, m_clock.now().addSecs(60));

    // Not due yet: nothing happens.
    QVERIFY(m_outbox->sendDue(duo)->isEmpty());
    m_clock.set(m_clock.now().addSecs(61));
    const auto retried = m_outbox->sendDue(duo);
    QVERIFY2(retried, qPrintable(retried.error()));
    QCOMPARE(retried->size(), 1);
    QCOMPARE(retried->first().state, SubmissionState::Accepted);
    QCOMPARE(m_meldingen->find(id)->status, MeldingStatus::Geregistreerd);

    QCOMPARE(methods(m_server->requests()), requestsInAll);
    QCOMPARE(m_server->registeredCount(), 1);
    const auto events = m_outbox->events(retried->first().id);
    QVERIFY(events->size() >= 4); // ready, attempt 1, its outcome, attempt 2, registered
}

void TestSubmissionService::rejectionIsShownPerField()
{
    const qint64 id = readyMelding();
    m_server->script({Behaviour::Reject});
    DuoClient duo = client();
    const auto sent = m_outbox->send(id, duo);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(sent->state, SubmissionState::Rejected);
    QCOMPARE(m_meldingen->find(id)->status, MeldingStatus::Concept); // to be corrected
    const auto reasons = m_outbox->rejectionOf(id);
    QCOMPARE(reasons->size(), 2);
    QCOMPARE(reasons->at(0).field, u"reden"_s);
    QCOMPARE(reasons->at(1).field, u"einddatum"_s);
    QVERIFY(m_outbox->outbox()->isEmpty());
    QCOMPARE(m_server->registeredCount(), 0);

    // Corrected and ready again: a new submission with a new key, and DUO's reasons are gone.
    QVERIFY(m_meldingen->setFields(
        id, {{u"reden"_s, u"Weigert naar school te gaan sinds de herfst"_s}}));
    QVERIFY(m_meldingen->setStatus(id, MeldingStatus::Gereed));
    QVERIFY(m_outbox->rejectionOf(id)->isEmpty());
    QVERIFY(submissionOf(id).key != sent->key);
    QCOMPARE(m_outbox->send(id, duo)->state, SubmissionState::Accepted);
}

void TestSubmissionService::refusedConnectionIsRetriedWithBackoff()
{
    const qint64 id = readyMelding();
    const DuoConnection nowhere = *DuoConnectionRepository(m_db->db()).load();
    m_server.reset(); // nobody listens on that port any more
    const auto identity = ClientIdentity::fromPkcs12(m_pki->clientPkcs12(), TestPki::passphrase(),
                                                     TestPki::validityClock());
    DuoClient duo(nowhere, *identity);
    const auto first = m_outbox->send(id, duo);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->state, SubmissionState::Waiting); // certainly not received: may be sent again
    QCOMPARE(m_meldingen->find(id)->status, MeldingStatus::Gereed);
    QCOMPARE(first->nextAttempt, m_clock.now().addSecs(60));
    m_clock.set(first->nextAttempt);
    const auto second = m_outbox->sendDue(duo);
    QCOMPARE(second->first().attempts, 2);
    QCOMPARE(second->first().nextAttempt, m_clock.now().addSecs(120));
}

void TestSubmissionService::crashBetweenSendingAndRecordingAsksDuoFirst()
{
    const qint64 id = readyMelding();
    Submission s = submissionOf(id);
    // A session claimed it and DUO received the message; then the session died.
    QVERIFY(
        *SubmissionRepository(m_db->db()).claim(s.id, {SubmissionState::Waiting}, m_clock.now()));
    DuoClient duo = client();
    const auto version = m_meldingen->versions(id)->last().melding;
    QCOMPARE(duo.submit(DuoMessage::build(version, s.key), s.key).delivery,
             DuoExchange::Delivery::Answered);
    QCOMPARE(m_server->registeredCount(), 1);

    // While it might still be under way, nobody else sends it.
    QVERIFY(m_outbox->recoverInterrupted());
    QCOMPARE(submissionOf(id).state, SubmissionState::Sending);
    const auto meanwhile = m_outbox->send(id, duo);
    QVERIFY(!meanwhile);
    QVERIFY2(meanwhile.error().contains(u"andere sessie"_s), qPrintable(meanwhile.error()));

    // Restarted later: DUO is asked, and the melding is registered without a second message.
    m_clock.set(m_clock.now().addSecs(RetryPolicy::kInterruptedAfterSeconds + 1));
    const auto due = m_outbox->sendDue(duo);
    QVERIFY2(due, qPrintable(due.error()));
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().state, SubmissionState::Accepted);
    QCOMPARE(methods(m_server->requests()), (QStringList{u"POST"_s, u"GET"_s}));
    QCOMPARE(m_server->registeredCount(), 1);
    QCOMPARE(m_meldingen->find(id)->duoNumber, u"VM-0001"_s);
}

void TestSubmissionService::wrongClientCertificateIsAClearError()
{
    const qint64 id = readyMelding();
    DuoClient stranger = client(m_pki->strangerPkcs12());
    const auto sent = m_outbox->send(id, stranger);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(m_server->registeredCount(), 0);
    QVERIFY(m_server->tlsFailures() >= 1);
    QVERIFY2(sent->problem.contains(u"certificaat"_s), qPrintable(sent->problem));
    // Qt's server drops the connection without a TLS alert, after our request left: whether DUO
    // read it cannot be known, so it is asked before anything is sent again.
    QCOMPARE(sent->state, SubmissionState::Uncertain);
}

// A public CA, or a school's TLS-inspection root, in the system's store must not be able to pose
// as DUO: the client trusts PKIoverheid and the CA certificates of the connection only.
void TestSubmissionService::aCaOnlyInTheSystemStoreIsNotTrusted()
{
    const qint64 id = readyMelding();
    auto connection = DuoConnectionRepository(m_db->db()).load();
    QVERIFY(connection);
    connection->caCertificatesPath.clear();
    QVERIFY(DuoConnectionRepository(m_db->db()).save(*connection));
    const QSslConfiguration system = QSslConfiguration::defaultConfiguration();
    QSslConfiguration withTestCa = system;
    withTestCa.addCaCertificates(m_pki->caCertificate());
    QSslConfiguration::setDefaultConfiguration(withTestCa);

    DuoClient duo = client();
    const auto sent = m_outbox->send(id, duo);
    QSslConfiguration::setDefaultConfiguration(system);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(m_server->registeredCount(), 0);
    QVERIFY2(sent->problem.contains(u"niet vertrouwd"_s), qPrintable(sent->problem));
    QCOMPARE(sent->state, SubmissionState::Waiting); // refused before anything was sent
}

void TestSubmissionService::certificateExpiryIsWarnedAMonthAhead_data()
{
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<bool>("warned");
    QTest::newRow("a_month_and_a_day_ahead") << 31 << false;
    QTest::newRow("exactly_a_month_ahead") << ClientIdentity::kExpiryWarningDays << false;
    QTest::newRow("four_weeks_ahead") << 28 << true;
    QTest::newRow("on_the_last_day") << 0 << true;
}

void TestSubmissionService::certificateExpiryIsWarnedAMonthAhead()
{
    QFETCH(int, daysAhead);
    QFETCH(bool, warned);
    const auto identity = ClientIdentity::fromPkcs12(m_pki->clientPkcs12(), TestPki::passphrase(),
                                                     TestPki::validityClock());
    QVERIFY(identity);
    const QDate expiry = identity->certificate.expiryDate().toLocalTime().date();
    const FixedClock clock(expiry.addDays(-daysAhead));
    const QString warning = identity->expiryWarning(clock);
    QCOMPARE(!warning.isEmpty(), warned);
    if (warned) {
        QVERIFY2(warning.contains(Dates::toDutch(expiry)), qPrintable(warning));
        QVERIFY2(warning.contains(u"verloopt"_s), qPrintable(warning));
    }
}

void TestSubmissionService::certificateProblemsAreFoundBeforeSending_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");

    const QDate today = QDate::currentDate(); // the test PKI is valid for 30 days from now
    QTest::newRow("wrong_passphrase") << u"client"_s << u"fout"_s << today << u"wachtwoord"_s;
    QTest::newRow("missing_file") << u"missing"_s << TestPki::passphrase() << today
                                  << u"bestaat niet"_s;
    QTest::newRow("not_pkcs12") << u"ca"_s << TestPki::passphrase() << today << u"PKCS#12"_s;
    QTest::newRow("expired") << u"client"_s << TestPki::passphrase() << today.addDays(60)
                             << u"verlopen"_s;
    QTest::newRow("not_yet_valid")
        << u"client"_s << TestPki::passphrase() << today.addDays(-2) << u"pas geldig vanaf"_s;
}

void TestSubmissionService::certificateProblemsAreFoundBeforeSending()
{
    QFETCH(QString, file);
    QFETCH(QString, passphrase);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    const QString path = file == u"client"_s ? m_pki->clientPkcs12()
                         : file == u"ca"_s   ? m_pki->caCertificate()
                                             : m_db->dir() + u"/missing.p12"_s;
    const FixedClock clock(today);
    const auto identity = ClientIdentity::fromPkcs12(path, passphrase, clock);
    QVERIFY(!identity);
    QVERIFY2(identity.error().contains(expected), qPrintable(identity.error()));
}

void TestSubmissionService::statusPollFollowsTheMunicipality()
{
    const qint64 id = readyMelding();
    DuoClient duo = client();
    QCOMPARE(m_outbox->send(id, duo)->state, SubmissionState::Accepted);
    QVERIFY(m_outbox->pollStatuses(duo)->isEmpty()); // nothing changed yet

    m_server->setStatus(u"VM-0001"_s, u"in_behandeling"_s, u"B. Leerplicht"_s,
                        u"Huisbezoek gepland"_s);
    const auto changed = m_outbox->pollStatuses(duo);
    QVERIFY2(changed, qPrintable(changed.error()));
    QCOMPARE(*changed, QList<qint64>{id});
    const auto melding = m_meldingen->find(id);
    QCOMPARE(melding->status, MeldingStatus::InBehandeling);
    QCOMPARE(melding->handler, u"B. Leerplicht"_s);
    QCOMPARE(melding->feedback, u"Huisbezoek gepland"_s);
}

void TestSubmissionService::loketPathRegistersByMeldingsnummer()
{
    DuoClient duo = client();
    // No machine-to-machine connection.
    QVERIFY(m_db->db().transaction([&] { return DuoConnectionRepository(m_db->db()).save({}); }));
    const qint64 id = readyMelding();
    QCOMPARE(submissionOf(id).channel, SubmissionChannel::Loket);
    QCOMPARE(submissionOf(id).state, SubmissionState::Waiting);
    QVERIFY(!submissionOf(id).nextAttempt.isValid()); // it waits for the coordinator
    QVERIFY(m_outbox->sendDue(duo)->isEmpty());       // the loket is the coordinator's to use

    const auto registered = m_meldingen->registerAtDuo(id, u" 2026-000123 "_s);
    QVERIFY2(registered, qPrintable(registered.error()));
    QCOMPARE(registered->status, MeldingStatus::Geregistreerd);
    QCOMPARE(submissionOf(id).state, SubmissionState::Accepted);
    QCOMPARE(submissionOf(id).meldingsnummer, u"2026-000123"_s);
    QVERIFY(m_outbox->outbox()->isEmpty());
    QVERIFY(!m_outbox->send(id, duo)); // registered: never again
    QCOMPARE(m_server->registeredCount(), 0);
}

void TestSubmissionService::backToDraftLeavesTheOutbox()
{
    const qint64 id = readyMelding();
    QCOMPARE(m_outbox->outbox()->size(), 1);
    QVERIFY(m_meldingen->setStatus(id, MeldingStatus::Concept));
    QVERIFY(m_outbox->outbox()->isEmpty());
    QCOMPARE(submissionOf(id).state, SubmissionState::Cancelled);
    // Editing a ready melding makes it a draft again, and takes it out too.
    QVERIFY(m_meldingen->setStatus(id, MeldingStatus::Gereed));
    QCOMPARE(m_outbox->outbox()->size(), 1);
    QVERIFY(m_meldingen->setFields(id, {{u"toelichting_verzuim"_s, u"Ook vaak te laat"_s}}));
    QVERIFY(m_outbox->outbox()->isEmpty());
}

void TestSubmissionService::channelChangesOnlyWhileWaiting()
{
    const qint64 id = readyMelding();
    QVERIFY(m_outbox->chooseChannel(id, SubmissionChannel::Loket));
    QCOMPARE(submissionOf(id).channel, SubmissionChannel::Loket);
    QVERIFY(!submissionOf(id).nextAttempt.isValid()); // the loket waits for the coordinator
    // Waiting for the loket, it is not sent: the coordinator may be typing it in right now.
    DuoClient duo = client();
    const auto refused = m_outbox->send(id, duo);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"verzuimloket"_s), qPrintable(refused.error()));
    QVERIFY(m_outbox->sendDue(duo)->isEmpty());
    QCOMPARE(m_server->requests().size(), 0);

    QVERIFY(m_outbox->chooseChannel(id, SubmissionChannel::M2m));
    m_server->script({Behaviour::DropAfterReceiving});
    QCOMPARE(m_outbox->send(id, duo)->state, SubmissionState::Uncertain);
    // It may be at DUO: typing it into the loket now could make a second melding.
    QVERIFY(!m_outbox->chooseChannel(id, SubmissionChannel::Loket));
    QVERIFY(m_outbox->chooseChannel(id, SubmissionChannel::M2m)); // unchanged: fine
    QVERIFY(!m_meldingen->setStatus(id, MeldingStatus::Concept));
}

void TestSubmissionService::backoffDoubles_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("first") << 1 << qint64(60);
    QTest::newRow("second") << 2 << qint64(120);
    QTest::newRow("fifth") << 5 << qint64(960);
    QTest::newRow("seventh_capped") << 7 << qint64(3600);
    QTest::newRow("hundredth_capped") << 100 << qint64(3600);
}

void TestSubmissionService::backoffDoubles()
{
    QFETCH(int, attempts);
    QFETCH(qint64, seconds);
    QCOMPARE(RetryPolicy::delaySeconds(attempts), seconds);
}

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "TestSubmissionService.moc"
