// SPDX-License-Identifier: GPL-3.0-or-later
// Every public method of the services that a member calls, called as a verzuimmedewerker with
// nothing in scope and as someone who is not a member of the team: what concerns a leerling or
// melding outside the scope is refused, and a list shows nothing of it. (The server holds the
// same line for the login itself: TestTeamDatabase.) Needs PostgreSQL, where roles exist.
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/AuditService.h"
#include "services/DossierNoteService.h"
#include "services/DossierService.h"
#include "services/DuoChangeService.h"
#include "services/FollowUpService.h"
#include "services/InzageService.h"
#include "services/MeldingService.h"
#include "services/OverviewService.h"
#include "services/RetentionService.h"
#include "services/SchoolService.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "services/SubmissionService.h"
#include "services/TeamService.h"
#include "services/VerzuimstaatService.h"
#include "storage/MeldingRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/TeamRepository.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kOutOfScope = u"300000029"_s; // no signal, no open melding, not assigned
const QDate kToday(2026, 1, 15);

// What a call came to: refused, or what it returned, as text in which a PGN would show.
struct Outcome
{
    bool refused = false;
    QString returned;
};

Outcome of(const Status& status)
{
    return {!status.ok(), {}};
}

template <typename T, typename Describe> Outcome of(const Result<T>& result, Describe describe)
{
    return result ? Outcome{false, describe(*result)} : Outcome{true, {}};
}

template <typename T> Outcome of(const Result<T>& result)
{
    return of(result, [](const T&) { return QString(); });
}

QString pgnsOf(const auto& items)
{
    QStringList pgns;
    for (const auto& item : items)
        pgns.append(item.pgn);
    return pgns.join(u' ');
}

QString rowsOf(const ExportTable& table)
{
    QStringList cells;
    for (const QVariantList& row : table.rows) {
        for (const QVariant& cell : row)
            cells.append(cell.toString());
    }
    return cells.join(u' ');
}

// What every call may use: the out-of-scope leerling's closed melding, its submission, the school.
struct Fixture
{
    Database* db = nullptr;
    const Clock* clock = nullptr;
    Melding closedMelding;
    qint64 submission = 0;
    School school;
    QString folder;
};

using Call = std::function<Outcome(const Fixture&, const QString& user)>;

enum class Kind
{
    Refused, // about the out-of-scope leerling, or beyond the role: refused
    Listed,  // a list: refused, or nothing of the out-of-scope leerling in it
};

struct Method
{
    const char* name;
    Kind kind;
    Call call;
};

VerzuimstaatService::Period period()
{
    return {QDate(2025, 12, 15), QDate(2026, 1, 14)};
}

