// SPDX-License-Identifier: GPL-3.0-or-later
// What another program commits reaches this session's notifier: on a team database as the
// change it announced, on a SQLite file as "changed elsewhere". This session's own changes are
// not heard twice, a rolled-back change not at all.
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "services/SchoolService.h"
#include "storage/ChangeListener.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s;
const QString kOtherPgn = u"300000029"_s;
constexpr std::chrono::milliseconds kInterval(20);

enum class Edit
{
    CorrectADay,
    AddANote,
    SaveTheSchool,
};

void make(Edit edit, Database& db, const Clock& clock, const QString& pgn = kPgn)
{
    switch (edit) {
    case Edit::CorrectADay:
        QVERIFY(AbsenceEditService(db, clock, u"coordinator"_s)
                    .replaceDay(pgn, QDate(2026, 1, 12), {}));
        return;
    case Edit::AddANote:
        QVERIFY(DossierNoteService(db, clock, u"coordinator"_s).add(pgn, u"Gebeld"_s, false));
        return;
    case Edit::SaveTheSchool: {
        SchoolService school(db, clock, u"coordinator"_s);
        const auto loaded = school.load();
        QVERIFY(loaded && loaded->has_value());
        QVERIFY(school.save(**loaded));
        return;
    }
    }
}

} // namespace

class TestChangeListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anotherProgramsChangeArrives_data();
    void anotherProgramsChangeArrives();
    void ownChangesAreNotHeardTwice();
    void aRolledBackChangeIsNotHeard();
    void aLongChangeArrivesAsChangedElsewhere();

private:
    // Another program edits (the marker) and waits until this session has heard it: whatever
    // was committed before it has arrived too.
    void waitForAMarker();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_anotherProgram; // its own connection and notifier
    std::unique_ptr<ChangeListener> m_listener;
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestChangeListener::init()
{
    m_db = std::make_unique<TestDatabase>();
    QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    auto other = Database::open(m_db->location());
    QVERIFY2(other, qPrintable(other.error()));
    m_anotherProgram = std::move(*other);
    auto listener = ChangeListener::listen(m_db->db(), kInterval);
    QVERIFY2(listener, qPrintable(listener.error()));
    m_listener = std::move(*listener);
}

void TestChangeListener::cleanup()
{
    m_listener.reset();
    m_anotherProgram.reset();
    m_db.reset();
}

void TestChangeListener::waitForAMarker()
{
    QSignalSpy marker(&m_db->db().notifier(), TestDatabase::onPostgres()
                                                  ? SIGNAL(dossierChanged(QString))
                                                  : SIGNAL(changedElsewhere()));
    make(Edit::AddANote, *m_anotherProgram, m_clock, kOtherPgn);
    QTRY_COMPARE(marker.size(), 1);
}

void TestChangeListener::anotherProgramsChangeArrives_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("change"); // as it arrives on a team database
    QTest::addColumn<QVariantList>("arguments");
    QTest::newRow("correcting_a_day")
        << Edit::CorrectADay << QByteArray(SIGNAL(absencesChanged(QStringList)))
        << QVariantList{QStringList{kPgn}};
    QTest::newRow("adding_a_note")
        << Edit::AddANote << QByteArray(SIGNAL(dossierChanged(QString))) << QVariantList{kPgn};
    QTest::newRow("saving_the_school")
        << Edit::SaveTheSchool << QByteArray(SIGNAL(schoolChanged())) << QVariantList{};
}

void TestChangeListener::anotherProgramsChangeArrives()
{
    QFETCH(Edit, edit);
    QFETCH(QByteArray, change);
    QFETCH(QVariantList, arguments);
    const bool named = TestDatabase::onPostgres();
    QSignalSpy arrived(&m_db->db().notifier(),
                       named ? change.constData() : SIGNAL(changedElsewhere()));
    make(edit, *m_anotherProgram, m_clock);
    QTRY_VERIFY(!arrived.isEmpty());
    if (named)
        QCOMPARE(arrived.first(), arguments);
    waitForAMarker();
    if (named) // the marker is a note on another leerling: heard as a change of its own
        QCOMPARE(std::count(arrived.cbegin(), arrived.cend(), arguments), 1);
    else // the marker is "changed elsewhere" too
        QCOMPARE(arrived.size(), 2);
}

void TestChangeListener::ownChangesAreNotHeardTwice()
{
    QSignalSpy corrected(&m_db->db().notifier(), &ChangeNotifier::absencesChanged);
    QSignalSpy elsewhere(&m_db->db().notifier(), &ChangeNotifier::changedElsewhere);
    make(Edit::CorrectADay, m_db->db(), m_clock);
    QCOMPARE(corrected.size(), 1); // at its commit
    if (TestDatabase::onPostgres()) {
        // Another connection of the session is another server session: told apart by the
        // session the message names. (A SQLite file cannot tell: its other connections' commits
        // are heard as "changed elsewhere".)
        auto background = m_db->db().openAnotherConnection();
        QVERIFY2(background, qPrintable(background.error()));
        make(Edit::CorrectADay, **background, m_clock, kOtherPgn);
        QCOMPARE(corrected.size(), 2);
    }
    waitForAMarker();
    QCOMPARE(corrected.size(), TestDatabase::onPostgres() ? 2 : 1);
    QCOMPARE(elsewhere.size(), TestDatabase::onPostgres() ? 0 : 1); // the marker
}

void TestChangeListener::aRolledBackChangeIsNotHeard()
{
    QSignalSpy corrected(&m_db->db().notifier(), &ChangeNotifier::absencesChanged);
    QSignalSpy elsewhere(&m_db->db().notifier(), &ChangeNotifier::changedElsewhere);
    Database& other = *m_anotherProgram;
    const Status failed = other.transaction([&]() -> Status {
        if (auto deleted = other.exec(u"DELETE FROM absenties WHERE pgn = ?"_s, {kPgn}); !deleted)
            return deleted.failure();
        other.announce(&ChangeNotifier::absencesChanged, QStringList{kPgn});
        return Error{u"the work failed"_s};
    });
    QVERIFY(!failed);
    waitForAMarker();
    QCOMPARE(corrected.size(), 0);
    QCOMPARE(elsewhere.size(), TestDatabase::onPostgres() ? 0 : 1); // the marker
}

void TestChangeListener::aLongChangeArrivesAsChangedElsewhere()
{
    if (!TestDatabase::onPostgres())
        return; // a SQLite file sends no messages (a skip would mark the whole test skipped)
    QStringList many;
    for (int i = 0; i < 2000; ++i)
        many.append(QString::number(100000000 + i));
    QSignalSpy elsewhere(&m_db->db().notifier(), &ChangeNotifier::changedElsewhere);
    QSignalSpy named(&m_db->db().notifier(), &ChangeNotifier::absencesChanged);
    Database& other = *m_anotherProgram;
    QVERIFY(other.transaction([&]() -> Status {
        other.announce(&ChangeNotifier::absencesChanged, many);
        return {};
    }));
    QTRY_COMPARE(elsewhere.size(), 1);
    waitForAMarker();
    QCOMPARE(named.size(), 0);
}

QTEST_GUILESS_MAIN(TestChangeListener)
#include "TestChangeListener.moc"
