// SPDX-License-Identifier: GPL-3.0-or-later
// Live signals stay equal to a computation from scratch after every kind of change, and compute
// again only the leerlingen a change of this session names.
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "services/LiveSignals.h"
#include "services/SchoolService.h"
#include "storage/SignalStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s; // has a 16UUR signal reached on 2026-01-14
const QDate kCorrectedDay(2026, 1, 12);

enum class Change
{
    CorrectADay,
    AddANote,
    SaveTheSchool,
    ImportAgain,
    AnotherProgramCorrectsADay,
    ANewDay,
    ANewLeerling,
};

} // namespace

class TestLiveSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentAfterEveryChange_data();
    void currentAfterEveryChange();
    void aRemovedLeerlingLeavesNoSignals_data();
    void aRemovedLeerlingLeavesNoSignals();

private:
    void make(Change change, TestDatabase& test, FixedClock& clock);
};

void TestLiveSignals::make(Change change, TestDatabase& test, FixedClock& clock)
{
    Database& db = test.db();
    switch (change) {
    case Change::CorrectADay:
        QVERIFY(
            AbsenceEditService(db, clock, u"coordinator"_s).replaceDay(kPgn, kCorrectedDay, {}));
        return;
    case Change::AddANote:
        QVERIFY(DossierNoteService(db, clock, u"coordinator"_s).add(kPgn, u"Gebeld"_s, false));
        return;
    case Change::SaveTheSchool: {
        SchoolService school(db, clock, u"coordinator"_s);
        auto loaded = school.load();
        QVERIFY(loaded && loaded->has_value());
        (*loaded)->settings.preventiveHours = 2; // a preventive signal for many more
        QVERIFY(school.save(**loaded));
        return;
    }
    case Change::ImportAgain:
        QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
                 ImportOutcome::Status::Stored);
        return;
    case Change::AnotherProgramCorrectsADay: {
        // Its own connection and notifier: nothing of this session hears of its commit.
        auto other = Database::open(test.location());
        QVERIFY2(other, qPrintable(other.error()));
        QVERIFY(AbsenceEditService(**other, clock, u"coordinator"_s)
                    .replaceDay(kPgn, kCorrectedDay, {}));
        return;
    }
    case Change::ANewDay:
        clock.set(clock.now().addDays(1));
        return;
    case Change::ANewLeerling: {
        // Before the others in pgn order, with the absence of the first and so its signals.
        ImportFiles files;
        files.leerlingen = test.writeFile(
            u"leerlingen.csv"_s, "pgn;achternaam;voornamen;geboortedatum;inschrijving_van\n"
                                 "300000005;Nieuw;Test;2016-05-01;2025-08-01\n"_ba);
        files.absenties = test.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten;lesuren\n"
                                                             "300000005;2026-01-12;O;330;5\n"
                                                             "300000005;2026-01-13;O;330;5\n"
                                                             "300000005;2026-01-14;O;330;5\n"_ba);
        const ImportOutcome outcome = test.importService().run(files);
        QVERIFY2(outcome.status == ImportOutcome::Status::Stored,
                 qPrintable(outcome.issues.all().value(0).toString()));
        return;
    }
    }
}

void TestLiveSignals::currentAfterEveryChange_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("onlyTheLeerlingNamed"); // else the whole school again
    QTest::newRow("correcting_a_day") << Change::CorrectADay << true;
    QTest::newRow("adding_a_note") << Change::AddANote << true;
    QTest::newRow("saving_the_school") << Change::SaveTheSchool << false;
    QTest::newRow("importing_again") << Change::ImportAgain << false;
    // Heard as "changed elsewhere": the stored signals are read again, and the leerling the
    // database marked is computed again.
    QTest::newRow("another_program_corrects_a_day") << Change::AnotherProgramCorrectsADay << true;
    QTest::newRow("a_new_day") << Change::ANewDay << false;
    QTest::newRow("a_new_leerling") << Change::ANewLeerling << true;
}

void TestLiveSignals::currentAfterEveryChange()
{
    QFETCH(Change, change);
    QFETCH(bool, onlyTheLeerlingNamed);
    TestDatabase test;
    QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    LiveSignals live(test.db(), clock);
    const auto before = live.signals();
    QVERIFY2(before, qPrintable(before.error()));
    const int school = int(live.leerlingen().size());
    const int evaluated = live.evaluations();
    QCOMPARE(evaluated, school);

    make(change, test, clock);
    const auto after = live.signals();
    QVERIFY2(after, qPrintable(after.error()));
    const auto fresh =
        SignalService(test.db(), clock.today(), SignalSource::ComputedAfresh).signals();
    QVERIFY2(fresh, qPrintable(fresh.error()));
    QCOMPARE(*after, *fresh);
    QCOMPARE(live.peildatum(), clock.today());
    // The whole school is the school after the change: a new leerling is one more.
    const int schoolAfter = int(live.leerlingen().size());
    // A note changes no signal; an import computes and stores its leerlingen itself, except on
    // a team database, where it leaves them marked for the screen.
    const bool noneByTheScreen = change == Change::AddANote ||
                                 (change == Change::ANewLeerling && !TestDatabase::onPostgres());
    const int expected = noneByTheScreen && onlyTheLeerlingNamed ? 0
                         : onlyTheLeerlingNamed                  ? 1
                                                                 : schoolAfter;
    QCOMPARE(live.evaluations() - evaluated, expected);
    if (change == Change::ANewLeerling) {
        QVERIFY(live.leerlingen().contains(u"300000005"_s));
        QCOMPARE(after->first().pgn, u"300000005"_s);
    }
}

void TestLiveSignals::aRemovedLeerlingLeavesNoSignals_data()
{
    QTest::addColumn<bool>("storedSignalsForgotten");
    // Only the trigger knows: the leerling is marked, and computed again as gone.
    QTest::newRow("deleted") << false;
    // As a purge removes them: their stored signals and mark go in the same transaction, so the
    // announced leerling is taken from the store, where it no longer is.
    QTest::newRow("purged_with_its_stored_signals") << true;
}

void TestLiveSignals::aRemovedLeerlingLeavesNoSignals()
{
    QFETCH(bool, storedSignalsForgotten);
    TestDatabase test;
    QCOMPARE(test.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    LiveSignals live(test.db(), clock);
    QVERIFY(live.signals());
    QVERIFY(live.leerlingen().contains(kPgn));
    const int evaluated = live.evaluations();
    QVERIFY(test.db().transaction([&]() -> Status {
        if (auto deleted = test.db().exec(u"DELETE FROM leerlingen WHERE pgn = ?"_s, {kPgn});
            !deleted)
            return deleted.failure();
        if (storedSignalsForgotten) {
            if (Status forgotten = SignalStore(test.db()).forgetLeerling(kPgn); !forgotten)
                return forgotten;
        }
        test.db().announce(&ChangeNotifier::leerlingenChanged, QStringList{kPgn});
        return {};
    }));
    const auto after = live.signals();
    QVERIFY2(after, qPrintable(after.error()));
    QVERIFY(std::none_of(after->cbegin(), after->cend(),
                         [](const Signal& s) { return s.pgn == kPgn; }));
    QVERIFY(!live.leerlingen().contains(kPgn));
    // Nobody is computed again for it: a gone leerling has nothing to compute.
    QCOMPARE(live.evaluations() - evaluated, 0);
}

QTEST_GUILESS_MAIN(TestLiveSignals)
#include "TestLiveSignals.moc"
