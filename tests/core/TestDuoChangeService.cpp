// SPDX-License-Identifier: GPL-3.0-or-later
//
// A change to a registered melding is a change to submit until it is passed on to DUO
// (van-signaal-naar-melding §2, §6): what the loket must be told, and its confirmation.
#include "MeldingFixture.h"
#include "TestDatabase.h"

#include "services/DuoChangeService.h"
#include "services/FollowUpService.h"
#include "services/MeldingService.h"
#include "storage/AuditLog.h"
#include "storage/MeldingRepository.h"
#include "util/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;

using FieldChanges = QList<std::pair<QString, QString>>;

class TestDuoChangeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeSinceRegistration_data();
    void changeSinceRegistration();
    void passedOnChangeIsNotAskedAgain();
    void nothingToPassOnIsRefused();
    void meldingRegisteredBeforeTheVersionWasKept();
    void followUpListsTheChange();
};

namespace {

struct Registered
{
    TestDatabase db;
    FixedClock clock{QDate(2026, 1, 15)};
    MeldingService meldingen{db.db(), clock, u"coordinator"_s};
    DuoChangeService changes{db.db(), clock, u"coordinator"_s};
    qint64 id = 0;

    Registered()
    {
        importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
        id = registeredDraft(meldingen, u"VM-2026-0042"_s);
    }
};

// Every changed value as "label: value (was previous)", screen by screen.
QStringList described(const Invulhulp& help)
{
    QStringList lines;
    for (const Invulhulp::Screen& screen : help.screens) {
        for (const Invulhulp::Field& field : screen.fields)
            lines.append(u"%1 | %2: %3 (was %4)"_s.arg(screen.title, field.label, field.value,
                                                       field.previous));
    }
    return lines;
}

} // namespace

void TestDuoChangeService::changeSinceRegistration_data()
{
    QTest::addColumn<FieldChanges>("edits");
    QTest::addColumn<QStringList>("expected");
    const QString find = u"Find the melding | Meldingsnummer: VM-2026-0042 (was )"_s;
    QTest::newRow("registered_without_edits") << FieldChanges{} << QStringList{};
    QTest::newRow("feedback_of_the_gemeente_is_nothing_to_pass_on")
        << FieldChanges{{u"behandelaar"_s, u"R. Bakker"_s},
                        {u"terugkoppeling"_s, u"Gesprek gepland"_s}}
        << QStringList{};
    QTest::newRow("einddatum_given")
        << FieldChanges{{u"einddatum"_s, u"2026-01-16"_s}}
        << QStringList{find, u"2. Melding | absence period until: 16-01-2026 (was 14-01-2026)"_s};
    QTest::newRow("reden_rewritten")
        << FieldChanges{{u"reden"_s, u"Ruzie met klasgenoten, nu opgelost"_s}}
        << QStringList{find, u"2. Melding | suspected reason: Ruzie met klasgenoten, nu opgelost "
                             u"(was Blijft thuis na ruzie met klasgenoten)"_s};
    QTest::newRow("action_added")
        << FieldChanges{{u"acties"_s, u"brief,gesprek"_s}}
        << QStringList{find, u"4. Acties school | Action taken: conversation held (was )"_s};
    QTest::newRow("contact_no_longer_sent")
        << FieldChanges{{u"meesturen.1"_s, u"nee"_s}}
        << QStringList{find, u"1. Leerling | Additional contact 1: name:  (was M. de Vries)"_s,
                       u"1. Leerling | Additional contact 1: relation:  (was moeder)"_s,
                       u"1. Leerling | Additional contact 1: phone:  (was 0612345678)"_s};
    QTest::newRow("two_edits_one_change")
        << FieldChanges{{u"einddatum"_s, u"2026-01-16"_s}, {u"prioriteit"_s, u"ja"_s}}
        << QStringList{find, u"2. Melding | absence period until: 16-01-2026 (was 14-01-2026)"_s,
                       u"2. Melding | handle with priority: Yes (was No)"_s};
}

