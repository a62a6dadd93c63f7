// SPDX-License-Identifier: GPL-3.0-or-later
// A team on one PostgreSQL database, with real logins typing SQL as an attacker would: the server
// itself holds each role to its privileges (migration 12), shows a verzuimmedewerker only their
// leerlingen, takes every right away on demotion or removal whichever beheerder does it, writes
// the audit trail's author and time, and lets no login alter it. Needs PostgreSQL.
#include "TestDatabase.h"
#include "TestLogin.h"
#include "services/DossierService.h"
#include "services/Permissions.h"
#include "services/TeamService.h"
#include "storage/Migrations.h"
#include "storage/TeamRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool runs(Database& db, const QString& sql)
{
    return db.exec(sql).ok();
}

// The number `sql` counts, or -1 when the server refuses it.
int count(Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = db.exec(sql, values);
    return query && query->next() ? query->value(0).toInt() : -1;
}

// The name the server gives a Verzuimdesk role (or the owner's, "eigenaar") for this schema.
QString serverRole(Database& db, const QString& role)
{
    auto query = db.exec(u"SELECT servernaam FROM verzuimdesk_rollen WHERE rol = ?"_s, {role});
    return query && query->next() ? query->value(0).toString() : QString();
}

const QString kAssigned = u"300000017"_s;
const QString kOther = u"300000029"_s;

} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void whoMakesTheDatabaseIsItsFirstBeheerder();
    void loginsHaveExactlyTheirRolesPrivileges_data();
    void loginsHaveExactlyTheirRolesPrivileges();
    void aMedewerkersLoginSeesOnlyTheirLeerlingen();
    void anyBeheerderDemotesAndRemovesWithEveryRight();
    void anUpdateTakesBackWhatOlderVersionsGranted();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestTeamDatabase::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
}

void TestTeamDatabase::whoMakesTheDatabaseIsItsFirstBeheerder()
{
    const TestLogin stranger;
    TestDatabase db;
    QVERIFY(db.db().exec(u"DELETE FROM gebruikers"_s)); // as a new team database has none
    const QString maker = db.db().userName();
    QVERIFY(TeamService(db.db(), m_clock, maker).join());
    const auto members = TeamRepository(db.db()).all();
    QVERIFY(members);
    QCOMPARE(members->size(), 1);
    QCOMPARE(members->first().name, maker);
    QCOMPARE(members->first().role, Role::Beheerder);
    // A beheerder by the server's roles too, and no longer in the owner's role it handed over to.
    QCOMPARE(count(db.db(), u"SELECT pg_has_role(?, 'MEMBER')::int"_s,
                   {serverRole(db.db(), u"beheerder"_s)}),
             1);
    QCOMPARE(count(db.db(), u"SELECT pg_has_role(?, 'MEMBER')::int"_s,
                   {serverRole(db.db(), u"eigenaar"_s)}),
             0);
    // Someone else's login gets nothing until a beheerder adds it, and hears so.
    const auto refused = Database::open(stranger.location(db));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"not a member"_s), qPrintable(refused.error()));
}

void TestTeamDatabase::loginsHaveExactlyTheirRolesPrivileges_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("importsAndSubmits");
    QTest::addColumn<bool>("managesTeam");
    QTest::newRow("alleen_lezen_reads_only") << Role::AlleenLezen << false << false;
    QTest::newRow("medewerker_works_on_leerlingen") << Role::Medewerker << false << false;
    QTest::newRow("coordinator_imports_and_submits") << Role::Coordinator << true << false;
    QTest::newRow("beheerder_manages_the_team") << Role::Beheerder << true << true;
}

