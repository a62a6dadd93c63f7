// SPDX-License-Identifier: GPL-3.0-or-later
// New signals for the same day update the signal table row by row (a view keeps its selection
// and scroll position); another day, other leerlingen or many changes reset it. Either way the
// rows end as a fresh model would hold them.
#include "SignalTableModel.h"

#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 2);

TrackedSignal signalOf(int leerling, SignalKind kind, int reachedDay,
                       SignalStatus status = SignalStatus::New)
{
    Signal s;
    s.pgn = QString::number(300000000 + leerling);
    s.kind = kind;
    s.reachedOn = QDate(2026, 2, reachedDay);
    s.startDate = s.reachedOn.addDays(-14);
    s.hours = {Quantity::Unit::Minutes, 990};
    return {s, {status, {}, {}, {}}};
}

// Forty leerlingen with a 16UUR and a PREVENTIEF each.
QList<TrackedSignal> aSchool()
{
    QList<TrackedSignal> rows;
    for (int leerling = 0; leerling < 40; ++leerling) {
        rows.append(signalOf(leerling, SignalKind::SixteenHours, 1 + leerling % 20));
        rows.append(signalOf(leerling, SignalKind::Preventive, 1 + leerling % 20));
    }
    return rows;
}

QHash<QString, LeerlingSummary> namesOf(const QList<TrackedSignal>& rows)
{
    QHash<QString, LeerlingSummary> names;
    for (const TrackedSignal& row : rows)
        names.insert(row.signal.pgn, {u"Leerling "_s + row.signal.pgn, u"3A"_s});
    return names;
}

qsizetype indexOf(const QList<TrackedSignal>& rows, int leerling, SignalKind kind)
{
    const QString pgn = QString::number(300000000 + leerling);
    return std::find_if(rows.cbegin(), rows.cend(),
                        [&](const TrackedSignal& t) {
                            return t.signal.pgn == pgn && t.signal.kind == kind;
                        }) -
           rows.cbegin();
}

enum class Edit
{
    Nothing,
    WorkOnOneSignal,
    ASignalAdded,
    ASignalGone,
    ASignalReachedLater,
    ManyLeerlingenChanged,
    AnotherDay,
    ALeerlingRenamed,
};

} // namespace

class TestSignalTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreInTheirOrder_data();
    void rowsAreInTheirOrder();
    void updatesOnlyTheRowsThatDiffer_data();
    void updatesOnlyTheRowsThatDiffer();
};

enum class Arrangement
{
    AsGiven,
    Reversed,
    Shuffled,
};

void TestSignalTableModel::rowsAreInTheirOrder_data()
{
    QTest::addColumn<Arrangement>("arrangement");
    QTest::newRow("as_given") << Arrangement::AsGiven;
    QTest::newRow("reversed") << Arrangement::Reversed;
    QTest::newRow("shuffled") << Arrangement::Shuffled;
}

void TestSignalTableModel::rowsAreInTheirOrder()
{
    QFETCH(Arrangement, arrangement);
    QList<TrackedSignal> school = aSchool();
    school.append(signalOf(3, SignalKind::Late, 20)); // a second signal of a leerling, same day
    school.append(signalOf(3, SignalKind::SixteenHours, 20, SignalStatus::InProgress));
    QList<TrackedSignal> rows = school;
    switch (arrangement) {
    case Arrangement::AsGiven:
        break;
    case Arrangement::Reversed:
        std::reverse(rows.begin(), rows.end());
        break;
    case Arrangement::Shuffled:
        std::shuffle(rows.begin(), rows.end(), std::mt19937(2026));
        break;
    }
    SignalTableModel model;
    model.setSignals(rows, namesOf(rows), kToday);
    QCOMPARE(model.rowCount(), int(rows.size()));
    // Signals with a legal deadline first, newest first within each group, then by leerling.
    const auto due = [](const Signal& s) {
        return SignalKinds::hasReportingDeadline(s.kind) || SignalKinds::isLegal(s.kind);
    };
    for (int row = 1; row < model.rowCount(); ++row) {
        const Signal& before = model.signalAt(row - 1).signal;
        const Signal& after = model.signalAt(row).signal;
        const auto order = [](const Signal& s, bool isDue) {
            return std::tuple(!isDue, -s.reachedOn.toJulianDay(), s.pgn);
        };
        QVERIFY2(order(before, due(before)) <= order(after, due(after)),
                 qPrintable(QString::number(row)));
    }
    // Whatever order they came in, the same rows in the same order.
    SignalTableModel asGiven;
    asGiven.setSignals(school, namesOf(school), kToday);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY2(model.signalAt(row) == asGiven.signalAt(row), qPrintable(QString::number(row)));
}