void TestDuoChangeService::changeSinceRegistration()
{
    QFETCH(FieldChanges, edits);
    QFETCH(QStringList, expected);
    Registered r;
    for (const auto& edit : edits) // one version per edit: the change spans them all
        QVERIFY(r.meldingen.setFields(r.id, {edit}));
    const auto change = r.changes.pending(r.id);
    QVERIFY2(change, qPrintable(change.error()));
    QCOMPARE(described(*change), expected);
    QCOMPARE(change->isChange(), true);
    if (!expected.isEmpty())
        QVERIFY(Invulhulp::html(*change).contains(u"Invulhulp for a change"_s));
}

void TestDuoChangeService::passedOnChangeIsNotAskedAgain()
{
    Registered r;
    QVERIFY(r.meldingen.setFields(r.id, {{u"einddatum"_s, u"2026-01-16"_s}}));
    const auto passedOn = r.changes.confirmPassedOn(r.id);
    QVERIFY2(passedOn, qPrintable(passedOn.error()));
    QCOMPARE(passedOn->duoVersion, passedOn->version);
    QCOMPARE(passedOn->status, MeldingStatus::Geregistreerd);
    QVERIFY(r.changes.pending(r.id)->screens.isEmpty());
    const auto audit = AuditLog(r.db.db()).forLeerling(passedOn->pgn);
    QVERIFY(audit);
    QCOMPARE(audit->last().action, u"wijziging doorgegeven in het verzuimloket"_s);

    // A later change is measured from what DUO has now: only the new reden.
    QVERIFY(r.meldingen.setFields(r.id, {{u"reden"_s, u"Ruzie opgelost"_s}}));
    const QStringList later = described(*r.changes.pending(r.id));
    QCOMPARE(later.size(), 2);
    QVERIFY(later.last().startsWith(u"2. Melding | suspected reason: Ruzie opgelost"_s));
}

void TestDuoChangeService::nothingToPassOnIsRefused()
{
    Registered r;
    const auto refused = r.changes.confirmPassedOn(r.id);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(u"no change"_s));
    // A draft is not at DUO: its whole invulhulp is what the loket needs, not a change.
    const qint64 draft = r.meldingen.copy(r.id)->id;
    QVERIFY(r.changes.pending(draft)->screens.isEmpty());
    QVERIFY(!r.changes.confirmPassedOn(draft));
}

void TestDuoChangeService::meldingRegisteredBeforeTheVersionWasKept()
{
    Registered r;
    // As stored by a release that did not record duo_versie: DUO has the registered version.
    auto melding = r.meldingen.find(r.id);
    QVERIFY(melding);
    melding->duoVersion = 0;
    melding->reason = u"Ruzie opgelost"_s;
    QVERIFY(r.db.db().transaction([&]() -> Status {
        auto saved = MeldingRepository(r.db.db()).update(*melding, u"coordinator"_s, r.clock.now());
        return saved ? Status() : Status(Error{saved.error()});
    }));
    const QStringList change = described(*r.changes.pending(r.id));
    QCOMPARE(change.size(), 2);
    QVERIFY(change.last().endsWith(u"(was Blijft thuis na ruzie met klasgenoten)"_s));
}

void TestDuoChangeService::followUpListsTheChange()
{
    Registered r;
    const FollowUpService followUp(r.db.db(), r.clock, u"coordinator"_s);
    const auto kinds = [&] {
        QStringList keys;
        const auto tasks = followUp.tasks(r.clock.today());
        for (const FollowUpTask& task : *tasks)
            keys.append(FollowUpKinds::key(task.kind));
        return keys;
    };
    QVERIFY(!kinds().contains(u"wijziging_doorgeven"_s));
    QVERIFY(r.meldingen.setFields(r.id, {{u"einddatum"_s, u"2026-01-16"_s}}));
    QCOMPARE(kinds(), QStringList{u"wijziging_doorgeven"_s});
    const FollowUpTask task = followUp.tasks(r.clock.today())->first();
    QCOMPARE(task.leerlingName, r.meldingen.find(r.id)->leerlingName);
    QVERIFY(r.changes.confirmPassedOn(r.id));
    QCOMPARE(kinds(), QStringList{});
}

QTEST_GUILESS_MAIN(TestDuoChangeService)
#include "TestDuoChangeService.moc"
