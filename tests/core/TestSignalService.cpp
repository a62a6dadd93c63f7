// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "services/SignalService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignalService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyChangedLeerlingIsRecomputed();
    void settingsChangeRecomputesAll();
    void oneLeerlingComputesOnlyThatLeerling();
    void invalidateAllForgetsTheOldCalendar();
};

void TestSignalService::onlyChangedLeerlingIsRecomputed()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    SignalService service(db.db(), QDate(2026, 3, 31));
    const auto before = service.signals();
    QVERIFY(before);
    QCOMPARE(before->size(), 3);
    QCOMPARE(service.evaluations(), 2);

    // Leerling 300000029 gets three days of truancy: only they are evaluated again.
    const QString extra = db.writeFile(u"extra.csv"_s, "pgn;datum;code;minuten\n"
                                                       "300000029;2026-03-16;O;330\n"
                                                       "300000029;2026-03-17;O;330\n"
                                                       "300000029;2026-03-18;O;330\n");
    const ImportOutcome outcome = db.importService().run({{}, {}, {}, extra, {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
    QCOMPARE(outcome.affectedPgns, QSet<QString>{u"300000029"_s});
    service.invalidate(outcome.affectedPgns);
    const auto after = service.signals();
    QVERIFY(after);
    QCOMPARE(service.evaluations(), 3);
    const auto theirs = service.signalsOf(u"300000029"_s);
    QVERIFY(theirs);
    QCOMPARE(theirs->size(), 2); // PREVENTIEF on 17 March, 16UUR on 18 March
    QCOMPARE(theirs->at(1).kind, SignalKind::SixteenHours);
    QCOMPARE(theirs->at(1).reachedOn, QDate(2026, 3, 18));
    QCOMPARE(after->size(), 5);
}

void TestSignalService::settingsChangeRecomputesAll()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    SignalService service(db.db(), QDate(2026, 3, 31));
    QVERIFY(service.signals());
    QVERIFY(db.db().exec(u"UPDATE school SET preventief_uren = preventief_uren + 1"_s));
    service.invalidateAll(); // as schoolChanged tells it
    QVERIFY(service.signals());
    QCOMPARE(service.evaluations(), 4);
}

void TestSignalService::oneLeerlingComputesOnlyThatLeerling()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    SignalService service(db.db(), QDate(2026, 3, 31));
    const auto theirs = service.signalsOf(u"300000017"_s);
    QVERIFY(theirs);
    QCOMPARE(theirs->size(), 3);
    QCOMPARE(service.evaluations(), 1);
    QVERIFY(service.signalsOf(u"300000017"_s));
    QCOMPARE(service.evaluations(), 1);     // cached
    QCOMPARE(service.signals()->size(), 3); // the whole school when asked for it
    QCOMPARE(service.evaluations(), 3);
}

void TestSignalService::invalidateAllForgetsTheOldCalendar()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    SignalService service(db.db(), QDate(2026, 3, 31));
    QCOMPARE(service.signalsOf(u"300000017"_s)->size(), 3);

    // The school declares 12–16 January a vrije week after all: those records no longer count.
    QFile file(examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject school = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray holidays = school[u"vakanties"_s].toArray();
    holidays.append(QJsonObject{
        {u"naam"_s, u"Extra"_s}, {u"van"_s, u"2026-01-12"_s}, {u"tot"_s, u"2026-01-16"_s}});
    school[u"vakanties"_s] = holidays;
    const QString path = db.writeFile(u"school.json"_s, QJsonDocument(school).toJson());
    QCOMPARE(db.importService().run({path, {}, {}, {}, {}}).status, ImportOutcome::Status::Stored);
    service.invalidateAll();

    const auto after = service.signalsOf(u"300000017"_s);
    QVERIFY(after);
    QCOMPARE(after->size(), 2); // PREVENTIEF on 27 January, 16UUR on 2 February
    QCOMPARE(after->last().kind, SignalKind::SixteenHours);
    QCOMPARE(after->last().startDate, QDate(2026, 1, 26));
}

QTEST_GUILESS_MAIN(TestSignalService)
#include "TestSignalService.moc"
