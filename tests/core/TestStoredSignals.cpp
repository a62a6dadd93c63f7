// SPDX-License-Identifier: GPL-3.0-or-later
// The stored signals always equal a computation from scratch: on every example, and on a
// generated school after random corrections, undos, imports, vrijstellingen and another
// program's work. A start reads them and computes again only the leerlingen whose data changed,
// or everything when the school's settings, the peildatum or the program changed.
#include "TestDatabase.h"
#include "demo/SchoolGenerator.h"
#include "services/AbsenceEditService.h"
#include "services/LiveSignals.h"
#include "services/SchoolService.h"
#include "services/SignalService.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SignalStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 20);

// One change to a generated school.
enum class Change
{
    RandomCorrections,
    UndoingThem,
    ImportingAWeek,
    ImportingTheLeerlingenAgain,
    ImportingTheAbsenceAgain,
    AVrijstelling,
    RemovingALeerling,
    AnotherProgramsCorrection,
    SavingTheSchool,
    ANewDay,
    ANewProgramVersion,
};

// Who computes the changed leerlingen' signals: the next start (those the change touched, or
// everything), or nobody, because the change stored them itself.
enum class Computed
{
    Touched,
    Everything,
    Nothing,
};

QList<Signal> computedAfresh(Database& db, QDate peildatum)
{
    auto signalList = SignalService(db, peildatum, SignalSource::ComputedAfresh).signals();
    if (!signalList)
        qFatal("%s", qPrintable(signalList.error()));
    return *signalList;
}

} // namespace

class TestStoredSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyExampleReadsBackAsComputed_data();
    void everyExampleReadsBackAsComputed();
    void equalAfterEveryChange_data();
    void equalAfterEveryChange();
    void aLargeImportKeepsTheTriggers();
    void theScreenReadsWhatAnImportStored_data();
    void theScreenReadsWhatAnImportStored();
    void herberekenComputesEverything();
    void aDamagedStoreIsComputedAgain();

private:
    // A generated school of 150 mbo leerlingen, its signals of kToday stored.
    std::unique_ptr<TestDatabase> generatedSchool();
    // Makes the change; returns the leerlingen whose data it changed.
    QSet<QString> make(Change change, TestDatabase& test, QDate& peildatum);

    QTemporaryDir m_generated;
    QRandomGenerator m_random{2026};
};

void TestStoredSignals::initTestCase()
{
    GeneratorSettings settings;
    settings.leerlingen = 150;
    settings.sector = Sector::Mbo;
    settings.seed = 7;
    settings.today = kToday;
    const auto written = SchoolGenerator(settings).writeTo(m_generated.path());
    QVERIFY2(written, qPrintable(written.error()));
}

void TestStoredSignals::everyExampleReadsBackAsComputed_data()
{
    QTest::addColumn<QString>("example");
    for (const char* example :
         {"p01_po_16uur_en_herhaling", "p02_vo_lesuren_te_laat", "p03_continu_lrv_en_rmc"})
        QTest::newRow(example) << QString::fromLatin1(example);
}

void TestStoredSignals::everyExampleReadsBackAsComputed()
{
    QFETCH(QString, example);
    TestDatabase test;
    QCOMPARE(test.importExample(example).status, ImportOutcome::Status::Stored);
    QFile expected(QStringLiteral(VERZUIMDESK_EXAMPLES_DIR "/%1/expected.json").arg(example));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    const QDate peildatum = QDate::fromString(
        QJsonDocument::fromJson(expected.readAll()).object().value(u"peildatum"_s).toString(),
        Qt::ISODate);
    QVERIFY(peildatum.isValid());

    SignalService first(test.db(), peildatum);
    const auto computed = first.signals();
    QVERIFY2(computed, qPrintable(computed.error()));
    QCOMPARE(first.evaluations(), int(first.leerlingen().size()));
    SignalService start(test.db(), peildatum);
    const auto read = start.signals();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(start.evaluations(), 0);
    QCOMPARE(*read, *computed);
    QCOMPARE(*read, computedAfresh(test.db(), peildatum));
    // The same leerlingen; two hashes need not list them in the same order.
    QStringList readPgns = start.leerlingen().keys();
    QStringList computedPgns = first.leerlingen().keys();
    readPgns.sort();
    computedPgns.sort();
    QCOMPARE(readPgns, computedPgns);
}