// The services' public methods, each called the way a screen or command would.
const QList<Method>& methods()
{
    using K = Kind;
    static const QList<Method> all{
        {"absence_day", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(AbsenceEditService(*f.db, *f.clock, u).day(kOutOfScope, QDate(2026, 1, 12)));
         }},
        {"absence_replace_day", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(AbsenceEditService(*f.db, *f.clock, u)
                           .replaceDay(kOutOfScope, QDate(2026, 1, 12), {}));
         }},
        {"audit_entries", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(AuditService(*f.db, *f.clock, u).entries());
         }},
        {"audit_table", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(AuditService(*f.db, *f.clock, u).table(kOutOfScope));
         }},
        {"audit_export", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(AuditService(*f.db, *f.clock, u)
                           .exportTo(f.folder + u"/audit.csv"_s, Overwrite::Allow));
         }},
        {"note_add", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DossierNoteService(*f.db, *f.clock, u).add(kOutOfScope, u"x"_s, false));
         }},
        {"notes_of_leerling", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DossierNoteService(*f.db, *f.clock, u).forLeerling(kOutOfScope));
         }},
        {"dossier_open", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DossierService(*f.db, *f.clock, u).open(kOutOfScope));
         }},
        {"consent_set", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(
                 DossierService(*f.db, *f.clock, u).setConsentToContactParents(kOutOfScope, true));
         }},
        {"duo_change_pending", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DuoChangeService(*f.db, *f.clock, u).pending(f.closedMelding.id));
         }},
        {"duo_change_pending_for", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DuoChangeService(*f.db, *f.clock, u).pendingFor(f.closedMelding));
         }},
        {"duo_change_confirm", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(DuoChangeService(*f.db, *f.clock, u).confirmPassedOn(f.closedMelding.id));
         }},
        {"follow_up_tasks", K::Listed,
         [](const Fixture& f, const QString& u) {
             return of(FollowUpService(*f.db, *f.clock, u).tasks(kToday),
                       [](const auto& tasks) { return pgnsOf(tasks); });
         }},
        {"follow_up_tasks_of_leerling", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(FollowUpService(*f.db, *f.clock, u).tasks(kToday, kOutOfScope));
         }},
        {"inzage_collect", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(InzageService(*f.db, *f.clock, u).collect(kOutOfScope));
         }},
        {"inzage_export", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(InzageService(*f.db, *f.clock, u)
                           .exportTo(kOutOfScope, f.folder + u"/inzage.json"_s, Overwrite::Allow));
         }},
        {"melding_draft", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .draft(kOutOfScope, SignalKind::SixteenHours, QDate(2026, 1, 14)));
         }},
        {"melding_draft_from_signal", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(
                 MeldingService(*f.db, *f.clock, u)
                     .draftFromSignal(kOutOfScope, SignalKind::SixteenHours, QDate(2026, 1, 14)));
         }},
        {"melding_copy", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).copy(f.closedMelding.id));
         }},
        {"melding_find", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).find(f.closedMelding.id));
         }},
        {"meldingen_all", K::Listed,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).all(),
                       [](const auto& meldingen) { return pgnsOf(meldingen); });
         }},
        {"meldingen_of_leerling", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).forLeerling(kOutOfScope));
         }},
        {"melding_versions", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).versions(f.closedMelding.id));
         }},
        {"melding_invulhulp", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .writeInvulhulp(f.closedMelding.id, f.folder + u"/invulhulp.pdf"_s,
                                           Overwrite::Allow));
         }},
        {"melding_set_fields", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .setFields(f.closedMelding.id, {{u"reden"_s, u"x"_s}}));
         }},
        {"melding_save_edit", K::Refused,
         [](const Fixture& f, const QString& u) {
             Melding edited = f.closedMelding;
             edited.reason = u"x"_s;
             return of(MeldingService(*f.db, *f.clock, u).saveEdit(f.closedMelding, edited));
         }},
        {"melding_set_status", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .setStatus(f.closedMelding.id, MeldingStatus::InBehandeling));
         }},
        {"melding_register", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(
                 MeldingService(*f.db, *f.clock, u).registerAtDuo(f.closedMelding.id, u"VM-9"_s));
         }},
        {"melding_write_registration", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .writeRegistration(f.closedMelding, u"VM-9"_s, u"loket"_s));
         }},
        {"melding_withdraw", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u)
                           .withdraw(f.closedMelding.id, WithdrawalReason::FoutiefOpgevoerd));
         }},
        {"melding_update", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(MeldingService(*f.db, *f.clock, u).update(f.closedMelding));
         }},
        {"overview_meldingen", K::Listed,
         [](const Fixture& f, const QString& u) {
             return of(OverviewService(*f.db, *f.clock, u).meldingen(), rowsOf);
         }},
        {"overview_signalen", K::Listed,
         [](const Fixture& f, const QString& u) {
             return of(OverviewService(*f.db, *f.clock, u).signalen(kToday), rowsOf);
         }},
        {"overview_attendance", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(OverviewService(*f.db, *f.clock, u).attendance(kOutOfScope));
         }},
        {"retention_set_years", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(RetentionService(*f.db, *f.clock, u).setRetentionYears(7));
         }},
        {"retention_preview", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(RetentionService(*f.db, *f.clock, u).preview());
         }},
        {"retention_purge_again", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(RetentionService(*f.db, *f.clock, u)
                           .purgeAgain({{f.clock->now(), QDate(2030, 1, 1)}}));
         }},
        {"school_save", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SchoolService(*f.db, *f.clock, u).save(f.school));
         }},
        {"signal_work_track", K::Listed,
         [](const Fixture& f, const QString& u) {
             auto signals = SignalService(*f.db, kToday).signals();
             if (!signals)
                 return Outcome{true, {}};
             return of(SignalWorkService(*f.db, *f.clock, u).track(*signals),
                       [](const QList<TrackedSignal>& tracked) {
                           QStringList pgns;
                           for (const TrackedSignal& t : tracked)
                               pgns.append(t.signal.pgn);
                           return pgns.join(u' ');
                       });
         }},
        {"signal_work_set_status", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SignalWorkService(*f.db, *f.clock, u)
                           .setStatus({}, {kOutOfScope, SignalKind::SixteenHours, kToday, 0},
                                      SignalStatus::NotReported, u"x"_s));
         }},
        {"outbox", K::Listed,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u).outbox(),
                       [](const auto& outbox) { return pgnsOf(outbox); });
         }},
        {"submission_save_connection", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u).saveConnection({}));
         }},
        {"submission_latest", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u).latestFor(f.closedMelding.id));
         }},
        {"submission_events", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u).events(f.submission));
         }},
        {"submission_rejection", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u).rejectionOf(f.closedMelding.id));
         }},
        {"submission_choose_channel", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(SubmissionService(*f.db, *f.clock, u)
                           .chooseChannel(f.closedMelding.id, SubmissionChannel::Loket));
         }},
        {"team_members", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(TeamService(*f.db, *f.clock, u).members());
         }},
        {"team_add", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(TeamService(*f.db, *f.clock, u).add(u"iemand"_s, Role::Beheerder));
         }},
        {"team_remove", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(TeamService(*f.db, *f.clock, u).remove(u"baas"_s));
         }},
        {"team_assign", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(TeamService(*f.db, *f.clock, u).assign(kOutOfScope, u"mw"_s));
         }},
        {"verzuimstaat_build", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(VerzuimstaatService(*f.db, *f.clock, u).build(kOutOfScope, period()));
         }},
        {"verzuimstaat_pdf", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(VerzuimstaatService(*f.db, *f.clock, u).pdf(kOutOfScope, period()));
         }},
        {"verzuimstaat_write_one", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(VerzuimstaatService(*f.db, *f.clock, u)
                           .writeOne({kOutOfScope}, period(), f.folder + u"/staat.pdf"_s,
                                     Overwrite::Allow));
         }},
        {"verzuimstaat_write_each", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(VerzuimstaatService(*f.db, *f.clock, u)
                           .writeEach({kOutOfScope}, period(), f.folder, Overwrite::Allow));
         }},
        {"verzuimstaat_attach", K::Refused,
         [](const Fixture& f, const QString& u) {
             return of(
                 VerzuimstaatService(*f.db, *f.clock, u).attach(f.closedMelding.id, period()));
         }},
    };
    return all;
}

} // namespace

