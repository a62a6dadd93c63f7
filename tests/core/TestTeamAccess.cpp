// SPDX-License-Identifier: GPL-3.0-or-later
// The role boundaries on a team database, enforced by the services themselves: every service a
// screen or command uses refuses what the user's role does not allow, and a verzuimmedewerker
// cannot open a leerling outside their scope. Needs PostgreSQL (a SQLite file has one user, who
// is beheerder: TestRoles).
#include "MeldingFixture.h"
#include "TestDatabase.h"
#include "services/AuditService.h"
#include "services/DossierNoteService.h"
#include "services/DossierService.h"
#include "services/MeldingService.h"
#include "services/OverviewService.h"
#include "services/Permissions.h"
#include "services/RetentionService.h"
#include "services/SchoolService.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "services/SubmissionService.h"
#include "services/TeamService.h"
#include "storage/LeerlingRepository.h"
#include "storage/MeldingRepository.h"
#include "storage/TeamRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kInScope = u"300000017"_s;    // has an open 16-uur signal on the test's day
const QString kOutOfScope = u"300000029"_s; // no signal, no melding, not assigned

enum class Action
{
    OpenDossier,
    AddNote,
    RecordConsent,
    DraftMelding,
    RegisterAtDuo,
    Import,
    SaveSchool,
    PurgePreview,
    ReadAudit,
    ListMembers,
    ExportOverview,
    MarkReady,
    ListOutbox,
};

// A team: one member per role, named after it.
void addTeam(Database& db)
{
    TeamRepository team(db);
    const QDateTime at(QDate(2026, 1, 15), QTime(9, 0));
    for (const auto& [name, role] :
         {std::pair{u"baas"_s, Role::Beheerder}, std::pair{u"coord"_s, Role::Coordinator},
          std::pair{u"mw"_s, Role::Medewerker}, std::pair{u"lezer"_s, Role::AlleenLezen}}) {
        QVERIFY(team.upsert({name, role, at, u"test"_s}));
    }
}

Status statusOf(const auto& result)
{
    return result ? Status() : Status(Error{result.error()});
}

} // namespace

class TestTeamAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servicesEnforceRoles_data();
    void servicesEnforceRoles();
    void medewerkerCannotOpenALeerlingOutsideTheirScope();
    void scopeFollowsAssignmentMeldingAndSignal();
    void listsShowOnlyTheScope();
    void nonMemberGetsNothing();

private:
    Status perform(TestDatabase& db, Action action, const QString& user);
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestTeamAccess::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("roles need a team database: set VERZUIMDESK_TEST_POSTGRES");
}

Status TestTeamAccess::perform(TestDatabase& db, Action action, const QString& user)
{
    Database& d = db.db();
    switch (action) {
    case Action::OpenDossier:
        return statusOf(DossierService(d, m_clock, user).open(kInScope));
    case Action::AddNote:
        return statusOf(DossierNoteService(d, m_clock, user).add(kInScope, u"Gebeld"_s, false));
    case Action::RecordConsent:
        return DossierService(d, m_clock, user).setConsentToContactParents(kInScope, true);
    case Action::DraftMelding:
        return statusOf(
            MeldingService(d, m_clock, user)
                .draftFromSignal(kInScope, SignalKind::SixteenHours, QDate(2026, 1, 14)));
    case Action::RegisterAtDuo: {
        const auto draft =
            MeldingService(d, m_clock, u"baas"_s)
                .draftFromSignal(kInScope, SignalKind::SixteenHours, QDate(2026, 1, 14));
        if (!draft)
            return Error{draft.error()};
        return statusOf(MeldingService(d, m_clock, user).registerAtDuo(draft->id, u"M-1"_s));
    }
    case Action::Import: {
        BackupStore backups(d, m_clock);
        const ImportOutcome outcome =
            ImportService(d, backups, user)
                .run({examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s),
                      {},
                      {},
                      {},
                      {}});
        return outcome.failure.isEmpty() ? Status() : Status(Error{outcome.failure});
    }
    case Action::SaveSchool: {
        const auto school = SchoolService(d, m_clock, u"baas"_s).load();
        if (!school || !school->has_value())
            return Error{u"no school"_s};
        return SchoolService(d, m_clock, user).save(**school);
    }
    case Action::PurgePreview:
        return statusOf(RetentionService(d, m_clock, user).preview());
    case Action::ReadAudit:
        return statusOf(AuditService(d, m_clock, user).entries());
    case Action::ListMembers:
        return statusOf(TeamService(d, m_clock, user).members());
    case Action::ExportOverview:
        return statusOf(OverviewService(d, m_clock, user).meldingen());
    case Action::MarkReady: {
        MeldingService byBeheerder(d, m_clock, u"baas"_s);
        const qint64 draft = completedDraft(byBeheerder);
        return statusOf(MeldingService(d, m_clock, user).setStatus(draft, MeldingStatus::Gereed));
    }
    case Action::ListOutbox:
        return statusOf(SubmissionService(d, m_clock, user).outbox());
    }
    return Error{u"unknown action"_s};
}