std::unique_ptr<TestDatabase> TestStoredSignals::generatedSchool()
{
    auto test = std::make_unique<TestDatabase>();
    ImportFiles files;
    for (auto [file, name] : {std::pair{&files.school, "school.json"},
                              {&files.leerlingen, "leerlingen.csv"},
                              {&files.contacten, "contacten.csv"},
                              {&files.absenties, "absenties.csv"}})
        *file = m_generated.filePath(QString::fromLatin1(name));
    const ImportOutcome outcome = test->importService().run(files);
    if (outcome.status != ImportOutcome::Status::Stored)
        qFatal("%s", qPrintable(outcome.issues.all().value(0).toString()));
    if (!SignalService(test->db(), kToday).signals())
        qFatal("the generated school's signals");
    return test;
}

QSet<QString> TestStoredSignals::make(Change change, TestDatabase& test, QDate& peildatum)
{
    Database& db = test.db();
    test.clock().set(QDateTime(peildatum, QTime(9, 0))); // the imports are of the day looked at
    const auto leerlingen = LeerlingRepository(db).all();
    if (!leerlingen)
        qFatal("%s", qPrintable(leerlingen.error()));
    const auto anyLeerling = [&] {
        return leerlingen->at(m_random.bounded(int(leerlingen->size()))).pgn;
    };
    const auto anyLesdag = [&] {
        QDate day = kToday.addDays(-m_random.bounded(60));
        while (day.dayOfWeek() > 5)
            day = day.addDays(-1);
        return day;
    };
    // A day's absence as another leerling had it: codes and amounts the school knows.
    const auto anyRecords = [&](const QString& pgn, QDate day) {
        for (;;) {
            const auto records = AbsenceRepository(db).forLeerling(anyLeerling());
            if (!records || records->isEmpty())
                continue;
            AbsenceRecord record = records->at(m_random.bounded(int(records->size())));
            record.pgn = pgn;
            record.date = day;
            return QList<AbsenceRecord>{record};
        }
    };
    AbsenceEditService edits(db, test.clock(), u"coordinator"_s);
    QSet<QString> touched;
    switch (change) {
    case Change::RandomCorrections:
    case Change::UndoingThem: {
        QList<std::tuple<QString, QDate, QList<AbsenceRecord>>> undo;
        for (int i = 0; i < 12; ++i) {
            const QString pgn = anyLeerling();
            const QDate day = anyLesdag();
            const auto records = i % 3 == 0 ? QList<AbsenceRecord>() : anyRecords(pgn, day);
            const auto before = edits.replaceDay(pgn, day, records);
            if (!before)
                qFatal("%s", qPrintable(before.error()));
            undo.prepend({pgn, day, *before});
            if (*before != records) // else nothing was written
                touched.insert(pgn);
        }
        if (change == Change::UndoingThem) {
            for (const auto& [pgn, day, records] : std::as_const(undo)) {
                if (!edits.replaceDay(pgn, day, records))
                    qFatal("undo");
            }
        }
        return touched;
    }
    case Change::ImportingAWeek: {
        QByteArray csv = "pgn;datum;code;minuten;lesuren\n";
        for (int i = 0; i < 10; ++i) {
            const QString pgn = anyLeerling();
            touched.insert(pgn);
            for (const AbsenceRecord& r : anyRecords(pgn, anyLesdag())) {
                csv += u"%1;%2;%3;%4;%5\n"_s.arg(r.pgn, r.date.toString(Qt::ISODate), r.code)
                           .arg(r.minutes)
                           .arg(r.lesuren)
                           .toUtf8();
            }
        }
        ImportFiles files;
        files.absenties = test.writeFile(u"week.csv"_s, csv);
        const ImportOutcome outcome = test.importService().run(files);
        if (outcome.status != ImportOutcome::Status::Stored)
            qFatal("%s", qPrintable(outcome.issues.all().value(0).toString()));
        return touched;
    }
    case Change::ImportingTheLeerlingenAgain: {
        ImportFiles files;
        files.leerlingen = m_generated.filePath(u"leerlingen.csv"_s);
        const ImportOutcome outcome = test.importService().run(files);
        if (outcome.status != ImportOutcome::Status::Stored)
            qFatal("%s", qPrintable(outcome.issues.all().value(0).toString()));
        return {};
    }
    case Change::ImportingTheAbsenceAgain: {
        ImportFiles files; // more than 10,000 records: marked per leerling, not per row
        files.absenties = m_generated.filePath(u"absenties.csv"_s);
        const ImportOutcome outcome = test.importService().run(files);
        if (outcome.status != ImportOutcome::Status::Stored)
            qFatal("%s", qPrintable(outcome.issues.all().value(0).toString()));
        return {};
    }
    case Change::AVrijstelling: {
        const QString pgn = anyLeerling();
        ImportFiles files;
        files.vrijstellingen = test.writeFile(
            u"vrijstellingen.csv"_s,
            u"pgn;van;tot;artikel\n%1;2026-01-05;2026-03-13;11a\n"_s.arg(pgn).toUtf8());
        const ImportOutcome outcome = test.importService().run(files);
        if (outcome.status != ImportOutcome::Status::Stored)
            qFatal("%s", qPrintable(outcome.issues.all().value(0).toString()));
        return {pgn};
    }
    case Change::RemovingALeerling: {
        // Computed again, it has no signals: nothing to evaluate.
        if (!db.exec(u"DELETE FROM leerlingen WHERE pgn = ?"_s, {anyLeerling()}))
            qFatal("delete");
        return {};
    }
    case Change::AnotherProgramsCorrection: {
        auto other = Database::open(test.location());
        if (!other)
            qFatal("%s", qPrintable(other.error()));
        const QString pgn = anyLeerling();
        const QDate day = anyLesdag();
        const auto records = anyRecords(pgn, day);
        const auto before = AbsenceEditService(**other, test.clock(), u"coordinator"_s)
                                .replaceDay(pgn, day, records);
        if (!before)
            qFatal("%s", qPrintable(before.error()));
        return *before == records ? QSet<QString>() : QSet<QString>{pgn};
    }
    case Change::SavingTheSchool: {
        SchoolService school(db, test.clock(), u"coordinator"_s);
        auto loaded = school.load();
        if (!loaded || !loaded->has_value())
            qFatal("the school");
        (*loaded)->settings.preventiveHours += 2;
        if (!school.save(**loaded))
            qFatal("saving the school");
        return {};
    }
    case Change::ANewDay:
        peildatum = peildatum.addDays(1);
        return {};
    case Change::ANewProgramVersion:
        if (!db.exec(u"UPDATE signaal_stand SET programma = 'signalen-1 verzuimdesk-0.0.1'"_s))
            qFatal("the stand");
        return {};
    }
    return touched;
}

