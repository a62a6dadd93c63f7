// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingFixture.h"
#include "TestDatabase.h"

#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "storage/LeerlingRepository.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

class TestMeldingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixteenHourDraftNeedsOnlyReasonAndAction();
    void draftSoortFollowsSignalAndAge_data();
    void draftSoortFollowsSignalAndAge();
    void continuousMeldingShowsTheWholeRun_data();
    void continuousMeldingShowsTheWholeRun();
    void schoolSignalDraftsNoDuoMelding_data();
    void schoolSignalDraftsNoDuoMelding();
    void registeredMeldingKeepsDuosChangeableFields_data();
    void registeredMeldingKeepsDuosChangeableFields();
    void typedEditSavesOnlyWhatMayChange_data();
    void typedEditSavesOnlyWhatMayChange();
    void contactsArePreTicked_data();
    void contactsArePreTicked();
    void sickLeaveIsNeverReported();
    void everyChangeIsAVersionWithDifferences();
    void copyStartsARepeatMelding();
    void lifeCycle();
    void signalStatusFollowsTheMelding();
    void registeringThroughTheStatusMarksTheSignalToo();
    void onlyDuoChangeableFieldsAfterRegistration();
    void withdrawalTimeLimits_data();
    void withdrawalTimeLimits();
};

void TestMeldingService::sixteenHourDraftNeedsOnlyReasonAndAction()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    auto draft =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->startDate, QDate(2026, 1, 12));
    QCOMPARE(draft->endDate, QDate(2026, 1, 14));
    QCOMPARE(draft->days.size(), 3);
    QVERIFY(draft->allLessonsMissed);
    QCOMPARE(draft->schoolContact.name, u"J. de Wit"_s);
    QCOMPARE(service.validate(*draft)->errors.size(), 2); // reden and ondernomen actie

    auto completed =
        service.setFields(draft->id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s},
                                      {u"acties"_s, u"telefonisch"_s}});
    QVERIFY2(completed, qPrintable(completed.error()));
    const auto validation = service.validate(*completed);
    QVERIFY2(validation->errors.isEmpty(), qPrintable(validation->errors.value(0).text));
    QVERIFY(service.setStatus(draft->id, MeldingStatus::Gereed));
}

void TestMeldingService::draftSoortFollowsSignalAndAge_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<SignalKind>("kind");
    QTest::addColumn<QDate>("reached");
    QTest::addColumn<MeldingSoort>("soort");
    QTest::addColumn<bool>("priority");
    QTest::newRow("16uur_minor") << u"p01_po_16uur_en_herhaling"_s << u"300000017"_s
                                 << SignalKind::SixteenHours << QDate(2026, 2, 2)
                                 << MeldingSoort::SixteenHours << false;
    QTest::newRow("lrv_always_priority")
        << u"p03_continu_lrv_en_rmc"_s << u"300002014"_s << SignalKind::Lrv << QDate(2026, 3, 27)
        << MeldingSoort::Lrv << true;
    QTest::newRow("16uur_18plus") << u"p03_continu_lrv_en_rmc"_s << u"300002026"_s
                                  << SignalKind::SixteenHoursAdult << QDate(2026, 3, 4)
                                  << MeldingSoort::SixteenHoursAdult << false;
    QTest::newRow("rmc_18plus") << u"p03_continu_lrv_en_rmc"_s << u"300002026"_s << SignalKind::Rmc
                                << QDate(2026, 3, 27) << MeldingSoort::Rmc << false;
}

void TestMeldingService::draftSoortFollowsSignalAndAge()
{
    QFETCH(QString, example);
    QFETCH(QString, pgn);
    QFETCH(SignalKind, kind);
    QFETCH(QDate, reached);
    QFETCH(MeldingSoort, soort);
    QFETCH(bool, priority);
    TestDatabase db;
    importSchoolWithContacts(db, example);
    const FixedClock clock(reached.addDays(1));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    auto draft = service.draftFromSignal(pgn, kind, reached);
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->soort, soort);
    QCOMPARE(draft->priority, priority);
    const auto validation = service.validate(*draft);
    QVERIFY(std::none_of(validation->errors.cbegin(), validation->errors.cend(),
                         [](const Finding& f) { return f.field == u"soort"_s; }));
}