class TestServiceGuards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void outsideTheScopeNothingIsGiven_data();
    void outsideTheScopeNothingIsGiven();

private:
    const FixedClock m_clock{QDateTime(kToday, QTime(9, 0))};
    std::unique_ptr<TestDatabase> m_db;
    Fixture m_fixture;
};

void TestServiceGuards::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("roles need a team database: set VERZUIMDESK_TEST_POSTGRES");
    m_db = std::make_unique<TestDatabase>();
    Database& db = m_db->db();
    QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    TeamRepository team(db);
    QVERIFY(team.upsert({u"baas"_s, Role::Beheerder, m_clock.now(), u"test"_s}));
    QVERIFY(team.upsert({u"mw"_s, Role::Medewerker, m_clock.now(), u"test"_s}));
    // A melding of the out-of-scope leerling that is done with, and its submission.
    Melding closed;
    closed.pgn = kOutOfScope;
    closed.startDate = QDate(2025, 11, 3);
    closed.endDate = QDate(2025, 11, 28);
    const Status stored = db.transaction([&]() -> Status {
        auto inserted = MeldingRepository(db).insert(closed, u"baas"_s, m_clock.now());
        if (!inserted)
            return Error{inserted.error()};
        inserted->status = MeldingStatus::Afgesloten;
        auto updated = MeldingRepository(db).update(*inserted, u"baas"_s, m_clock.now());
        if (!updated)
            return Error{updated.error()};
        m_fixture.closedMelding = *updated;
        auto submission = SubmissionRepository(db).enqueue(updated->id, updated->version,
                                                           SubmissionChannel::Loket, m_clock.now());
        if (!submission)
            return Error{submission.error()};
        m_fixture.submission = submission->id;
        return {};
    });
    QVERIFY2(stored, qPrintable(stored.error()));
    const auto school = SchoolService(db, m_clock, u"baas"_s).load();
    QVERIFY(school && school->has_value());
    m_fixture = {&db,      &m_clock,   m_fixture.closedMelding, m_fixture.submission,
                 **school, m_db->dir()};
}

void TestServiceGuards::outsideTheScopeNothingIsGiven_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("user");
    for (qsizetype i = 0; i < methods().size(); ++i) {
        for (const QString& user : {u"mw"_s, u"vreemde"_s})
            QTest::addRow("%s_as_%s", methods()[i].name, qPrintable(user)) << int(i) << user;
    }
}

void TestServiceGuards::outsideTheScopeNothingIsGiven()
{
    QFETCH(int, method);
    QFETCH(QString, user);
    const Method& m = methods()[method];
    const Outcome outcome = m.call(m_fixture, user);
    if (m.kind == Kind::Refused || user == u"vreemde"_s) {
        QVERIFY2(outcome.refused, qPrintable(outcome.returned));
        return;
    }
    QVERIFY2(outcome.refused || !outcome.returned.contains(kOutOfScope),
             qPrintable(outcome.returned));
}

QTEST_GUILESS_MAIN(TestServiceGuards)
#include "TestServiceGuards.moc"