void TestStoredSignals::equalAfterEveryChange_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<Computed>("computed"); // by the next start
    // A team database's import leaves its marks for the next start (SignalService's
    // storeWithChange): it computes those leerlingen, or everything when they are many.
    const bool team = TestDatabase::onPostgres();
    const auto byImport = [team](Computed onTeamDatabase) {
        return team ? onTeamDatabase : Computed::Nothing;
    };
    QTest::newRow("random_corrections") << Change::RandomCorrections << Computed::Touched;
    QTest::newRow("undoing_them") << Change::UndoingThem << Computed::Touched;
    // An import computes and stores its leerlingen in its own transaction.
    QTest::newRow("importing_a_week") << Change::ImportingAWeek << byImport(Computed::Touched);
    QTest::newRow("importing_the_leerlingen_again")
        << Change::ImportingTheLeerlingenAgain << byImport(Computed::Everything);
    QTest::newRow("importing_the_absence_again")
        << Change::ImportingTheAbsenceAgain << byImport(Computed::Everything);
    QTest::newRow("a_vrijstelling") << Change::AVrijstelling << byImport(Computed::Touched);
    QTest::newRow("removing_a_leerling") << Change::RemovingALeerling << Computed::Touched;
    QTest::newRow("another_programs_correction")
        << Change::AnotherProgramsCorrection << Computed::Touched;
    QTest::newRow("saving_the_school") << Change::SavingTheSchool << Computed::Everything;
    QTest::newRow("a_new_day") << Change::ANewDay << Computed::Everything;
    QTest::newRow("a_new_program_version") << Change::ANewProgramVersion << Computed::Everything;
}

