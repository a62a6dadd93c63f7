// SPDX-License-Identifier: GPL-3.0-or-later
// The stored signals on a team database (migration 13), with real logins: every member starts
// from them and sees only what the server shows their role; beheerders and coordinatoren store
// what they compute, the others compute without storing; anyone's change marks its leerling,
// also without a right to the marks; a computation and a change never overlap; and an update of
// an older team database brings the store, owned by the owner role. Needs PostgreSQL.
#include "TestDatabase.h"
#include "TestLogin.h"
#include "services/SignalService.h"
#include "services/TeamService.h"
#include "storage/SignalStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 1, 15);
const QString kAssigned = u"300000017"_s; // has a 16-uur signal on kToday
const QString kExample = u"p01_po_16uur_en_herhaling"_s;

bool runs(Database& db, const QString& sql, const QVariantList& values = {})
{
    return db.exec(sql, values).ok();
}

QSet<QString> stale(Database& db)
{
    const auto marked = SignalStore(db).staleLeerlingen();
    if (!marked)
        qFatal("%s", qPrintable(marked.error()));
    return *marked;
}

QString ownerOf(Database& db)
{
    auto query = db.exec(u"SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'eigenaar'"_s);
    return query && query->next() ? query->value(0).toString() : QString();
}

} // namespace

class TestTeamSignalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachMemberStartsFromWhatTheyMaySee_data();
    void eachMemberStartsFromWhatTheyMaySee();
    void aComputationAndAChangeTakeTurns_data();
    void aComputationAndAChangeTakeTurns();
    void anUpdateBringsTheStoreOwnedByTheOwner();
    void onlyTheAdministratorsLoginUpdates();

private:
    const FixedClock m_clock{QDateTime(kToday, QTime(9, 0))};
};

void TestTeamSignalStore::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("needs a team database: set VERZUIMDESK_TEST_POSTGRES");
}

void TestTeamSignalStore::eachMemberStartsFromWhatTheyMaySee_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("seesEveryone");
    QTest::addColumn<bool>("stores");
    QTest::newRow("alleen_lezen_reads_every_signal") << Role::AlleenLezen << true << false;
    QTest::newRow("medewerker_reads_those_in_sight") << Role::Medewerker << false << false;
    QTest::newRow("coordinator_reads_and_stores") << Role::Coordinator << true << true;
}

void TestTeamSignalStore::eachMemberStartsFromWhatTheyMaySee()
{
    QFETCH(Role, role);
    QFETCH(bool, seesEveryone);
    QFETCH(bool, stores);
    const TestLogin member;
    TestDatabase db;
    QCOMPARE(db.importExample(kExample).status, ImportOutcome::Status::Stored);
    TeamService team(db.db(), m_clock, u"beheerder"_s);
    QVERIFY(team.add(member.name(), role));
    QVERIFY(team.assign(kAssigned, member.name()));
    SignalService byBeheerder(db.db(), kToday);
    const auto everyone = byBeheerder.signals();
    QVERIFY2(everyone, qPrintable(everyone.error()));
    QVERIFY(stale(db.db()).isEmpty());

    auto asMember = openAs(member, db);
    QVERIFY(asMember);
    SignalService start(*asMember, kToday);
    const auto read = start.signals();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(start.evaluations(), 0);
    QList<Signal> expected = *everyone;
    if (!seesEveryone)
        expected.removeIf([](const Signal& s) { return s.pgn != kAssigned; });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(*read, expected);
    QCOMPARE(runs(*asMember, u"UPDATE signaal_opslag SET pgn = pgn"_s), stores);

    // A change to the leerling marks it, whoever makes it; the member's next start computes it,
    // and stores it only with the right to.
    Database& changer = role == Role::AlleenLezen ? db.db() : *asMember;
    QVERIFY(runs(changer, u"UPDATE absenties SET minuten = minuten WHERE pgn = ?"_s, {kAssigned}));
    QCOMPARE(stale(db.db()), QSet<QString>{kAssigned});
    SignalService next(*asMember, kToday);
    const auto again = next.signals();
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(next.evaluations(), 1);
    QCOMPARE(*again, expected);
    QCOMPARE(stale(db.db()).isEmpty(), stores);
}