void TestTeamAccess::servicesEnforceRoles_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("user");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");

    const struct
    {
        Action action;
        const char* name;
        Permission permission;
    } actions[] = {
        {Action::OpenDossier, "open_dossier", Permission::ViewLeerling},
        {Action::AddNote, "add_note", Permission::EditLeerling},
        {Action::RecordConsent, "record_consent", Permission::EditLeerling},
        {Action::DraftMelding, "draft_melding", Permission::EditMelding},
        {Action::RegisterAtDuo, "register_at_duo", Permission::SubmitMelding},
        {Action::Import, "import", Permission::Import},
        {Action::SaveSchool, "save_school", Permission::ManageSettings},
        {Action::PurgePreview, "purge_preview", Permission::Purge},
        {Action::ReadAudit, "read_audit", Permission::ViewAudit},
        {Action::ListMembers, "list_members", Permission::ManageUsers},
        {Action::ExportOverview, "export_overview", Permission::ExportOverview},
        {Action::MarkReady, "mark_ready", Permission::SubmitMelding},
        {Action::ListOutbox, "list_outbox", Permission::ViewLeerling},
    };
    const std::pair<QString, Role> users[] = {{u"baas"_s, Role::Beheerder},
                                              {u"coord"_s, Role::Coordinator},
                                              {u"mw"_s, Role::Medewerker},
                                              {u"lezer"_s, Role::AlleenLezen}};
    for (const auto& a : actions) {
        for (const auto& [user, role] : users) {
            QTest::addRow("%s_%s", qPrintable(user), a.name)
                << a.action << user << a.permission << Roles::allows(role, a.permission);
        }
    }
}

void TestTeamAccess::servicesEnforceRoles()
{
    QFETCH(Action, action);
    QFETCH(QString, user);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);

    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    if (action == Action::MarkReady)
        importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s); // a melding can be ready
    addTeam(db.db());
    const auto access = Permissions::of(db.db(), user, m_clock);
    QVERIFY2(access, qPrintable(access.error()));
    const Status refusal = access->require(permission);
    QCOMPARE(bool(refusal), allowed);

    const Status outcome = perform(db, action, user);
    if (allowed && action == Action::RegisterAtDuo) {
        // Allowed, and refused for its own reason: a concept cannot be registered yet.
        QVERIFY(!outcome);
        QVERIFY2(!outcome.error().contains(access->user()), qPrintable(outcome.error()));
    } else if (allowed) {
        QVERIFY2(outcome, qPrintable(outcome.error()));
    } else {
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().contains(refusal.error()), qPrintable(outcome.error()));
    }
}

void TestTeamAccess::medewerkerCannotOpenALeerlingOutsideTheirScope()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    addTeam(db.db());
    DossierService dossiers(db.db(), m_clock, u"mw"_s);
    QVERIFY(dossiers.open(kInScope));
    const auto outside = dossiers.open(kOutOfScope);
    QVERIFY(!outside);
    QVERIFY2(outside.error().contains(kOutOfScope), qPrintable(outside.error()));
    // Nor through the other doors to the same data.
    QVERIFY(!DossierNoteService(db.db(), m_clock, u"mw"_s).forLeerling(kOutOfScope));
    QVERIFY(!DossierNoteService(db.db(), m_clock, u"mw"_s).add(kOutOfScope, u"Gebeld"_s, false));
    QVERIFY(!MeldingService(db.db(), m_clock, u"mw"_s).forLeerling(kOutOfScope));
    QVERIFY(!OverviewService(db.db(), m_clock, u"mw"_s).attendance(kOutOfScope));
    // Everyone else sees every leerling.
    for (const QString& user : {u"baas"_s, u"coord"_s, u"lezer"_s})
        QVERIFY2(DossierService(db.db(), m_clock, user).open(kOutOfScope), qPrintable(user));
}