void TestStoredSignals::equalAfterEveryChange()
{
    QFETCH(Change, change);
    QFETCH(Computed, computed);
    const auto test = generatedSchool();
    // Three rounds: what one start stored, the next start reads and builds on.
    QDate peildatum = kToday;
    for (int round = 0; round < 3; ++round) {
        const QSet<QString> touched = make(change, *test, peildatum);
        SignalService start(test->db(), peildatum);
        const auto read = start.signals();
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(*read, computedAfresh(test->db(), peildatum));
        const auto stale = SignalStore(test->db()).staleLeerlingen();
        QVERIFY(stale && stale->isEmpty());
        switch (computed) {
        case Computed::Touched:
            QCOMPARE(start.evaluations(), int(touched.size()));
            break;
        case Computed::Everything:
            QVERIFY(start.evaluations() >= int(start.leerlingen().size()));
            break;
        case Computed::Nothing:
            QCOMPARE(start.evaluations(), 0);
            break;
        }
    }
}

// The signal screen after an import: the import stored its leerlingen' signals with it, so the
// screen takes them from the store and computes none (a few leerlingen one by one, many at once).
// On a team database the import leaves them marked: the screen computes them (and stores them).
void TestStoredSignals::theScreenReadsWhatAnImportStored_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<Computed>("onTeamDatabase");
    QTest::newRow("a_week_of_ten_leerlingen") << Change::ImportingAWeek << Computed::Touched;
    QTest::newRow("the_whole_schools_absence")
        << Change::ImportingTheAbsenceAgain << Computed::Everything;
}

void TestStoredSignals::theScreenReadsWhatAnImportStored()
{
    QFETCH(Change, change);
    QFETCH(Computed, onTeamDatabase);
    const auto test = generatedSchool();
    FixedClock clock(QDateTime(kToday, QTime(9, 0)));
    LiveSignals live(test->db(), clock);
    QVERIFY(live.signals());
    const int evaluated = live.evaluations();
    QDate peildatum = kToday;
    const QSet<QString> touched = make(change, *test, peildatum);
    const auto after = live.signals();
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(*after, computedAfresh(test->db(), kToday));
    int expected = 0;
    if (TestDatabase::onPostgres()) {
        expected = onTeamDatabase == Computed::Touched
                       ? int(touched.size())
                       : int(LeerlingRepository(test->db()).all()->size());
    }
    QCOMPARE(live.evaluations() - evaluated, expected);
    const auto stale = SignalStore(test->db()).staleLeerlingen();
    QVERIFY(stale && stale->isEmpty());
}

void TestStoredSignals::aLargeImportKeepsTheTriggers()
{
    const auto test = generatedSchool(); // imported 10,830 records
    auto triggers = test->db().exec(
        test->db().dialect().isPostgres()
            ? u"SELECT count(*) FROM pg_trigger WHERE tgrelid = 'absenties'::regclass"
              " AND tgname LIKE 'absenties_signalen_%'"_s
            : u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
              " AND name LIKE 'absenties_signalen_%'"_s);
    QVERIFY(triggers && triggers->next());
    QCOMPARE(triggers->value(0).toInt(), 3);
    const QString pgn = LeerlingRepository(test->db()).all()->first().pgn;
    QVERIFY(AbsenceEditService(test->db(), test->clock(), u"coordinator"_s)
                .replaceDay(pgn, QDate(2026, 3, 2),
                            {{pgn, QDate(2026, 3, 2), u"O"_s, 50, 1, false, {}, true}}));
    QCOMPARE(*SignalStore(test->db()).staleLeerlingen(), QSet<QString>{pgn});
}

void TestStoredSignals::herberekenComputesEverything()
{
    const auto test = generatedSchool();
    SignalService service(test->db(), kToday);
    QVERIFY(service.recomputeAll());
    QCOMPARE(service.evaluations(), int(service.leerlingen().size()));
    SignalService start(test->db(), kToday);
    const auto read = start.signals();
    QVERIFY(read);
    QCOMPARE(start.evaluations(), 0);
    QCOMPARE(*read, computedAfresh(test->db(), kToday));
}

void TestStoredSignals::aDamagedStoreIsComputedAgain()
{
    const auto test = generatedSchool();
    QVERIFY(test->db().exec(u"UPDATE signaal_opslag SET signalen = ?"
                            " WHERE pgn = (SELECT min(pgn) FROM signaal_opslag)"_s,
                            {QByteArray("\x00\xff", 2)}));
    SignalService start(test->db(), kToday);
    const auto read = start.signals();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(*read, computedAfresh(test->db(), kToday));
    QCOMPARE(start.evaluations(), int(start.leerlingen().size()));
}

QTEST_GUILESS_MAIN(TestStoredSignals)
#include "TestStoredSignals.moc"
