// SPDX-License-Identifier: GPL-3.0-or-later
// A team on one PostgreSQL database, with real logins: the first login becomes beheerder, and a
// member's login gets the privileges of their role from the server itself — read-only for
// alleen-lezen, and nobody may change or remove the audit trail. Needs PostgreSQL.
#include "TestDatabase.h"
#include "services/DossierService.h"
#include "services/TeamService.h"
#include "storage/TeamRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// A login that exists only for this test, dropped afterwards (its privileges went with the
// test's schema).
class TestLogin
{
public:
    TestLogin()
        : m_name(u"lid_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_counter))
    {
        QVERIFY2(admin().exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(
                     m_name, TestDatabase::passwordOf(m_name))),
                 qPrintable(admin().lastError().text()));
    }
    ~TestLogin() { admin().exec(u"DROP ROLE IF EXISTS %1"_s.arg(m_name)); }
    const QString& name() const { return m_name; }

    // The test database's location, logged in as this login.
    QString location(const TestDatabase& db) const
    {
        QUrl url(db.location());
        url.setUserName(m_name);
        url.setPassword(TestDatabase::passwordOf(m_name));
        return url.toString();
    }

private:
    static QSqlQuery admin() { return TestDatabase::serverQuery(); }

    static inline int s_counter = 0;
    QString m_name;
};

bool runs(Database& db, const QString& sql)
{
    return db.exec(sql).ok();
}

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstLoginBecomesBeheerder();
    void loginsGetTheirRolesPrivileges_data();
    void loginsGetTheirRolesPrivileges();
    void removedMemberLosesAccess();
    void aBeheerderWhoDoesNotOwnTheTablesAddsMembers();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestTeamDatabase::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
}

void TestTeamDatabase::firstLoginBecomesBeheerder()
{
    // Logins first: they are dropped after the test's schema (which holds their privileges).
    const TestLogin first;
    const TestLogin second;
    TestDatabase db;
    QVERIFY(db.db().exec(u"DELETE FROM gebruikers"_s)); // as a new team database has none
    // The schema's owner lets the team in (a new database's owner does this once).
    QVERIFY(runs(db.db(), u"GRANT USAGE ON SCHEMA %1 TO %2, %3"_s.arg(
                              db.db().dialect().schema(), first.name(), second.name())));
    QVERIFY(runs(db.db(),
                 u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2, %3"_s.arg(
                     db.db().dialect().schema(), first.name(), second.name())));
    QVERIFY(runs(db.db(), u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2, %3"_s.arg(
                              db.db().dialect().schema(), first.name(), second.name())));

    auto asFirst = Database::open(first.location(db));
    QVERIFY2(asFirst, qPrintable(asFirst.error()));
    QCOMPARE((*asFirst)->userName(), first.name());
    QVERIFY(TeamService(**asFirst, m_clock, first.name()).join());
    auto asSecond = Database::open(second.location(db));
    QVERIFY(asSecond);
    QVERIFY(TeamService(**asSecond, m_clock, second.name()).join());

    const auto members = TeamRepository(db.db()).all();
    QVERIFY(members);
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().name, first.name());
    QCOMPARE(members->first().role, Role::Beheerder);
    QVERIFY(!DossierService(**asSecond, m_clock, second.name()).open(u"300000017"_s));
}

void TestTeamDatabase::loginsGetTheirRolesPrivileges_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("mayWrite");
    QTest::addColumn<bool>("managesTeam");
    QTest::newRow("alleen_lezen_reads_only") << Role::AlleenLezen << false << false;
    QTest::newRow("medewerker_writes") << Role::Medewerker << true << false;
    QTest::newRow("coordinator_writes") << Role::Coordinator << true << false;
    QTest::newRow("beheerder_manages_the_team") << Role::Beheerder << true << true;
}

