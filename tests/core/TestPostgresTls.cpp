// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's TLS against the test suite's real PostgreSQL, whose certificate
// (scripts/postgres-for-tests.sh) is made out to attacker.invalid by a CA of its own.
#include "TestDatabase.h"
#include "TestPki.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestPostgresTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverMustProveItself_data();
    void serverMustProveItself();
    void cleanupTestCase();

private:
    QString m_serverCa;
    QString m_schema = u"tls_%1"_s.arg(QCoreApplication::applicationPid());
    TestPki m_otherPki; // a CA the server's certificate is not from
};

void TestPostgresTls::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
    m_serverCa = qEnvironmentVariable("VERZUIMDESK_TEST_POSTGRES_CA");
    if (m_serverCa.isEmpty())
        QSKIP("needs the test server's CA: set VERZUIMDESK_TEST_POSTGRES_CA");
    QVERIFY2(m_otherPki.error().isEmpty(), qPrintable(m_otherPki.error()));
    // Where libpq looks for a CA that the address does not name: nowhere, whatever ~/.postgresql
    // of the machine holds.
    qputenv("PGSSLROOTCERT", QFile::encodeName(m_otherPki.caCertificate() + u".ontbreekt"_s));
}

void TestPostgresTls::serverMustProveItself_data()
{
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("ca");      // sslrootcert: the server's, another, or none
    QTest::addColumn<QString>("refusal"); // empty: the connection is made
    QTest::newRow("certificate_for_another_name")
        << u"verify-full"_s << u"server"_s << u"attacker.invalid"_s;
    QTest::newRow("certificate_from_an_unknown_ca")
        << u"verify-ca"_s << u"other"_s << u"certificate"_s;
    QTest::newRow("no_ca_named") << u"verify-full"_s << u"none"_s << u"sslrootcert=FILE"_s;
    QTest::newRow("known_ca_name_not_asked") << u"verify-ca"_s << u"server"_s << QString();
}

void TestPostgresTls::serverMustProveItself()
{
    QFETCH(QString, sslmode);
    QFETCH(QString, ca);
    QFETCH(QString, refusal);
    QUrl url(TestDatabase::postgresServer());
    QUrlQuery query;
    query.addQueryItem(u"schema"_s, m_schema);
    query.addQueryItem(u"sslmode"_s, sslmode);
    if (ca != u"none"_s)
        query.addQueryItem(u"sslrootcert"_s,
                           ca == u"server"_s ? m_serverCa : m_otherPki.caCertificate());
    url.setQuery(query);

    const auto opened = Database::open(url.toString());
    if (refusal.isEmpty()) {
        QVERIFY2(opened, qPrintable(opened.error()));
        return;
    }
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(refusal), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(QUrl(TestDatabase::postgresServer()).password()),
             "the password is shown");
}

void TestPostgresTls::cleanupTestCase()
{
    if (!TestDatabase::onPostgres())
        return;
    QUrl url(TestDatabase::postgresServer());
    url.setQuery(u"schema="_s + m_schema);
    if (auto opened = Database::open(url.toString()))
        TestDatabase::dropSchema(**opened);
}

QTEST_GUILESS_MAIN(TestPostgresTls)
#include "TestPostgresTls.moc"
