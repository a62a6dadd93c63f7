// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "services/SignalService.h"
#include "services/SignalWorkService.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kPeildatum(2026, 3, 31);

QList<Signal> signalsOf(Database& db)
{
    return *SignalService(db, kPeildatum).signals();
}

// The first 16UUR of leerling 300000017 in example p01: begindatum 12 January.
const SignalKey kFirstSixteen{u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 12), 0};

} // namespace

class TestSignalWorkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setStatus_data();
    void setStatus();
    void workSurvivesRecomputation();
    void overdue_data();
    void overdue();
};

void TestSignalWorkService::setStatus_data()
{
    QTest::addColumn<SignalKey>("key");
    QTest::addColumn<SignalStatus>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("in_behandeling")
        << kFirstSixteen << SignalStatus::InProgress << QString() << true;
    QTest::newRow("gemeld") << kFirstSixteen << SignalStatus::Reported << QString() << true;
    QTest::newRow("niet_melden_with_reason") << kFirstSixteen << SignalStatus::NotReported
                                             << u"Registratiefout, was op excursie"_s << true;
    QTest::newRow("niet_melden_without_reason_refused")
        << kFirstSixteen << SignalStatus::NotReported << u"   "_s << false;
    QTest::newRow("unknown_signal_refused")
        << SignalKey{u"300000017"_s, SignalKind::Lrv, QDate(2026, 1, 12), 0}
        << SignalStatus::InProgress << QString() << false;
    QTest::newRow("wrong_begindatum_refused")
        << SignalKey{u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 13), 0}
        << SignalStatus::Reported << QString() << false;
}

void TestSignalWorkService::setStatus()
{
    QFETCH(SignalKey, key);
    QFETCH(SignalStatus, status);
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(10, 30)));
    SignalWorkService service(db.db(), clock, u"coordinator"_s);
    const QList<Signal> current = signalsOf(db.db());

    const Status result = service.setStatus(current, key, status, reason);
    QCOMPARE(result.ok(), accepted);
    const auto tracked = service.track(current);
    QVERIFY(tracked);
    const auto it = std::find_if(tracked->cbegin(), tracked->cend(), [&](const TrackedSignal& t) {
        return SignalKey::of(t.signal) == key;
    });
    if (!accepted) {
        QVERIFY(!result.error().isEmpty());
        QVERIFY(it == tracked->cend() || it->work.status == SignalStatus::New);
        return;
    }
    QVERIFY(it != tracked->cend());
    QCOMPARE(it->work.status, status);
    QCOMPARE(it->work.changedBy, u"coordinator"_s);
    QCOMPARE(it->work.changedAt, QDateTime(QDate(2026, 1, 15), QTime(10, 30)));
    QCOMPARE(it->work.reason, reason.trimmed());
}

void TestSignalWorkService::workSurvivesRecomputation()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 1, 15));
    SignalWorkService service(db.db(), clock, u"coordinator"_s);
    QVERIFY(service.setStatus(signalsOf(db.db()), kFirstSixteen, SignalStatus::Reported, {}));

    // A correction adds an hour on 13 January: uren change, the identity does not.
    const QString extra = db.writeFile(u"correctie.csv"_s, "pgn;datum;code;minuten\n"
                                                           "300000017;2026-01-13;O;390\n");
    QCOMPARE(db.importService().run({{}, {}, {}, extra, {}}).status, ImportOutcome::Status::Stored);
    const auto tracked = service.track(signalsOf(db.db()));
    QVERIFY(tracked);
    const auto it = std::find_if(tracked->cbegin(), tracked->cend(), [](const TrackedSignal& t) {
        return SignalKey::of(t.signal) == kFirstSixteen;
    });
    QVERIFY(it != tracked->cend());
    QCOMPARE(it->signal.hours.value, 330 + 390 + 330);
    QCOMPARE(it->work.status, SignalStatus::Reported);
}

void TestSignalWorkService::overdue_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<SignalStatus>("status");
    QTest::addColumn<bool>("overdue");
    // The first 16UUR was reached on 14 January; uiterste meld datum 21 January.
    QTest::newRow("on_the_deadline") << QDate(2026, 1, 21) << SignalStatus::New << false;
    QTest::newRow("day_after_deadline") << QDate(2026, 1, 22) << SignalStatus::New << true;
    QTest::newRow("in_progress_still_overdue")
        << QDate(2026, 1, 22) << SignalStatus::InProgress << true;
    QTest::newRow("reported_never_overdue")
        << QDate(2026, 1, 22) << SignalStatus::Reported << false;
    QTest::newRow("set_aside_never_overdue")
        << QDate(2026, 1, 22) << SignalStatus::NotReported << false;
}

void TestSignalWorkService::overdue()
{
    QFETCH(QDate, today);
    QFETCH(SignalStatus, status);
    QFETCH(bool, overdue);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(today);
    SignalWorkService service(db.db(), clock, u"coordinator"_s);
    if (status != SignalStatus::New)
        QVERIFY(service.setStatus(signalsOf(db.db()), kFirstSixteen, status, u"reden"_s));
    const auto tracked = service.track(signalsOf(db.db()));
    QVERIFY(tracked);
    for (const TrackedSignal& t : *tracked) {
        if (SignalKey::of(t.signal) == kFirstSixteen)
            QCOMPARE(t.isOverdue(clock.today()), overdue);
        else if (t.signal.kind == SignalKind::Preventive)
            QVERIFY(!t.isOverdue(clock.today())); // school signals have no legal deadline
    }
}

QTEST_GUILESS_MAIN(TestSignalWorkService)
#include "TestSignalWorkService.moc"