// A computation holds its turn from before it reads until it stores, and a change holds its
// marks until it commits: neither starts while the other is open (each would wait; here the
// waiting side gives up after a moment to show it).
void TestTeamSignalStore::aComputationAndAChangeTakeTurns_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("a_correction")
        << u"UPDATE absenties SET minuten = minuten WHERE pgn = '%1'"_s.arg(kAssigned);
    QTest::newRow("a_new_leerling")
        << u"INSERT INTO leerlingen (pgn, achternaam, voornamen, tussenvoegsel, geboortedatum,"
           " geslacht, telefoon, email, straat, huisnummer, postcode, woonplaats, gemeente,"
           " opleiding, leerjaar, klas, locatie) VALUES ('999999990', 'Nieuw', 'Nina', '',"
           " '2014-03-01', 'V', '', '', '', '', '', '', '', '', '', '', '')"_s;
    QTest::newRow("the_schools_calendar")
        << u"INSERT INTO vrije_dagen (datum) VALUES ('2026-06-30')"_s;
}

void TestTeamSignalStore::aComputationAndAChangeTakeTurns()
{
    QFETCH(QString, change);
    TestDatabase db;
    QCOMPARE(db.importExample(kExample).status, ImportOutcome::Status::Stored);
    QVERIFY(SignalService(db.db(), kToday).signals());
    auto other = Database::open(db.location());
    QVERIFY2(other, qPrintable(other.error()));
    Database& second = **other;
    QVERIFY(runs(second, u"SET lock_timeout = '300ms'"_s));
    QVERIFY(runs(db.db(), u"SET lock_timeout = '300ms'"_s));

    // A change in progress keeps a computation from storing...
    const Status changed = second.transaction([&]() -> Status {
        if (!runs(second, change))
            return Error{u"the change itself failed"_s};
        const Status turn =
            db.db().transaction([&] { return SignalStore(db.db()).takeWriteTurn(); });
        return turn ? Status(Error{u"the computation got its turn during the change"_s}) : Status();
    });
    QVERIFY2(changed, qPrintable(changed.error()));
    // ...and a computation keeps the change waiting until it has stored.
    const Status computed = db.db().transaction([&]() -> Status {
        if (Status turn = SignalStore(db.db()).takeWriteTurn(); !turn)
            return turn;
        return second.transaction([&] { return Status(second.exec(change).failure()); })
                   ? Status(Error{u"the change went through during the computation"_s})
                   : Status();
    });
    QVERIFY2(computed, qPrintable(computed.error()));
    // One after the other, both go through; what the change touched is computed again.
    QVERIFY(runs(db.db(), u"SET lock_timeout = 0"_s));
    SignalService next(db.db(), kToday);
    QVERIFY(next.signals());
    QVERIFY(next.evaluations() > 0);
    QVERIFY(stale(db.db()).isEmpty());
}

void TestTeamSignalStore::anUpdateBringsTheStoreOwnedByTheOwner()
{
    TestDatabase db(12);
    QCOMPARE(db.importExample(kExample).status, ImportOutcome::Status::Stored);
    QVERIFY(!SignalStore(db.db()).isAvailable());
    const Status migrated = db.db().migrate(13, m_clock); // by the administrator's login
    QVERIFY2(migrated, qPrintable(migrated.error()));
    const QString owner = ownerOf(db.db());
    auto tables = db.db().exec(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
                               " AND tablename LIKE 'signaal\\_%' AND tableowner = ?"_s,
                               {owner});
    QVERIFY(tables && tables->next());
    QCOMPARE(tables->value(0).toInt(), 4); // signaal_werk, _stand, _opslag, _vuil
    // The administrator borrowed the owner's role for the update only.
    auto member = db.db().exec(u"SELECT pg_has_role(SESSION_USER, ?, 'MEMBER')"_s, {owner});
    QVERIFY(member && member->next());
    QVERIFY(!member->value(0).toBool());
    SignalService first(db.db(), kToday);
    QVERIFY(first.signals());
    SignalService start(db.db(), kToday);
    QVERIFY(start.signals());
    QCOMPARE(start.evaluations(), 0);
}

void TestTeamSignalStore::onlyTheAdministratorsLoginUpdates()
{
    const TestLogin beheerder; // without CREATEROLE, as team members' logins are
    TestDatabase db(12);
    QVERIFY(TeamService(db.db(), m_clock, u"beheerder"_s).add(beheerder.name(), Role::Beheerder));
    const auto opened = Database::open(beheerder.location(db));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"CREATEROLE"_s), qPrintable(opened.error()));
    QCOMPARE(db.db().schemaVersion(), 12);
    auto stored = db.db().exec(u"SELECT waarde FROM verzuimdesk_meta"
                               " WHERE sleutel = 'schemaversie'"_s);
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), u"12"_s);
}

QTEST_GUILESS_MAIN(TestTeamSignalStore)
#include "TestTeamSignalStore.moc"
