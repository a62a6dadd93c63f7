// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "SignalTableModel.h"
#include "TestDatabase.h"
#include "util/Clock.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"nl"_s); }
    void showsTodaysSignalsLegalFirst();
    void modelPassesTester();
};

void TestMainWindow::showsTodaysSignalsLegalFirst()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(db.db(), clock);
    QVERIFY(window.reload());
    window.show();

    auto* table = window.findChild<QTableView*>(u"signalTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 3);
    // Legal signals first, newest first; the deadline of 9 February has passed on 31 March.
    QCOMPARE(table->model()->index(0, SignalTableModel::ReachedOn).data().toString(),
             u"02-02-2026"_s);
    QVERIFY(table->model()
                ->index(0, SignalTableModel::Deadline)
                .data()
                .toString()
                .contains(u"09-02-2026"_s));
    QCOMPARE(table->model()->index(2, SignalTableModel::Soort).data().toString(), u"Preventief"_s);
    QVERIFY(window.windowTitle().contains(u"School p01"_s));
    auto* summary = window.findChild<QLabel*>(u"signalSummary"_s);
    QVERIFY(summary->text().contains(u"31-03-2026"_s));
}

void TestMainWindow::modelPassesTester()
{
    SignalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Signal s;
    s.pgn = u"300000017"_s;
    s.reachedOn = QDate(2026, 1, 14);
    s.startDate = QDate(2026, 1, 12);
    s.reportDeadline = QDate(2026, 1, 21);
    s.hours = {Quantity::Unit::Minutes, 990};
    model.setSignals({s, s}, {{s.pgn, u"de Vries, Test"_s}}, QDate(2026, 1, 15));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SignalTableModel::Hours).data().toString(), u"16,5"_s);
    model.setSignals({}, {}, QDate(2026, 1, 15));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