void TestMeldingService::continuousMeldingShowsTheWholeRun_data()
{
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<SignalKind>("earlier"); // Preventive: no earlier melding
    QTest::addColumn<SignalKind>("kind");
    QTest::addColumn<QString>("note");
    const QString run = u"Ononderbroken afwezig sinds 02-03-2026; de dagen vóór 26-03-2026 zijn "
                        u"eerder gemeld (16 uur)."_s;
    QTest::newRow("lrv_after_a_16uur_melding")
        << u"300002014"_s << SignalKind::SixteenHours << SignalKind::Lrv << run;
    QTest::newRow("rmc_after_a_16uur_18plus_melding")
        << u"300002026"_s << SignalKind::SixteenHoursAdult << SignalKind::Rmc << run;
    QTest::newRow("lrv_without_earlier_melding_starts_with_the_run")
        << u"300002014"_s << SignalKind::Preventive << SignalKind::Lrv << QString();
}

void TestMeldingService::continuousMeldingShowsTheWholeRun()
{
    QFETCH(QString, pgn);
    QFETCH(SignalKind, earlier);
    QFETCH(SignalKind, kind);
    QFETCH(QString, note);
    TestDatabase db;
    importSchoolWithContacts(db, u"p03_continu_lrv_en_rmc"_s);
    const FixedClock clock(QDate(2026, 3, 27));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    if (earlier != SignalKind::Preventive)
        QVERIFY(service.draftFromSignal(pgn, earlier, QDate(2026, 3, 25)));
    const auto draft = service.draftFromSignal(pgn, kind, QDate(2026, 3, 27));
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->absenceNote, note);
}

void TestMeldingService::contactsArePreTicked_data()
{
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<bool>("consent");
    QTest::addColumn<QList<bool>>("sent");
    QTest::newRow("minor_secret_contact_not_sent")
        << u"300000017"_s << false << QList<bool>{true, false};
    QTest::newRow("adult_without_consent_nothing_sent")
        << u"300002026"_s << false << QList<bool>{false};
    QTest::newRow("adult_with_consent_parent_sent") << u"300002026"_s << true << QList<bool>{true};
}

void TestMeldingService::contactsArePreTicked()
{
    QFETCH(QString, pgn);
    QFETCH(bool, consent);
    QFETCH(QList<bool>, sent);
    TestDatabase db;
    importSchoolWithContacts(db, pgn == u"300000017"_s ? u"p01_po_16uur_en_herhaling"_s
                                                       : u"p03_continu_lrv_en_rmc"_s);
    QVERIFY(db.db().transaction(
        [&] { return LeerlingRepository(db.db()).setConsentToContactParents(pgn, consent); }));
    const FixedClock clock(QDate(2026, 3, 31));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    auto draft = pgn == u"300000017"_s
                     ? service.draftFromSignal(pgn, SignalKind::SixteenHours, QDate(2026, 1, 14))
                     : service.draftFromSignal(pgn, SignalKind::Rmc, QDate(2026, 3, 27));
    QVERIFY2(draft, qPrintable(draft.error()));
    QList<bool> actual;
    for (const MeldingContact& c : draft->contacts)
        actual.append(c.send);
    QCOMPARE(actual, sent);
}

