// SPDX-License-Identifier: GPL-3.0-or-later
//
// The invariant of van-signaal-naar-melding: every legal signal the engine raises, handled on
// the day it appears, drafts a melding without fout once the coordinator has typed only reden,
// acties and the school contact — or the signal is covered by an earlier melding. Walked over
// generated schools of every sector (3,000 leerlingen in all), signal by signal in bereikt_op
// order with the clock on that day; an einddatum the follow-up asks for is accepted first and,
// the melding being registered, passed on to DUO as a change.
#include "TestDatabase.h"
#include "demo/SchoolGenerator.h"
#include "services/DuoChangeService.h"
#include "services/FollowUpService.h"
#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QDir>
#include <QObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLegalChainProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLegalSignalRegistersOrIsCovered_data();
    void everyLegalSignalRegistersOrIsCovered();
};

namespace {

const QDate kEndOfYear(2026, 7, 10);

bool draftsADuoMelding(const Signal& signal, const School& school)
{
    if (SignalKinds::isLegal(signal.kind) || signal.kind == SignalKind::Luxe)
        return true;
    const QList<int>& levels = school.settings.latenessLevels;
    return signal.kind == SignalKind::Late && !levels.isEmpty() &&
           signal.hours.value == *std::max_element(levels.begin(), levels.end());
}

QString describe(const Signal& s)
{
    return u"leerling %1, %2 bereikt op %3 (begindatum %4)"_s.arg(
        s.pgn, SignalKinds::key(s.kind), Dates::toIso(s.reachedOn), Dates::toIso(s.startDate));
}

bool hasTask(const Result<QList<FollowUpTask>>& tasks, FollowUpKind kind, qint64 melding)
{
    return tasks && std::any_of(tasks->begin(), tasks->end(), [&](const FollowUpTask& t) {
               return t.kind == kind && t.melding == melding;
           });
}

} // namespace

void TestLegalChainProperty::everyLegalSignalRegistersOrIsCovered_data()
{
    QTest::addColumn<Sector>("sector");
    QTest::addColumn<int>("leerlingen");
    QTest::newRow("po") << Sector::Po << 1000;
    QTest::newRow("vo") << Sector::Vo << 1000;
    QTest::newRow("mbo") << Sector::Mbo << 1000;
}

void TestLegalChainProperty::everyLegalSignalRegistersOrIsCovered()
{
    QFETCH(Sector, sector);
    QFETCH(int, leerlingen);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    const QString directory = db.dir() + u"/school"_s;
    QVERIFY(SchoolGenerator({leerlingen, sector, 19, kEndOfYear}).writeTo(directory));
    const QDir files(directory);
    const ImportOutcome imported = db.importService().run({files.filePath(u"school.json"_s),
                                                           files.filePath(u"leerlingen.csv"_s),
                                                           files.filePath(u"contacten.csv"_s),
                                                           files.filePath(u"absenties.csv"_s),
                                                           {}});
    QCOMPARE(imported.status, ImportOutcome::Status::Stored);
    auto school = SchoolRepository(db.db()).load();
    QVERIFY(school && school->has_value());

    auto all = SignalService(db.db(), kEndOfYear).signals();
    QVERIFY(all);
    QList<Signal> walk;
    for (const Signal& s : std::as_const(*all)) {
        if (draftsADuoMelding(s, **school))
            walk.append(s);
    }
    std::stable_sort(walk.begin(), walk.end(),
                     [](const Signal& a, const Signal& b) { return a.reachedOn < b.reachedOn; });
    QVERIFY2(!walk.isEmpty(), "the generated school raised no legal signal");

    FixedClock clock(walk.first().reachedOn);
    MeldingService meldingen(db.db(), clock, u"coordinator"_s);
    const FollowUpService followUp(db.db(), clock, u"coordinator"_s);
    DuoChangeService changes(db.db(), clock, u"coordinator"_s);
    int registered = 0;
    int covered = 0;
    QSet<SignalKind> kinds;
    for (const Signal& signal : std::as_const(walk)) {
        kinds.insert(signal.kind);
        const QString where = describe(signal);
        clock.set(signal.reachedOn.startOfDay().addSecs(9 * 3600));
        const auto tasks = followUp.tasks(signal.reachedOn, signal.pgn);
        QVERIFY2(tasks, qPrintable(where + u": "_s + tasks.error()));
        for (const FollowUpTask& task : *tasks) {
            if (task.kind != FollowUpKind::EndDate)
                continue;
            const auto ended = meldingen.setFields(
                task.melding, {{u"einddatum"_s, Dates::toIso(task.proposedEndDate)}});
            QVERIFY2(ended, qPrintable(where + u": "_s + ended.error()));
            // Every melding of the walk is registered: the einddatum is a change for DUO.
            QVERIFY2(hasTask(followUp.tasks(signal.reachedOn, signal.pgn),
                             FollowUpKind::ChangeToSubmit, task.melding),
                     qPrintable(where + u": the einddatum is not a change to pass on"_s));
            const auto passedOn = changes.confirmPassedOn(task.melding);
            QVERIFY2(passedOn, qPrintable(where + u": "_s + passedOn.error()));
        }
        const auto outcome = meldingen.draft(signal.pgn, signal.kind, signal.reachedOn);
        QVERIFY2(outcome, qPrintable(where + u": "_s + outcome.error()));
        if (!outcome->melding) {
            ++covered;
            continue;
        }
        const auto completed = meldingen.setFields(
            outcome->melding->id, {{u"reden"_s, u"Blijft thuis, reden nog onbekend"_s},
                                   {u"acties"_s, u"telefonisch"_s},
                                   {u"contactpersoon_school_naam"_s, u"J. de Wit"_s},
                                   {u"contactpersoon_school_email"_s, u"verzuim@school.nl"_s}});
        QVERIFY2(completed, qPrintable(where + u": "_s + completed.error()));
        const auto validation = meldingen.validate(*completed);
        QVERIFY2(validation && validation->errors.isEmpty(),
                 qPrintable(where + u": "_s + validation->errors.value(0).field + u' ' +
                            validation->errors.value(0).text));
        const auto ready = meldingen.setStatus(completed->id, MeldingStatus::Gereed);
        QVERIFY2(ready, qPrintable(where + u": "_s + ready.error()));
        const auto done = meldingen.registerAtDuo(completed->id, u"VM-%1"_s.arg(completed->id));
        QVERIFY2(done, qPrintable(where + u": "_s + done.error()));
        ++registered;
    }
    qInfo("%s: %lld signals, %d registered, %d covered", qPrintable(Sectors::key(sector)),
          qlonglong(walk.size()), registered, covered);
    QVERIFY(registered > 0);
    // The walk met every soort the sector's ages allow (18+ only in the mbo).
    QList<SignalKind> expected{SignalKind::SixteenHours, SignalKind::Lrv, SignalKind::Luxe};
    if (sector == Sector::Mbo)
        expected += {SignalKind::SixteenHoursAdult, SignalKind::Rmc};
    for (SignalKind kind : expected)
        QVERIFY2(kinds.contains(kind), qPrintable(SignalKinds::key(kind)));
}

QTEST_GUILESS_MAIN(TestLegalChainProperty)
#include "TestLegalChainProperty.moc"
