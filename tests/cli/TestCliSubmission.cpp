// SPDX-License-Identifier: GPL-3.0-or-later
// invulhulp, indienen, uitgaand and koppeling on the command line, against the local DUO
// stand-in (mutual TLS on 127.0.0.1).
#include "CliRunner.h"
#include "DuoTestServer.h"
#include "MeldingFixture.h"
#include "PdfTools.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

class TestCliSubmission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outboxListsTheReadyMelding();
    void invulhulpFollowsTheLoketScreens();
    void loketSubmissionIsRecorded();
    void machineToMachineSubmissionOverTls();
    void noCoreFileWhileThePassphraseIsAwaited();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();

private:
    QStringList db(const QStringList& arguments) const
    {
        return QStringList{u"--db"_s, m_db->path()} + arguments;
    }
    // The melding of p01's 16UUR signal reached on that day, completed and made ready.
    qint64 readyMelding(const QDate& reachedOn);

    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<DuoTestServer> m_server;
    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDate(2026, 2, 3)};
    qint64 m_loket = 0;
    qint64 m_m2m = 0;
};

qint64 TestCliSubmission::readyMelding(const QDate& reachedOn)
{
    const FixedClock dayAfter(reachedOn.addDays(1));
    MeldingService service(m_db->db(), dayAfter, u"coordinator"_s);
    const auto draft = service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, reachedOn);
    if (!draft ||
        !service.setFields(draft->id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s},
                                       {u"acties"_s, u"brief"_s}}) ||
        !service.setStatus(draft->id, MeldingStatus::Gereed))
        qFatal("the melding cannot be made ready");
    return draft->id;
}

void TestCliSubmission::initTestCase()
{
    m_pki = std::make_unique<TestPki>();
    QVERIFY2(m_pki->error().isEmpty(), qPrintable(m_pki->error()));
    m_server = std::make_unique<DuoTestServer>(*m_pki);
    m_db = std::make_unique<TestDatabase>();
    importSchoolWithContacts(*m_db, u"p01_po_16uur_en_herhaling"_s);
    m_loket = readyMelding(QDate(2026, 1, 14));
}

void TestCliSubmission::outboxListsTheReadyMelding()
{
    const CliRun run = runCli(db({u"uitgaand"_s, u"--json"_s}));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray outbox = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(outbox.size(), 1);
    QCOMPARE(outbox[0][u"melding"].toInteger(), m_loket);
    QCOMPARE(outbox[0][u"kanaal"].toString(), u"loket"_s); // no connection with DUO yet
    QCOMPARE(outbox[0][u"toestand"].toString(), u"wachtend"_s);
    QCOMPARE(outbox[0][u"pgn"].toString(), u"300000017"_s);
}