void TestMeldingService::sickLeaveIsNeverReported()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const QString sick =
        db.writeFile(u"ziek.csv"_s, "pgn;datum;code;minuten;hele_dag\n"
                                    "300000029;2026-03-16;Z;330;1\n300000029;2026-03-17;Z;330;1\n"
                                    "300000029;2026-03-18;Z;330;1\n300000029;2026-03-19;Z;330;1\n"
                                    "300000029;2026-03-20;Z;330;1\n300000029;2026-03-23;Z;330;1\n"
                                    "300000029;2026-03-24;Z;330;1\n");
    QCOMPARE(db.importService().run({{}, {}, {}, sick, {}}).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 25));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    auto draft = service.draftFromSignal(u"300000029"_s, SignalKind::SickMazl, QDate(2026, 3, 24));
    QVERIFY(!draft);
    QVERIFY(service.all()->isEmpty());
}

void TestMeldingService::everyChangeIsAVersionWithDifferences()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    clock.set(QDateTime(QDate(2026, 1, 15), QTime(9, 5)));
    QVERIFY(service.setFields(id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s}}));
    QVERIFY(service.setFields(id, {{u"meesturen.1"_s, u"nee"_s}, {u"prioriteit"_s, u"ja"_s}}));
    const auto versions = service.versions(id);
    QVERIFY(versions);
    QCOMPARE(versions->size(), 3);
    QCOMPARE(versions->at(1).savedAt, QDateTime(QDate(2026, 1, 15), QTime(9, 5)));
    QCOMPARE(versions->at(1).savedBy, u"coordinator"_s);
    QStringList changed;
    for (const FieldDifference& d : differences(versions->at(1).melding, versions->at(2).melding))
        changed.append(d.key);
    QCOMPARE(changed, (QStringList{u"prioriteit"_s, u"contactpersonen"_s}));
    QCOMPARE(differences(versions->at(0).melding, versions->at(1).melding).first().after,
             u"Blijft thuis na ruzie met klasgenoten"_s);
}

// van-signaal-naar-melding §6: PREVENTIEF, and TE_LAAT below the ladder's last level, lead to
// the school's own action, never to a DUO melding.
void TestMeldingService::schoolSignalDraftsNoDuoMelding_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<SignalKind>("kind");
    QTest::addColumn<QDate>("reached");
    QTest::newRow("preventief") << u"p01_po_16uur_en_herhaling"_s << u"300000017"_s
                                << SignalKind::Preventive << QDate(2026, 1, 13);
    QTest::newRow("te_laat_level_3")
        << u"p02_vo_lesuren_te_laat"_s << u"300001010"_s << SignalKind::Late << QDate(2026, 6, 3);
    QTest::newRow("te_laat_level_6")
        << u"p02_vo_lesuren_te_laat"_s << u"300001010"_s << SignalKind::Late << QDate(2026, 6, 8);
}

void TestMeldingService::schoolSignalDraftsNoDuoMelding()
{
    QFETCH(QString, example);
    QFETCH(QString, pgn);
    QFETCH(SignalKind, kind);
    QFETCH(QDate, reached);
    TestDatabase db;
    importSchoolWithContacts(db, example);
    const FixedClock clock(reached);
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const auto draft = service.draftFromSignal(pgn, kind, reached);
    QVERIFY(!draft);
    QVERIFY2(draft.error().contains(u"not reported to DUO"_s), qPrintable(draft.error()));
    QVERIFY(service.all()->isEmpty());
}

// van-signaal-naar-melding §6 (loket 001 §4.2): on a registered, open melding the school may
// still change reden, toelichting, einddatum, verbijzondering, contacts and acties; the period's
// start and the soort are DUO's.
void TestMeldingService::registeredMeldingKeepsDuosChangeableFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("changeable");
    QTest::newRow("reden") << u"reden"_s << u"Blijft thuis, zorgen om de thuissituatie"_s << true;
    QTest::newRow("toelichting_verzuim") << u"toelichting_verzuim"_s << u"Sinds de kerst"_s << true;
    QTest::newRow("einddatum") << u"einddatum"_s << u"2026-01-16"_s << true;
    QTest::newRow("verbijzondering")
        << u"verbijzondering"_s << u"vermoedelijk ongeoorloofd"_s << true;
    QTest::newRow("contact_sent_along") << u"meesturen.1"_s << u"nee"_s << true;
    QTest::newRow("acties") << u"acties"_s << u"brief,gesprek"_s << true;
    QTest::newRow("toelichting_acties") << u"toelichting_acties"_s << u"Twee keer gebeld"_s << true;
    QTest::newRow("begindatum_is_duos") << u"begindatum"_s << u"2026-01-05"_s << false;
    QTest::newRow("soort_is_duos") << u"soort"_s << u"OVERIG"_s << false;
}