void TestTeamDatabase::loginsHaveExactlyTheirRolesPrivileges()
{
    QFETCH(Role, role);
    QFETCH(bool, importsAndSubmits);
    QFETCH(bool, managesTeam);
    const TestLogin member;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    TeamService team(db.db(), m_clock, u"beheerder"_s);
    const Status added = team.add(member.name(), role);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(team.assign(kAssigned, member.name()));

    auto asMember = openAs(member, db);
    QVERIFY(asMember);
    Database& d = *asMember;
    // Opening as the programs do, read-only rights included.
    const Status joined = TeamService(d, m_clock, member.name()).join();
    QVERIFY2(joined, qPrintable(joined.error()));
    QVERIFY(runs(d, u"SELECT COUNT(*) FROM leerlingen"_s));
    // Only a beheerder's login may change who is on the team, or where meldingen go.
    QCOMPARE(runs(d, u"INSERT INTO gebruikers VALUES ('indringer', 'beheerder', '', '')"_s),
             managesTeam);
    QCOMPARE(runs(d, u"UPDATE gebruikers SET rol = 'beheerder'"_s), managesTeam);
    QCOMPARE(runs(d, u"UPDATE duo_koppeling SET adres = 'https://attacker.invalid'"_s),
             managesTeam);
    // The school's settings come with an import; submissions are the submitter's.
    QCOMPARE(runs(d, u"INSERT INTO vrije_dagen (datum) VALUES ('2026-06-30')"_s),
             importsAndSubmits);
    QCOMPARE(runs(d, u"UPDATE school SET naam = 'Vervalst'"_s), importsAndSubmits);
    QCOMPARE(runs(d, u"UPDATE indieningen SET toestand = 'geaccepteerd'"_s), importsAndSubmits);
    // Nobody makes every client refuse the database.
    QVERIFY(!runs(d, u"UPDATE verzuimdesk_meta SET waarde = '99'"_s));
    QVERIFY(!runs(d, u"CREATE TABLE zijdeur (x TEXT)"_s));
    // Everyone leaves a trace — an alleen-lezen user opening a dossier too...
    const auto opened = DossierService(d, m_clock, member.name()).open(kAssigned);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(runs(d, u"INSERT INTO audit (tijdstip, gebruiker, actie, pgn, details)"
                    " VALUES ('2020-01-15T09:00:00', 'iemand anders', 'vervalst', '', '')"_s));
    // ...signed and dated by the server, whatever the login wrote...
    QSqlQuery forged = TestDatabase::serverQuery();
    QVERIFY(forged.exec(u"SELECT gebruiker, tijdstip FROM %1.audit WHERE actie = 'vervalst'"_s.arg(
        d.dialect().schema())));
    QVERIFY(forged.next());
    QCOMPARE(forged.value(0).toString(), member.name());
    QVERIFY2(TestDatabase::isRealTime(
                 QDateTime::fromString(forged.value(1).toString(), Qt::ISODateWithMs)),
             qPrintable(forged.value(1).toString()));
    // ...read by beheerders only (the inzage's entries come through the owner's function)...
    QCOMPARE(runs(d, u"SELECT COUNT(*) FROM audit"_s), managesTeam);
    QVERIFY(count(d, u"SELECT COUNT(*) FROM audit_van_leerling(?)"_s, {kAssigned}) > 0);
    // ...and nobody erases, rewrites or switches it off, nor makes themselves its owner.
    QVERIFY(!runs(d, u"UPDATE audit SET gebruiker = 'iemand anders'"_s));
    QVERIFY(!runs(d, u"UPDATE audit SET pgn = ''"_s));
    QVERIFY(!runs(d, u"DELETE FROM audit"_s));
    QVERIFY(!runs(d, u"TRUNCATE audit"_s));
    QVERIFY(!runs(d, u"ALTER TABLE audit DISABLE TRIGGER ALL"_s));
    QVERIFY(!runs(d, u"DROP TRIGGER audit_van_de_server ON audit"_s));
    QVERIFY(!runs(d, u"CREATE OR REPLACE FUNCTION audit_door_de_server() RETURNS trigger"
                     " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"_s));
    QVERIFY(!runs(d, u"GRANT \"%1\" TO CURRENT_USER"_s.arg(serverRole(d, u"eigenaar"_s))));
    // The purge's blanking is a beheerder's, through the owner's function.
    QCOMPARE(runs(d, u"SELECT audit_vergeten('%1')"_s.arg(kAssigned)), managesTeam);
    // Removing leerlingen is for those who import them (and the purge).
    QCOMPARE(runs(d, u"DELETE FROM leerlingen"_s), importsAndSubmits);
}

void TestTeamDatabase::aMedewerkersLoginSeesOnlyTheirLeerlingen()
{
    const TestLogin medewerker;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    TeamService team(db.db(), m_clock, u"beheerder"_s);
    QVERIFY(team.add(medewerker.name(), Role::Medewerker));
    QVERIFY(team.assign(kAssigned, medewerker.name()));
    QVERIFY(count(db.db(), u"SELECT COUNT(*) FROM absenties WHERE pgn = ?"_s, {kOther}) > 0);

    auto asMedewerker = openAs(medewerker, db);
    QVERIFY(asMedewerker);
    Database& d = *asMedewerker;
    for (const QString& table : {u"leerlingen"_s, u"inschrijvingen"_s, u"contacten"_s,
                                 u"absenties"_s, u"toewijzingen"_s}) {
        QVERIFY2(count(d, u"SELECT COUNT(*) FROM %1 WHERE pgn <> ?"_s.arg(table), {kAssigned}) == 0,
                 qPrintable(table));
    }
    QCOMPARE(count(d, u"SELECT COUNT(*) FROM leerlingen"_s), 1);
    QVERIFY(count(d, u"SELECT COUNT(*) FROM absenties"_s) > 0);
    // What is out of sight cannot be written either.
    auto changed = d.exec(u"UPDATE absenties SET minuten = 0 WHERE pgn = ?"_s, {kOther});
    QVERIFY(changed);
    QCOMPARE(changed->numRowsAffected(), 0);
    QVERIFY(!runs(d, u"INSERT INTO notities (pgn, tekst, werknotitie, auteur, geschreven_op)"
                     " VALUES ('%1', 'ingeschoven', 0, 'x', '2026-01-15')"_s.arg(kOther)));
    QCOMPARE(count(d, u"SELECT COUNT(*) FROM audit_van_leerling(?)"_s, {kOther}), 0);
    // The program's scope is the first line and agrees.
    const auto visible = Permissions::visibleLeerlingen(d, medewerker.name(), m_clock);
    QVERIFY2(visible, qPrintable(visible.error()));
    QCOMPARE(visible->size(), 1);
    QCOMPARE(visible->first().pgn, kAssigned);
    // A signal taken up by the coordinator brings its leerling in sight.
    QVERIFY(runs(db.db(), u"INSERT INTO signaal_werk VALUES ('%1', '16UUR', '2026-01-05', 0,"
                          " 'in_behandeling', '', 'coordinator', '2026-01-15')"_s.arg(kOther)));
    QCOMPARE(count(d, u"SELECT COUNT(*) FROM leerlingen"_s), 2);
}