void TestCliSubmission::invulhulpFollowsTheLoketScreens()
{
    const QString pdf = m_db->dir() + u"/invulhulp.pdf"_s;
    const CliRun run =
        runCli(db({u"invulhulp"_s, u"--melding"_s, QString::number(m_loket), u"--uit"_s, pdf}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = PdfTools::text(pdf).simplified();
    // The loket's screens in their order, with the values as the loket wants them.
    const QStringList inOrder{u"1. Leerling"_s,
                              u"300000017"_s,
                              u"2. Melding"_s,
                              u"16 uren per 4 weken 18-"_s,
                              u"Blijft thuis na ruzie met klasgenoten"_s,
                              u"3. Lesuren"_s,
                              u"4. Acties school"_s,
                              u"5. Overzicht"_s};
    qsizetype at = 0;
    for (const QString& expected : inOrder) {
        const qsizetype found = text.indexOf(expected, at);
        QVERIFY2(found >= 0, qPrintable(expected + u" in: "_s + text));
        at = found;
    }
    QVERIFY2(text.contains(u"M. de Vries"_s), qPrintable(text)); // the mother, sent along
    QVERIFY(!text.contains(u"P. de Vries"_s));                   // the secret father is not
    QVERIFY2(text.contains(u"12-01-2026"_s), qPrintable(text));  // begindatum as DD-MM-JJJJ
    // Never overwritten without asking.
    QCOMPARE(runCli(db({u"invulhulp"_s, u"--melding"_s, QString::number(m_loket), u"--uit"_s, pdf}))
                 .exitCode,
             1);
}

void TestCliSubmission::loketSubmissionIsRecorded()
{
    const CliRun run =
        runCli(db({u"indienen"_s, u"--melding"_s, QString::number(m_loket), u"--kanaal"_s,
                   u"loket"_s, u"--meldingsnummer"_s, u"2026-0042"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("2026-0042"));
    QCOMPARE(QJsonDocument::fromJson(runCli(db({u"uitgaand"_s, u"--json"_s})).out).array().size(),
             0);
}

void TestCliSubmission::machineToMachineSubmissionOverTls()
{
    const CliRun configured = runCli(
        db({u"koppeling"_s, u"--adres"_s, m_server->endpoint().toString(), u"--certificaat"_s,
            m_pki->clientPkcs12(), u"--ca"_s, m_pki->caCertificate(), u"--wachttijd"_s, u"5"_s}));
    QVERIFY2(configured.exitCode == 0, configured.err.constData());
    QVERIFY(configured.out.contains(m_server->endpoint().toString().toUtf8()));

    // The repeat melding, made ready with a connection: it waits for the m2m channel.
    m_m2m = readyMelding(QDate(2026, 2, 2));
    const QStringList send{u"indienen"_s, u"--melding"_s, QString::number(m_m2m),
                           u"--kanaal"_s, u"m2m"_s,       u"--wachtwoord-stdin"_s};
    const CliRun sent = runCli(db(send), TestPki::passphrase().toUtf8() + '\n');
    QVERIFY2(sent.exitCode == 0, sent.err.constData() + sent.out);
    QVERIFY2(sent.out.contains("VM-0001"), sent.out.constData());
    QCOMPARE(m_server->registeredCount(), 1);

    // Never twice.
    const CliRun again = runCli(db(send), TestPki::passphrase().toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("VM-0001"), again.err.constData());
    QCOMPARE(m_server->registeredCount(), 1);

    // The municipality's progress comes back with the status poll.
    m_server->setStatus(u"VM-0001"_s, u"in_behandeling"_s, u"B. Leerplicht"_s, {});
    const CliRun polled = runCli(db({u"uitgaand"_s, u"--verwerken"_s, u"--wachtwoord-stdin"_s}),
                                 TestPki::passphrase().toUtf8() + '\n');
    QVERIFY2(polled.exitCode == 0, polled.err.constData());
    QVERIFY2(polled.out.contains(QByteArray::number(m_m2m)), polled.out.constData());
    QCOMPARE(MeldingService(m_db->db(), m_clock, u"x"_s).find(m_m2m)->status,
             MeldingStatus::InBehandeling);
}

// The passphrase in memory must never reach a core file: the program forbids them itself, from
// a start with core files allowed.
void TestCliSubmission::noCoreFileWhileThePassphraseIsAwaited()
{
    rlimit allowed{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &allowed), 0);
    if (allowed.rlim_max == 0)
        QSKIP("core files are forbidden here already");
    QProcess cli;
    cli.setChildProcessModifier([allowed] {
        const rlimit start{allowed.rlim_max, allowed.rlim_max};
        setrlimit(RLIMIT_CORE, &start);
    });
    cli.start(QStringLiteral(VERZUIMDESK_CLI), db({u"koppeling"_s, u"--wachtwoord-stdin"_s}));
    QVERIFY(cli.waitForStarted());
    // Waiting on standard input for the passphrase; its limits as the kernel holds them.
    const auto coreLimits = [&cli] {
        QFile limits(u"/proc/%1/limits"_s.arg(cli.processId()));
        if (!limits.open(QIODevice::ReadOnly))
            return QString();
        const QString line = QString::fromLatin1(limits.readAll())
                                 .split(u'\n')
                                 .filter(u"Max core file size"_s)
                                 .value(0);
        return line.mid(26).simplified(); // soft, hard, unit
    };
    QTRY_COMPARE_WITH_TIMEOUT(coreLimits(), u"0 0 bytes"_s, 10'000);
    cli.write(TestPki::passphrase().toUtf8() + '\n');
    cli.closeWriteChannel();
    QVERIFY(cli.waitForFinished(60'000));
}

void TestCliSubmission::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no_channel") << QStringList{u"indienen"_s, u"--melding"_s, u"1"_s}
                                << QByteArray() << 2 << u"--kanaal"_s;
    QTest::newRow("loket_without_number")
        << QStringList{u"indienen"_s, u"--melding"_s, u"1"_s, u"--kanaal"_s, u"loket"_s}
        << QByteArray() << 2 << u"--meldingsnummer"_s;
    QTest::newRow("unknown_melding")
        << QStringList{u"invulhulp"_s, u"--melding"_s, u"999"_s, u"--uit"_s, u"x.pdf"_s}
        << QByteArray() << 1 << u"999"_s;
    QTest::newRow("wrong_passphrase")
        << QStringList{u"uitgaand"_s, u"--verwerken"_s, u"--wachtwoord-stdin"_s}
        << QByteArray("fout\n") << 1 << u"wachtwoord"_s;
    QTest::newRow("http_address") << QStringList{u"koppeling"_s, u"--adres"_s,
                                                 u"http://duo.example/"_s, u"--certificaat"_s,
                                                 u"x.p12"_s}
                                  << QByteArray() << 2 << u"https://"_s;
}

void TestCliSubmission::refusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(db(arguments), input);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliSubmission)
#include "TestCliSubmission.moc"
