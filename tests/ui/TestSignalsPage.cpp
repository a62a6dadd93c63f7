// SPDX-License-Identifier: GPL-3.0-or-later
// A signal whose whole period an earlier melding covers (van-signaal-naar-melding §1): drafting it
// from the signal list makes no second melding; it says so, opens the covering melding and marks
// the signal by that melding's state. Example p01: the first 16UUR melding (from 12-01-2026) is
// given an einddatum of 06-02-2026, which covers the second 16UUR (26-01 to 02-02).
#include "MeldingFixture.h"
#include "MessageBox.h"
#include "SignalTableModel.h"
#include "SignalsPage.h"
#include "TestDatabase.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSignalsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setTestMode(true); }
    void coveredSignalOpensTheCoveringMelding_data();
    void coveredSignalOpensTheCoveringMelding();
};

void TestSignalsPage::coveredSignalOpensTheCoveringMelding_data()
{
    QTest::addColumn<bool>("registerFirst");
    QTest::addColumn<QString>("signalStatus");
    QTest::newRow("covering_concept") << false << u"in_behandeling"_s;
    QTest::newRow("covering_registered") << true << u"gemeld"_s;
}

void TestSignalsPage::coveredSignalOpensTheCoveringMelding()
{
    QFETCH(bool, registerFirst);
    QFETCH(QString, signalStatus);
    TestDatabase db;
    importSchoolWithContacts(db, u"p01_po_16uur_en_herhaling"_s);
    FixedClock clock(QDate(2026, 1, 14));
    MeldingService meldingen(db.db(), clock, u"coordinator"_s);
    const qint64 covering = completedDraft(meldingen);
    QVERIFY(meldingen.setFields(covering, {{u"einddatum"_s, u"2026-02-06"_s}}));
    if (registerFirst) {
        QVERIFY(meldingen.setStatus(covering, MeldingStatus::Gereed));
        QVERIFY(meldingen.registerAtDuo(covering, u"VM-7"_s));
    }
    clock.set(QDate(2026, 2, 2).startOfDay().addSecs(9 * 3600));
    const int meldingenBefore = int(meldingen.all()->size());

    SignalsPage page({db.db(), clock, u"coordinator"_s});
    QVERIFY(page.reload());
    auto* table = page.findChild<QTableView*>(u"signalTable"_s);
    auto* draft = page.findChild<QPushButton*>(u"draftButton"_s);
    QVERIFY(table && draft);
    const auto rowOfSecond16Uur = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex reached = table->model()->index(row, SignalTableModel::ReachedOn);
            if (reached.data().toString() == u"02-02-2026"_s)
                return row;
        }
        return -1;
    };
    const int row = rowOfSecond16Uur();
    QVERIFY(row >= 0);
    table->selectRow(row);
    QSignalSpy opened(&page, &SignalsPage::openMelding);
    QTest::mouseClick(draft, Qt::LeftButton);

    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), covering);
    QVERIFY2(MessageBox::lastMessage().contains(QString::number(covering)),
             qPrintable(MessageBox::lastMessage()));
    QCOMPARE(int(meldingen.all()->size()), meldingenBefore);
    const QModelIndex status = table->model()->index(rowOfSecond16Uur(), SignalTableModel::Status);
    QCOMPARE(status.data(SignalTableModel::StatusKeyRole).toString(), signalStatus);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"covered by melding %1"_s.arg(covering));
}

QTEST_MAIN(TestSignalsPage)
#include "TestSignalsPage.moc"