void TestSignalTableModel::updatesOnlyTheRowsThatDiffer_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("changed");  // dataChanged
    QTest::addColumn<int>("inserted"); // rowsInserted
    QTest::addColumn<int>("removed");  // rowsRemoved
    QTest::addColumn<bool>("reset");
    QTest::newRow("nothing") << Edit::Nothing << 0 << 0 << 0 << false;
    QTest::newRow("work_on_one_signal") << Edit::WorkOnOneSignal << 1 << 0 << 0 << false;
    QTest::newRow("a_signal_added") << Edit::ASignalAdded << 0 << 1 << 0 << false;
    QTest::newRow("a_signal_gone") << Edit::ASignalGone << 0 << 0 << 1 << false;
    // Its place in the order moves: out where it was, in where it now belongs.
    QTest::newRow("a_signal_reached_later") << Edit::ASignalReachedLater << 0 << 1 << 1 << false;
    QTest::newRow("many_leerlingen_changed") << Edit::ManyLeerlingenChanged << 0 << 0 << 0 << true;
    QTest::newRow("another_day") << Edit::AnotherDay << 0 << 0 << 0 << true;
    QTest::newRow("a_leerling_renamed") << Edit::ALeerlingRenamed << 0 << 0 << 0 << true;
}

void TestSignalTableModel::updatesOnlyTheRowsThatDiffer()
{
    QFETCH(Edit, edit);
    QFETCH(int, changed);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(bool, reset);
    SignalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<TrackedSignal> school = aSchool();
    model.setSignals(school, namesOf(school), kToday);

    QList<TrackedSignal> rows = school;
    QHash<QString, LeerlingSummary> names = namesOf(school);
    QDate today = kToday;
    switch (edit) {
    case Edit::Nothing:
        break;
    case Edit::WorkOnOneSignal:
        rows[indexOf(rows, 7, SignalKind::SixteenHours)].work.status = SignalStatus::InProgress;
        break;
    case Edit::ASignalAdded:
        rows.append(signalOf(7, SignalKind::Late, 9));
        break;
    case Edit::ASignalGone:
        rows.removeAt(indexOf(rows, 7, SignalKind::Preventive));
        break;
    case Edit::ASignalReachedLater:
        rows[indexOf(rows, 7, SignalKind::SixteenHours)].signal.reachedOn = QDate(2026, 2, 27);
        break;
    case Edit::ManyLeerlingenChanged:
        for (int leerling = 0; leerling < 40; ++leerling)
            rows[indexOf(rows, leerling, SignalKind::SixteenHours)].signal.hours.value += 60;
        break;
    case Edit::AnotherDay:
        today = kToday.addDays(1);
        break;
    case Edit::ALeerlingRenamed:
        names[school.first().signal.pgn].name = u"Anders"_s;
        break;
    }
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy modelReset(&model, &QAbstractItemModel::modelReset);
    model.setSignals(rows, names, today);
    QCOMPARE(modelReset.size(), reset ? 1 : 0);
    QCOMPARE(dataChanged.size(), changed);
    QCOMPARE(rowsInserted.size(), inserted);
    QCOMPARE(rowsRemoved.size(), removed);

    SignalTableModel fresh;
    fresh.setSignals(rows, names, today);
    QCOMPARE(model.rowCount(), fresh.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY2(model.signalAt(row) == fresh.signalAt(row), qPrintable(QString::number(row)));
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.index(row, column).data(), fresh.index(row, column).data());
    }
}

QTEST_MAIN(TestSignalTableModel)
#include "TestSignalTableModel.moc"