void TestMeldingService::registeredMeldingKeepsDuosChangeableFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, changeable);
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = registeredDraft(service, u"VM-2026-0042"_s);
    const auto changed = service.setFields(id, {{field, value}});
    QCOMPARE(bool(changed), changeable);
    if (changeable)
        QCOMPARE(changed->status, MeldingStatus::Geregistreerd);
}

// What the editor and the follow-up list hand over: the version they started from and the
// melding as the user left it.
void TestMeldingService::typedEditSavesOnlyWhatMayChange_data()
{
    QTest::addColumn<bool>("registered");
    QTest::addColumn<std::function<void(Melding&)>>("edit");
    QTest::addColumn<bool>("saved");
    QTest::addColumn<int>("versionsAdded");
    const auto reason = [](Melding& m) {
        m.reason = u"Blijft thuis, zorgen om de thuissituatie"_s;
    };
    const auto endDate = [](Melding& m) {
        m.endDate = QDate(2026, 1, 16);
    };
    const auto startDate = [](Melding& m) {
        m.startDate = QDate(2026, 1, 5);
    };
    const auto sendAlong = [](Melding& m) {
        m.contacts[0].send = !m.contacts[0].send;
    };
    const auto contactPhone = [](Melding& m) {
        m.contacts[0].phone = u"0101010101"_s;
    };
    QTest::newRow("reason_of_a_concept")
        << false << std::function<void(Melding&)>(reason) << true << 1;
    QTest::newRow("start_of_a_concept")
        << false << std::function<void(Melding&)>(startDate) << true << 1;
    QTest::newRow("end_date_at_duo") << true << std::function<void(Melding&)>(endDate) << true << 1;
    QTest::newRow("start_date_is_duos")
        << true << std::function<void(Melding&)>(startDate) << false << 0;
    QTest::newRow("sending_a_contact_along_at_duo")
        << true << std::function<void(Melding&)>(sendAlong) << true << 1;
    QTest::newRow("a_contacts_phone_is_not_typed_here")
        << false << std::function<void(Melding&)>(contactPhone) << false << 0;
    QTest::newRow("nothing_changed_saves_nothing")
        << false << std::function<void(Melding&)>([](Melding&) {}) << true << 0;
    QTest::newRow("status_is_not_edited") << true << std::function<void(Melding&)>([](Melding& m) {
        m.status = MeldingStatus::Afgesloten;
    }) << false << 0;
    QTest::newRow("version_is_the_one_started_from")
        << false << std::function<void(Melding&)>([&](Melding& m) {
               reason(m);
               m.version += 5;
           })
        << true << 1;
}

void TestMeldingService::typedEditSavesOnlyWhatMayChange()
{
    QFETCH(bool, registered);
    QFETCH(std::function<void(Melding&)>, edit);
    QFETCH(bool, saved);
    QFETCH(int, versionsAdded);
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id =
        registered ? registeredDraft(service, u"VM-2026-0042"_s) : completedDraft(service);
    const Melding before = *service.find(id);
    QVERIFY(!before.contacts.isEmpty());
    Melding edited = before;
    edit(edited);
    const auto result = service.saveEdit(before, edited);
    QVERIFY2(bool(result) == saved, qPrintable(result ? u"saved"_s : result.error()));
    const Melding after = *service.find(id);
    QCOMPARE(after.version, before.version + versionsAdded);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.duoNumber, before.duoNumber);
    if (versionsAdded > 0) {
        QCOMPARE(after.reason, edited.reason);
        QCOMPARE(after.endDate, edited.endDate);
        QCOMPARE(after.startDate, edited.startDate);
        QCOMPARE(after.contacts, edited.contacts);
    }
}