void TestTeamDatabase::anyBeheerderDemotesAndRemovesWithEveryRight()
{
    const TestLogin second;
    const TestLogin coordinator;
    const TestLogin medewerker;
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    TeamService first(db.db(), m_clock, u"beheerder"_s);
    QVERIFY(first.add(second.name(), Role::Beheerder));
    QVERIFY(first.add(coordinator.name(), Role::Coordinator));
    // The second beheerder, who owns nothing, adds a colleague...
    auto asSecond = openAs(second, db);
    QVERIFY(asSecond);
    TeamService bySecond(*asSecond, m_clock, second.name());
    QVERIFY(bySecond.add(medewerker.name(), Role::Coordinator));
    auto asMedewerker = openAs(medewerker, db);
    QVERIFY(asMedewerker);
    QVERIFY(runs(*asMedewerker, u"DELETE FROM vrije_dagen"_s));
    // ...demotes both the colleague and the first beheerder's coordinator: gone is every right
    // of the old role, whoever gave it.
    QVERIFY(bySecond.add(medewerker.name(), Role::Medewerker));
    QVERIFY(bySecond.add(coordinator.name(), Role::AlleenLezen));
    auto asCoordinator = openAs(coordinator, db);
    QVERIFY(asCoordinator);
    QVERIFY(!runs(*asCoordinator, u"DELETE FROM vrije_dagen"_s));
    QVERIFY(!runs(*asMedewerker, u"DELETE FROM vrije_dagen"_s));
    QVERIFY(!runs(*asMedewerker, u"DELETE FROM leerlingen"_s));
    QCOMPARE(count(*asMedewerker, u"SELECT COUNT(*) FROM leerlingen"_s), 0);
    // ...and removes the coordinator: nothing is left, not even the schema.
    QVERIFY(bySecond.remove(coordinator.name()));
    QVERIFY(!runs(*asCoordinator, u"SELECT COUNT(*) FROM leerlingen"_s));
    QVERIFY(!openAs(coordinator, db));
    // The first beheerder can remove the second as well.
    const Status removed = first.remove(second.name());
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!runs(*asSecond, u"SELECT COUNT(*) FROM leerlingen"_s));
    QVERIFY(!bySecond.add(coordinator.name(), Role::Beheerder));
}

void TestTeamDatabase::anUpdateTakesBackWhatOlderVersionsGranted()
{
    const TestLogin member;
    const TestLogin removed;
    TestDatabase db(11);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    // As version 11 left them: a member's rights granted to the login itself, and a removed
    // member's never taken back.
    QVERIFY(TeamRepository(db.db()).upsert(
        {member.name(), Role::Coordinator, m_clock.now(), u"beheerder"_s}));
    const QString schema = db.db().dialect().schema();
    for (const QString& login : {member.name(), removed.name()}) {
        QVERIFY(runs(db.db(), u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, login)));
        QVERIFY(runs(db.db(), u"GRANT ALL ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, login)));
    }
    // By the administrator's login, to this program's schema (12 and what came after it).
    const Status migrated = db.db().migrate(Migrations::latestVersion(db.db().dialect()), m_clock);
    QVERIFY2(migrated, qPrintable(migrated.error()));

    QVERIFY(!openAs(removed, db));
    auto asMember = openAs(member, db);
    QVERIFY(asMember);
    QVERIFY(runs(*asMember, u"SELECT COUNT(*) FROM leerlingen"_s));
    QVERIFY(runs(*asMember, u"DELETE FROM vrije_dagen"_s));
    QVERIFY(!runs(*asMember, u"DELETE FROM gebruikers"_s));
    QVERIFY(!runs(*asMember, u"SELECT COUNT(*) FROM audit"_s));
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "TestTeamDatabase.moc"
