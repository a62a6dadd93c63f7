// SPDX-License-Identifier: GPL-3.0-or-later
// Two coordinators with the same melding open, each on their own connection (two programs on one
// team database, or two windows on one file): the second save is refused as a conflict and the
// first one's work stays — no lost update. Runs on SQLite and on PostgreSQL.
#include "TestDatabase.h"
#include "services/MeldingService.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondSaveOfTheSameVersionConflicts_data();
    void secondSaveOfTheSameVersionConflicts();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestConcurrentEdits::secondSaveOfTheSameVersionConflicts_data()
{
    QTest::addColumn<bool>("secondReloads");
    QTest::newRow("second_saves_its_stale_copy") << false;
    QTest::newRow("second_reloads_first") << true;
}

void TestConcurrentEdits::secondSaveOfTheSameVersionConflicts()
{
    QFETCH(bool, secondReloads);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    auto other = db.db().openAnotherConnection();
    QVERIFY2(other, qPrintable(other.error()));
    MeldingService first(db.db(), m_clock, u"coordinator"_s);
    MeldingService second(**other, m_clock, u"beheerder"_s);

    const auto draft =
        first.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY2(draft, qPrintable(draft.error()));
    auto mine = first.find(draft->id);
    auto theirs = second.find(draft->id);
    QVERIFY(mine && theirs);

    // As two open editors save: each from the version it showed.
    Melding myEdit = *mine;
    myEdit.reason = u"Blijft thuis na ruzie met klasgenoten"_s;
    const auto firstSaved = first.saveEdit(*mine, myEdit);
    QVERIFY2(firstSaved, qPrintable(firstSaved.error()));

    if (secondReloads)
        theirs = second.find(draft->id);
    Melding theirEdit = *theirs;
    theirEdit.reason = u"Ziek volgens moeder"_s;
    const auto saved = second.saveEdit(*theirs, theirEdit);
    QCOMPARE(saved.ok(), secondReloads);
    if (!secondReloads)
        QVERIFY2(saved.error().contains(QString::number(draft->id)), qPrintable(saved.error()));

    // The first coordinator's reason is never silently replaced: only a second coordinator who
    // saw it (reloaded) can change it.
    const auto now = first.find(draft->id);
    QVERIFY(now);
    QCOMPARE(now->reason, secondReloads ? u"Ziek volgens moeder"_s : firstSaved->reason);
    QCOMPARE(now->version, draft->version + (secondReloads ? 2 : 1));
    const auto versions = first.versions(draft->id);
    QVERIFY(versions);
    QCOMPARE(versions->size(), secondReloads ? 3 : 2);
}

QTEST_GUILESS_MAIN(TestConcurrentEdits)
#include "TestConcurrentEdits.moc"
