// SPDX-License-Identifier: GPL-3.0-or-later
// The core's change notifier: a change is announced once its transaction has committed and never
// after a rollback, at once outside a transaction, on every connection of a session, and by the
// service that made it; another program's message arrives as the change it names.
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "services/MeldingService.h"
#include "services/SchoolService.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "storage/ChangeNotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Announcement)

namespace {

const QString kPgn = u"300000017"_s; // has a 16UUR signal reached on 2026-01-14

enum class Action
{
    CorrectADay,
    AddANote,
    DraftAMelding,
    SetASignalAside,
    SaveTheSchool,
    Import,
};

} // namespace

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void announcedOnceCommitted_data();
    void announcedOnceCommitted();
    void outsideATransactionAtOnce();
    void everyConnectionOfTheSessionShares();
    void servicesAnnounceWhatTheyChanged_data();
    void servicesAnnounceWhatTheyChanged();
    void anotherProgramsMessageArrivesAsItsChange_data();
    void anotherProgramsMessageArrivesAsItsChange();
    void theSessionsOwnMessageIsIgnored();
    void anUnreadableMessageSaysChangedElsewhere_data();
    void anUnreadableMessageSaysChangedElsewhere();

private:
    void perform(Action action);

    std::unique_ptr<TestDatabase> m_db;
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestChangeNotifier::init()
{
    m_db = std::make_unique<TestDatabase>();
    QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
}

void TestChangeNotifier::announcedOnceCommitted_data()
{
    QTest::addColumn<bool>("commits");
    QTest::newRow("committed") << true;
    QTest::newRow("rolled_back") << false;
}

void TestChangeNotifier::announcedOnceCommitted()
{
    QFETCH(bool, commits);
    Database& db = m_db->db();
    QSignalSpy changed(&db.notifier(), &ChangeNotifier::meldingChanged);
    const Status done = db.transaction([&]() -> Status {
        db.announce(&ChangeNotifier::meldingChanged, qint64(7));
        if (changed.size() != 0)
            return Error{u"announced before the commit"_s};
        return commits ? Status() : Status(Error{u"the work failed"_s});
    });
    QCOMPARE(done.ok(), commits);
    QCOMPARE(changed.size(), commits ? 1 : 0);
    if (commits)
        QCOMPARE(changed.first().first().toLongLong(), 7);
}

void TestChangeNotifier::outsideATransactionAtOnce()
{
    QSignalSpy changed(&m_db->db().notifier(), &ChangeNotifier::schoolChanged);
    m_db->db().announce(&ChangeNotifier::schoolChanged);
    QCOMPARE(changed.size(), 1);
}

void TestChangeNotifier::everyConnectionOfTheSessionShares()
{
    auto other = m_db->db().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.error()));
    QCOMPARE(&(*other)->notifier(), &m_db->db().notifier());
    QSignalSpy changed(&m_db->db().notifier(), &ChangeNotifier::absencesChanged);
    QVERIFY(AbsenceEditService(**other, m_clock, u"coordinator"_s)
                .replaceDay(kPgn, QDate(2026, 1, 12), {}));
    QCOMPARE(changed.size(), 1);
}

void TestChangeNotifier::perform(Action action)
{
    Database& db = m_db->db();
    switch (action) {
    case Action::CorrectADay:
        QVERIFY(AbsenceEditService(db, m_clock, u"coordinator"_s)
                    .replaceDay(kPgn, QDate(2026, 1, 12), {}));
        return;
    case Action::AddANote:
        QVERIFY(DossierNoteService(db, m_clock, u"coordinator"_s).add(kPgn, u"Gebeld"_s, false));
        return;
    case Action::DraftAMelding:
        QVERIFY(MeldingService(db, m_clock, u"coordinator"_s)
                    .draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14)));
        return;
    case Action::SetASignalAside: {
        const auto signalList = SignalService(db, m_clock.today()).signalsOf(kPgn);
        QVERIFY(signalList && !signalList->isEmpty());
        QVERIFY(SignalWorkService(db, m_clock, u"coordinator"_s)
                    .setStatus(*signalList, SignalKey::of(signalList->first()),
                               SignalStatus::NotReported, u"Verhuisd"_s));
        return;
    }
    case Action::SaveTheSchool: {
        SchoolService school(db, m_clock, u"coordinator"_s);
        const auto loaded = school.load();
        QVERIFY(loaded && loaded->has_value());
        QVERIFY(school.save(**loaded));
        return;
    }
    case Action::Import:
        QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
                 ImportOutcome::Status::Stored);
        return;
    }
}

