// SPDX-License-Identifier: GPL-3.0-or-later
// Two verzuimdesk-cli sessions, each with its own login, on one PostgreSQL database: each sees
// the other's work, roles hold on the command line, and the beheerder reads who did what.
// Needs PostgreSQL (VERZUIMDESK_TEST_POSTGRES).
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestCliTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoSessionsSeeEachOthersWork();

private:
    QString location(const QString& login) const;
    // The tests' own login, with CREATEROLE as a database administrator's.
    QString administratorLocation() const;
    QSqlQuery admin() const;

    QString m_schema;
    QStringList m_logins;
};

void TestCliTeam::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
    qputenv("VERZUIMDESK_VANDAAG", "2026-01-15");
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    m_schema = u"cli_team_"_s + suffix;
    m_logins = {u"anna_"_s + suffix, u"bram_"_s + suffix, u"carla_"_s + suffix};
    for (const QString& login : m_logins)
        QVERIFY(admin().exec(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(login, TestDatabase::passwordOf(login))));
}

void TestCliTeam::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    if (auto asAdmin = Database::open(administratorLocation()))
        TestDatabase::dropSchema(**asAdmin);
    for (const QString& login : m_logins)
        admin().exec(u"DROP ROLE IF EXISTS %1"_s.arg(login));
}

QString TestCliTeam::administratorLocation() const
{
    return TestDatabase::postgresServer() + u"?schema="_s + m_schema;
}

QString TestCliTeam::location(const QString& login) const
{
    QUrl url(TestDatabase::postgresServer());
    url.setUserName(login);
    url.setPassword(TestDatabase::passwordOf(login));
    url.setQuery(u"schema="_s + m_schema);
    return url.toString();
}

QSqlQuery TestCliTeam::admin() const
{
    return TestDatabase::serverQuery();
}

void TestCliTeam::twoSessionsSeeEachOthersWork()
{
    const QString anna = location(m_logins[0]);
    const QString bram = location(m_logins[1]);
    const QString carla = location(m_logins[2]);

    // The school's IT sets the team database up with its administrator's login and makes Anna its
    // beheerder; she imports the school and adds her colleagues.
    CliRun run = runCli({u"--db"_s, administratorLocation(), u"gebruiker"_s, u"--naam"_s,
                         m_logins[0], u"--rol"_s, u"beheerder"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli(importExampleArguments(anna, u"p01_po_16uur_en_herhaling"_s));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({u"--db"_s, anna, u"gebruiker"_s, u"--naam"_s, m_logins[1], u"--rol"_s,
                  u"verzuimcoordinator"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({u"--db"_s, anna, u"gebruiker"_s, u"--naam"_s, m_logins[2], u"--rol"_s,
                  u"verzuimmedewerker"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // Bram, in his own session, sees Anna's import and drafts a melding...
    run = runCli({u"--db"_s, bram, u"leerlingen"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
    run = runCli({u"--db"_s, bram, u"concept"_s, u"--pgn"_s, u"300000017"_s, u"--soort"_s,
                  u"16UUR"_s, u"--bereikt-op"_s, u"2026-01-14"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id =
        QString::number(QJsonDocument::fromJson(run.out).object().value(u"id"_s).toInteger());

    // ...which Anna sees in hers.
    run = runCli({u"--db"_s, anna, u"meldingen"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray meldingen = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(meldingen.size(), 1);
    QCOMPARE(QString::number(meldingen.first().toObject().value(u"id"_s).toInteger()), id);

    // Carla, a verzuimmedewerker, opens the leerling with the melding but not the other one.
    run = runCli({u"--db"_s, carla, u"dossier"_s, u"--pgn"_s, u"300000017"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = runCli({u"--db"_s, carla, u"dossier"_s, u"--pgn"_s, u"300000029"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("300000029"));
    // Nor may she manage the team or purge.
    for (const QString& command : {u"gebruikers"_s, u"opschonen"_s}) {
        run = runCli({u"--db"_s, carla, command});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(m_logins[2].toUtf8()), run.err.constData()); // "…mag carla niet"
    }

    // Anna reads who did what; Bram may not.
    run = runCli({u"--db"_s, anna, u"audit"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The columns are as wide as the longest login, the administrator's included.
    const QRegularExpression opened(QRegularExpression::escape(m_logins[2]) +
                                    u" +dossier bekeken"_s);
    QVERIFY2(QString::fromUtf8(run.out).contains(opened), run.out.constData());
    run = runCli({u"--db"_s, bram, u"audit"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(m_logins[1].toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTeam)
#include "TestCliTeam.moc"