void TestMeldingService::copyStartsARepeatMelding()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 2, 3));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = completedDraft(service, u"telefonisch,gesprek"_s);
    QVERIFY(service.setStatus(id, MeldingStatus::Gereed));
    QVERIFY(service.registerAtDuo(id, u"VM-2026-0042"_s));

    auto copy = service.copy(id);
    QVERIFY(copy);
    QCOMPARE(copy->status, MeldingStatus::Concept);
    QCOMPARE(copy->reason, u"Blijft thuis na ruzie met klasgenoten"_s);
    QCOMPARE(copy->actions, (QStringList{u"telefonisch"_s, u"gesprek"_s}));
    QVERIFY(copy->duoNumber.isEmpty());
    QCOMPARE(copy->copiedFrom, id);
    // Never the old verzuimdagen: the copy starts on the lesdag after the original (Wed
    // 2026-01-14) and waits for its own einddatum.
    QVERIFY(copy->days.isEmpty());
    QCOMPARE(copy->startDate, QDate(2026, 1, 15));
    QVERIFY(!copy->endDate.isValid());
    QVERIFY(!copy->signal);
    auto ended = service.setFields(copy->id, {{u"einddatum"_s, u"2026-02-02"_s}});
    QVERIFY(ended);
    const auto validation = service.validate(*ended);
    QVERIFY2(validation->errors.isEmpty(), qPrintable(validation->errors.value(0).text));
}

void TestMeldingService::lifeCycle()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    QVERIFY(!service.setStatus(id, MeldingStatus::Gereed)); // fouten left
    QVERIFY(service.setFields(
        id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s}, {u"acties"_s, u"brief"_s}}));
    QVERIFY(!service.setStatus(id, MeldingStatus::Afgesloten)); // not from concept
    QVERIFY(service.setStatus(id, MeldingStatus::Gereed));
    QVERIFY(!service.setStatus(id, MeldingStatus::Ingediend));     // only the outbox sends
    QVERIFY(!service.setStatus(id, MeldingStatus::Geregistreerd)); // needs the number
    QVERIFY(service.registerAtDuo(id, u"VM-1"_s));
    QVERIFY(service.setFields(id, {{u"behandelaar"_s, u"B. Leerplicht"_s},
                                   {u"terugkoppeling"_s, u"Huisbezoek gepland"_s}}));
    QVERIFY(service.setStatus(id, MeldingStatus::InBehandeling));
    const auto closed = service.setStatus(id, MeldingStatus::Afgesloten);
    QVERIFY(closed);
    QCOMPARE(closed->handler, u"B. Leerplicht"_s);
    QVERIFY(!service.setFields(id, {{u"reden"_s, u"Iets anders dan eerst"_s}}));
}

void TestMeldingService::signalStatusFollowsTheMelding()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    SignalWorkService work(db.db(), clock, u"coordinator"_s);
    const auto statusOfSignal = [&] {
        const auto tracked = work.track(*SignalService(db.db(), QDate(2026, 1, 15)).signals());
        for (const TrackedSignal& t : *tracked) {
            if (t.signal.kind == SignalKind::SixteenHours)
                return t.work.status;
        }
        return SignalStatus::New;
    };
    QCOMPARE(statusOfSignal(), SignalStatus::New);
    const qint64 id =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14))->id;
    QCOMPARE(statusOfSignal(), SignalStatus::InProgress);
    QVERIFY(service.setFields(
        id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s}, {u"acties"_s, u"brief"_s}}));
    QVERIFY(service.setStatus(id, MeldingStatus::Gereed));
    QVERIFY(service.registerAtDuo(id, u"VM-9"_s));
    QCOMPARE(statusOfSignal(), SignalStatus::Reported);
}