void TestTeamDatabase::loginsGetTheirRolesPrivileges()
{
    QFETCH(Role, role);
    QFETCH(bool, mayWrite);
    QFETCH(bool, managesTeam);
    const TestLogin member;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const Status added = TeamService(db.db(), m_clock, u"beheerder"_s).add(member.name(), role);
    QVERIFY2(added, qPrintable(added.error()));

    auto asMember = Database::open(member.location(db));
    QVERIFY2(asMember, qPrintable(asMember.error()));
    Database& d = **asMember;
    // Opening as the programs do, read-only rights included.
    const Status joined = TeamService(d, m_clock, member.name()).join();
    QVERIFY2(joined, qPrintable(joined.error()));
    QVERIFY(runs(d, u"SELECT COUNT(*) FROM leerlingen"_s));
    // Only a beheerder's login may change who is on the team, or where meldingen go.
    QCOMPARE(runs(d, u"INSERT INTO gebruikers VALUES ('indringer', 'beheerder', '', '')"_s),
             managesTeam);
    QCOMPARE(runs(d, u"UPDATE gebruikers SET rol = 'beheerder'"_s), managesTeam);
    QCOMPARE(runs(d, u"INSERT INTO vrije_dagen (datum) VALUES ('2026-06-30')"_s), mayWrite);
    // Everyone leaves a trace — an alleen-lezen user opening a dossier too...
    const auto opened = DossierService(d, m_clock, member.name()).open(u"300000017"_s);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(runs(d, u"INSERT INTO audit (tijdstip, gebruiker, actie, pgn, details)"
                    " VALUES ('2020-01-15T09:00:00', 'iemand anders', 'vervalst', '', '')"_s));
    // ...signed and dated by the server, whatever the login wrote.
    QSqlQuery forged = TestDatabase::serverQuery();
    QVERIFY(forged.exec(u"SELECT gebruiker, tijdstip FROM %1.audit WHERE actie = 'vervalst'"_s.arg(
        d.dialect().schema())));
    QVERIFY(forged.next());
    QCOMPARE(forged.value(0).toString(), member.name());
    QVERIFY2(TestDatabase::isRealTime(
                 QDateTime::fromString(forged.value(1).toString(), Qt::ISODateWithMs)),
             qPrintable(forged.value(1).toString()));
    // ...and nobody erases one: the server refuses by privilege.
    QVERIFY(!runs(d, u"UPDATE audit SET gebruiker = 'iemand anders'"_s));
    QVERIFY(!runs(d, u"DELETE FROM audit"_s));
    QVERIFY(!runs(d, u"TRUNCATE audit"_s));
}

void TestTeamDatabase::removedMemberLosesAccess()
{
    const TestLogin member;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    TeamService team(db.db(), m_clock, u"beheerder"_s);
    QVERIFY(team.add(member.name(), Role::Coordinator));
    QVERIFY(team.remove(member.name()));
    auto asMember = Database::open(member.location(db));
    // The login may still connect to the server, but not read the school's tables.
    QVERIFY(!asMember || !runs(**asMember, u"SELECT COUNT(*) FROM leerlingen"_s));
}

void TestTeamDatabase::aBeheerderWhoDoesNotOwnTheTablesAddsMembers()
{
    const TestLogin beheerder;
    const TestLogin colleague;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    QVERIFY(TeamService(db.db(), m_clock, u"beheerder"_s).add(beheerder.name(), Role::Beheerder));
    auto asBeheerder = Database::open(beheerder.location(db));
    QVERIFY2(asBeheerder, qPrintable(asBeheerder.error()));
    const Status added = TeamService(**asBeheerder, m_clock, beheerder.name())
                             .add(colleague.name(), Role::Coordinator);
    QVERIFY2(added, qPrintable(added.error()));
    auto asColleague = Database::open(colleague.location(db));
    QVERIFY2(asColleague, qPrintable(asColleague.error()));
    QVERIFY(runs(**asColleague, u"SELECT COUNT(*) FROM leerlingen"_s));
    QVERIFY(DossierService(**asColleague, m_clock, colleague.name()).open(u"300000029"_s));
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "TestTeamDatabase.moc"