void TestTeamAccess::scopeFollowsAssignmentMeldingAndSignal()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    addTeam(db.db());
    const auto mw = Permissions::of(db.db(), u"mw"_s, m_clock);
    QVERIFY(mw);
    QCOMPARE(mw->inScope(kOutOfScope).value(), false);

    // Assigned: in scope; the assignment taken back: out again.
    TeamService team(db.db(), m_clock, u"baas"_s);
    QVERIFY(team.assign(kOutOfScope, u"mw"_s));
    QCOMPARE(mw->inScope(kOutOfScope).value(), true);
    QVERIFY(team.assign(kOutOfScope, u"mw"_s, false));
    QCOMPARE(mw->inScope(kOutOfScope).value(), false);

    // The open signal keeps 300000017 in scope until it is set aside.
    QCOMPARE(mw->inScope(kInScope).value(), true);
    const auto signalList = SignalService(db.db(), m_clock.today()).signalsOf(kInScope);
    QVERIFY(signalList);
    SignalWorkService work(db.db(), m_clock, u"baas"_s);
    for (const Signal& s : *signalList) {
        QVERIFY(work.setStatus(*signalList, SignalKey::of(s), SignalStatus::NotReported,
                               u"Afgestemd met de leerplichtambtenaar"_s));
    }
    QCOMPARE(mw->inScope(kInScope).value(), false);

    // An open melding brings the leerling back.
    QVERIFY(MeldingService(db.db(), m_clock, u"baas"_s)
                .draftFromSignal(kInScope, SignalKind::SixteenHours, QDate(2026, 1, 14)));
    QCOMPARE(mw->inScope(kInScope).value(), true);
}

void TestTeamAccess::listsShowOnlyTheScope()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    addTeam(db.db());
    const auto mw = Permissions::of(db.db(), u"mw"_s, m_clock);
    QVERIFY(mw);
    const auto scope = mw->scopeToday();
    QVERIFY2(scope, qPrintable(scope.error()));
    QVERIFY(scope->has_value());
    QCOMPARE(**scope, QSet<QString>{kInScope});

    const auto coord = Permissions::of(db.db(), u"coord"_s, m_clock);
    QVERIFY(coord && coord->scopeToday());
    QVERIFY(!coord->scopeToday()->has_value()); // everyone

    // The leerlingen list of both.
    const auto mwLeerlingen = Permissions::visibleLeerlingen(db.db(), u"mw"_s, m_clock);
    QVERIFY2(mwLeerlingen, qPrintable(mwLeerlingen.error()));
    QCOMPARE(mwLeerlingen->size(), 1);
    QCOMPARE(mwLeerlingen->first().pgn, kInScope);
    const auto coordLeerlingen = Permissions::visibleLeerlingen(db.db(), u"coord"_s, m_clock);
    QVERIFY(coordLeerlingen);
    QCOMPARE(coordLeerlingen->size(), LeerlingRepository(db.db()).all()->size());
    QVERIFY(coordLeerlingen->size() > 1);

    // The meldingen list of a medewerker holds only meldingen of leerlingen in scope.
    QVERIFY(TeamService(db.db(), m_clock, u"baas"_s).assign(kOutOfScope, u"mw"_s));
    MeldingService baas(db.db(), m_clock, u"baas"_s);
    QVERIFY(baas.draftFromSignal(kInScope, SignalKind::SixteenHours, QDate(2026, 1, 14)));
    QVERIFY(TeamService(db.db(), m_clock, u"baas"_s).assign(kOutOfScope, u"mw"_s, false));
    // A closed melding of the leerling outside the scope, which the list must leave out.
    auto closed = baas.all()->first();
    closed.pgn = kOutOfScope;
    closed.status = MeldingStatus::Afgesloten;
    closed.signal.reset();
    QVERIFY(MeldingRepository(db.db()).insert(closed, u"baas"_s, m_clock.now()));
    QCOMPARE(baas.all()->size(), 2);
    const auto seen = MeldingService(db.db(), m_clock, u"mw"_s).all();
    QVERIFY(seen);
    QCOMPARE(seen->size(), 1);
    QCOMPARE(seen->first().pgn, kInScope);
}

void TestTeamAccess::nonMemberGetsNothing()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const auto stranger = Permissions::of(db.db(), u"onbekend"_s, m_clock);
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().contains(u"onbekend"_s), qPrintable(stranger.error()));
    const auto outbox = SubmissionService(db.db(), m_clock, u"onbekend"_s).outbox();
    QVERIFY(!outbox);
    QVERIFY2(outbox.error().contains(u"onbekend"_s), qPrintable(outbox.error()));
    QVERIFY(!DossierService(db.db(), m_clock, u"onbekend"_s).open(kInScope));
    QVERIFY(!Permissions::visibleLeerlingen(db.db(), u"onbekend"_s, m_clock));
}

QTEST_GUILESS_MAIN(TestTeamAccess)
#include "TestTeamAccess.moc"