void TestChangeNotifier::servicesAnnounceWhatTheyChanged_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QByteArray>("change"); // the notifier's signal
    QTest::addColumn<QString>("about");     // its argument, where it names a leerling
    QTest::newRow("correcting_a_day")
        << Action::CorrectADay << QByteArray(SIGNAL(absencesChanged(QStringList))) << kPgn;
    QTest::newRow("adding_a_note")
        << Action::AddANote << QByteArray(SIGNAL(dossierChanged(QString))) << kPgn;
    QTest::newRow("drafting_a_melding")
        << Action::DraftAMelding << QByteArray(SIGNAL(meldingChanged(qint64))) << QString();
    QTest::newRow("drafting_takes_up_the_signal")
        << Action::DraftAMelding << QByteArray(SIGNAL(signalWorkChanged(QString))) << kPgn;
    QTest::newRow("setting_a_signal_aside")
        << Action::SetASignalAside << QByteArray(SIGNAL(signalWorkChanged(QString))) << kPgn;
    QTest::newRow("saving_the_school")
        << Action::SaveTheSchool << QByteArray(SIGNAL(schoolChanged())) << QString();
    QTest::newRow("importing") << Action::Import
                               << QByteArray(SIGNAL(leerlingenChanged(QStringList))) << kPgn;
}

void TestChangeNotifier::servicesAnnounceWhatTheyChanged()
{
    QFETCH(Action, action);
    QFETCH(QByteArray, change);
    QFETCH(QString, about);
    QSignalSpy changed(&m_db->db().notifier(), change.constData());
    QVERIFY(changed.isValid());
    perform(action);
    QCOMPARE(changed.size(), 1);
    if (!about.isEmpty()) {
        const QVariant argument = changed.first().first();
        QVERIFY2(argument.toStringList().contains(about) || argument.toString() == about,
                 qPrintable(argument.toString()));
    }
}

void TestChangeNotifier::anotherProgramsMessageArrivesAsItsChange_data()
{
    QTest::addColumn<Announcement>("change");
    QTest::addColumn<QByteArray>("signal");
    QTest::newRow("pgns") << Announcement::of(&ChangeNotifier::absencesChanged,
                                              QStringList{kPgn, u"300000029"_s})
                          << QByteArray(SIGNAL(absencesChanged(QStringList)));
    QTest::newRow("one_pgn") << Announcement::of(&ChangeNotifier::dossierChanged, kPgn)
                             << QByteArray(SIGNAL(dossierChanged(QString)));
    QTest::newRow("a_melding") << Announcement::of(&ChangeNotifier::meldingChanged, qint64(1) << 40)
                               << QByteArray(SIGNAL(meldingChanged(qint64)));
    QTest::newRow("nothing_named")
        << Announcement::of(&ChangeNotifier::schoolChanged) << QByteArray(SIGNAL(schoolChanged()));
}

void TestChangeNotifier::anotherProgramsMessageArrivesAsItsChange()
{
    QFETCH(Announcement, change);
    QFETCH(QByteArray, signal);
    const ChangeNotifier anotherProgram;
    const QByteArray message = anotherProgram.message(change, 7999);
    QVERIFY(!message.isEmpty());
    ChangeNotifier here;
    QSignalSpy arrived(&here, signal.constData());
    QSignalSpy unknown(&here, &ChangeNotifier::changedElsewhere);
    here.deliverMessage(message);
    QCOMPARE(arrived.size(), 1);
    QCOMPARE(arrived.first(), change.arguments);
    QCOMPARE(unknown.size(), 0);
    // Too long for a message: nothing is made of it (the database sends changedElsewhere).
    QVERIFY(anotherProgram.message(change, message.size() - 1).isEmpty());
}

void TestChangeNotifier::theSessionsOwnMessageIsIgnored()
{
    ChangeNotifier here;
    QSignalSpy heard(&here, &ChangeNotifier::meldingChanged);
    QSignalSpy unknown(&here, &ChangeNotifier::changedElsewhere);
    here.deliverMessage(
        here.message(Announcement::of(&ChangeNotifier::meldingChanged, qint64(3)), 7999));
    QCOMPARE(heard.size() + unknown.size(), 0);
}

void TestChangeNotifier::anUnreadableMessageSaysChangedElsewhere_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not_json") << "absencesChanged 300000017"_ba;
    QTest::newRow("a_newer_programs_change") << R"({"sessie":"x","wijziging":"stelselChanged"})"_ba;
    QTest::newRow("a_number_for_pgns")
        << R"({"sessie":"x","wijziging":"absencesChanged","waarde":7})"_ba;
    QTest::newRow("text_for_a_melding")
        << R"({"sessie":"x","wijziging":"meldingChanged","waarde":"zeven"})"_ba;
    QTest::newRow("argument_missing") << R"({"sessie":"x","wijziging":"dossierChanged"})"_ba;
    QTest::newRow("argument_too_many")
        << R"({"sessie":"x","wijziging":"schoolChanged","waarde":1})"_ba;
    QTest::newRow("not_a_signal") << R"({"sessie":"x","wijziging":"deliverMessage"})"_ba;
}

void TestChangeNotifier::anUnreadableMessageSaysChangedElsewhere()
{
    QFETCH(QByteArray, message);
    ChangeNotifier here;
    QSignalSpy unknown(&here, &ChangeNotifier::changedElsewhere);
    QSignalSpy named(&here, &ChangeNotifier::absencesChanged);
    here.deliverMessage(message);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(named.size(), 0);
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "TestChangeNotifier.moc"
