// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PostgresAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPostgresAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsIsAskedFor_data();
    void tlsIsAskedFor();
    void mistakesAreRefused_data();
    void mistakesAreRefused();
    void passwordIsKeptApart();
};

void TestPostgresAddress::tlsIsAskedFor_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("options");
    const QString timeout = u"connect_timeout=10"_s;
    QTest::newRow("server_elsewhere_proves_its_name")
        << u"postgresql://anna@db.school.nl/verzuim"_s
        << QStringList{timeout, u"sslmode=verify-full"_s};
    QTest::newRow("server_on_this_computer") << u"postgresql://anna@127.0.0.1:5433/verzuim"_s
                                             << QStringList{timeout, u"sslmode=prefer"_s};
    QTest::newRow("localhost") << u"postgresql://anna@localhost/verzuim"_s
                               << QStringList{timeout, u"sslmode=prefer"_s};
    QTest::newRow("ipv6_loopback")
        << u"postgresql://anna@[::1]/verzuim"_s << QStringList{timeout, u"sslmode=prefer"_s};
    QTest::newRow("the_school_chooses")
        << u"postgresql://anna@db.school.nl/verzuim?sslmode=require&schema=lyceum"_s
        << QStringList{timeout, u"sslmode='require'"_s};
    QTest::newRow("own_ca_and_client_certificate")
        << u"postgresql://anna@db.school.nl/verzuim?sslrootcert=/etc/school/ca.pem&sslcert=/home/"
           u"anna/anna.crt&sslkey=/home/anna/anna.key"_s
        << QStringList{timeout, u"sslrootcert='/etc/school/ca.pem'"_s,
                       u"sslcert='/home/anna/anna.crt'"_s, u"sslkey='/home/anna/anna.key'"_s,
                       u"sslmode=verify-full"_s};
    QTest::newRow("path_with_a_space")
        << u"postgresql://anna@db.school.nl/verzuim?sslrootcert=/mnt/IT%20afdeling/ca.pem"_s
        << QStringList{timeout, u"sslrootcert='/mnt/IT afdeling/ca.pem'"_s,
                       u"sslmode=verify-full"_s};
}

void TestPostgresAddress::tlsIsAskedFor()
{
    QFETCH(QString, url);
    QFETCH(QStringList, options);
    const auto address = PostgresAddress::parse(url);
    QVERIFY2(address, qPrintable(address.error()));
    QCOMPARE(address->connectOptions, options);
}

void TestPostgresAddress::mistakesAreRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown_parameter")
        << u"postgresql://anna:geheim@db/verzuim?sslmod=verify-full"_s << u"sslmod"_s;
    QTest::newRow("unknown_sslmode")
        << u"postgresql://anna:geheim@db/verzuim?sslmode=strict"_s << u"strict"_s;
    QTest::newRow("value_ending_early")
        << u"postgresql://anna:geheim@db/verzuim?sslrootcert=/a%27b.pem"_s << u"sslrootcert"_s;
    QTest::newRow("value_with_a_semicolon")
        << u"postgresql://anna:geheim@db/verzuim?sslkey=/a%3Bsslmode=disable"_s << u"sslkey"_s;
    QTest::newRow("schema_not_a_plain_name")
        << u"postgresql://anna:geheim@db/verzuim?schema=Lyceum-1"_s << u"Lyceum-1"_s;
    QTest::newRow("no_database") << u"postgresql://anna:geheim@db"_s << u"anna@db"_s;
}

void TestPostgresAddress::mistakesAreRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, said);
    const auto address = PostgresAddress::parse(url);
    QVERIFY(!address);
    QVERIFY2(address.error().contains(said), qPrintable(address.error()));
    QVERIFY2(!address.error().contains(u"geheim"_s), qPrintable(address.error()));
}

void TestPostgresAddress::passwordIsKeptApart()
{
    const auto address = PostgresAddress::parse(u"postgresql://anna:ge%40heim@db:6432/verzuim"_s);
    QVERIFY(address);
    QCOMPARE(address->password, u"ge@heim"_s);
    QCOMPARE(address->user, u"anna"_s);
    QCOMPARE(address->port, 6432);
    QCOMPARE(address->shown, u"postgresql://anna@db:6432/verzuim"_s);
}

QTEST_GUILESS_MAIN(TestPostgresAddress)
#include "TestPostgresAddress.moc"