void TestMeldingService::registeringThroughTheStatusMarksTheSignalToo()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = completedDraft(service);
    QVERIFY(service.setFields(id, {{u"meldingsnummer"_s, u"VM-7"_s}}));
    QVERIFY(service.setStatus(id, MeldingStatus::Gereed));
    QVERIFY(service.setStatus(id, MeldingStatus::Geregistreerd));
    const auto tracked = SignalWorkService(db.db(), clock, u"coordinator"_s)
                             .track(*SignalService(db.db(), QDate(2026, 1, 15)).signals());
    const auto it = std::find_if(tracked->cbegin(), tracked->cend(), [](const TrackedSignal& t) {
        return t.signal.kind == SignalKind::SixteenHours;
    });
    QVERIFY(it != tracked->cend());
    QCOMPARE(it->work.status, SignalStatus::Reported);
}

void TestMeldingService::onlyDuoChangeableFieldsAfterRegistration()
{
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    const FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = registeredDraft(service, u"VM-2"_s);
    QVERIFY(service.setFields(id, {{u"einddatum"_s, u"2026-01-16"_s}})); // the leerling returned
    QVERIFY(service.setFields(id, {{u"reden"_s, u"Ruzie met klasgenoten, nu opgelost"_s}}));
    const auto refused = service.setFields(id, {{u"begindatum"_s, u"2026-01-05"_s}});
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"begindatum"_s));
}

void TestMeldingService::withdrawalTimeLimits_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<WithdrawalReason>("reason");
    QTest::addColumn<bool>("allowed");
    // The melding starts on 12 January 2026 (schooljaar 2025-2026).
    QTest::newRow("geen_inschrijving_same_schooljaar")
        << QDate(2026, 3, 1) << WithdrawalReason::GeenInschrijving << true;
    QTest::newRow("geen_inschrijving_next_schooljaar")
        << QDate(2026, 8, 1) << WithdrawalReason::GeenInschrijving << false;
    QTest::newRow("foutief_within_a_year")
        << QDate(2027, 1, 12) << WithdrawalReason::FoutiefOpgevoerd << true;
    QTest::newRow("foutief_after_a_year")
        << QDate(2027, 1, 13) << WithdrawalReason::FoutiefOpgevoerd << false;
    QTest::newRow("onterecht_within_a_year")
        << QDate(2026, 9, 1) << WithdrawalReason::OnterechtOpgevoerd << true;
    QTest::newRow("onterecht_after_a_year")
        << QDate(2027, 6, 1) << WithdrawalReason::OnterechtOpgevoerd << false;
}

void TestMeldingService::withdrawalTimeLimits()
{
    QFETCH(QDate, today);
    QFETCH(WithdrawalReason, reason);
    QFETCH(bool, allowed);
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    FixedClock clock(QDate(2026, 1, 15));
    MeldingService service(db.db(), clock, u"coordinator"_s);
    const qint64 id = completedDraft(service);
    QVERIFY(!service.withdraw(id, reason)); // a concept is not at DUO yet
    QVERIFY(service.setStatus(id, MeldingStatus::Gereed));
    QVERIFY(service.registerAtDuo(id, u"VM-3"_s));
    clock.set(today.startOfDay());
    const auto withdrawn = service.withdraw(id, reason);
    QCOMPARE(withdrawn.ok(), allowed);
    if (allowed) {
        QCOMPARE(withdrawn->status, MeldingStatus::Ingetrokken);
        QCOMPARE(withdrawn->withdrawal, reason);
    }
}

QTEST_GUILESS_MAIN(TestMeldingService)
#include "TestMeldingService.moc"
