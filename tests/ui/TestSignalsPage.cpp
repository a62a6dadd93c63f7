// SPDX-License-Identifier: GPL-3.0-or-later
// The signal list. A signal whose whole period an earlier melding covers (van-signaal-naar-melding
// §1): drafting it from the signal list makes no second melding; it says so, opens the covering
// melding and marks the signal by that melding's state. Example p01: the first 16UUR melding (from
// 12-01-2026) is given an einddatum of 06-02-2026, which covers the second 16UUR (26-01 to 02-02).
#include "MeldingFixture.h"
#include "MessageBox.h"
#include "SignalTableModel.h"
#include "SignalsPage.h"
#include "TestDatabase.h"
#include "services/SchoolService.h"

#include <QLabel>
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
    void wholeDaysUnknownUntilLestijden_data();
    void wholeDaysUnknownUntilLestijden();
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
    // The page follows the signal's work (its status) once the event loop is free.
    const auto status = [&] {
        return table->model()->index(rowOfSecond16Uur(), SignalTableModel::Status);
    };
    QTRY_COMPARE(status().data(SignalTableModel::StatusKeyRole).toString(), signalStatus);
    QCOMPARE(status().data(Qt::ToolTipRole).toString(), u"covered by melding %1"_s.arg(covering));
}

void TestSignalsPage::wholeDaysUnknownUntilLestijden_data()
{
    QTest::addColumn<bool>("heleDagGiven");
    QTest::addColumn<bool>("withLestijden"); // entered in Instellingen after the import
    QTest::addColumn<bool>("shown");
    QTest::newRow("file_gives_hele_dag") << true << false << false;
    QTest::newRow("no_hele_dag_no_lestijden") << false << false << true;
    QTest::newRow("no_hele_dag_lestijden_set") << false << true << false;
}

void TestSignalsPage::wholeDaysUnknownUntilLestijden()
{
    QFETCH(bool, heleDagGiven);
    QFETCH(bool, withLestijden);
    QFETCH(bool, shown);
    TestDatabase db;
    db.clock().set(QDateTime(QDate(2026, 3, 3), QTime(9, 0)));
    const QString example =
        QStringLiteral(VERZUIMDESK_EXAMPLES_DIR) + u"/p03_continu_lrv_en_rmc/"_s;
    ImportFiles files;
    files.school = example + u"school.json"_s;
    files.leerlingen = example + u"leerlingen.csv"_s;
    files.absenties =
        db.writeFile(u"absenties.csv"_s, heleDagGiven ? "pgn;datum;code;minuten;lesuren;hele_dag\n"
                                                        "300002014;2026-03-02;O;420;7;1\n"_ba
                                                      : "pgn;datum;code;minuten;lesuren\n"
                                                        "300002014;2026-03-02;O;420;7\n"_ba);
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 3));
    if (withLestijden) {
        SchoolService schools(db.db(), clock, u"coordinator"_s);
        School school = **schools.load();
        school.lestijden.setStandard({{1, QTime(8, 30), QTime(15, 30)}});
        QVERIFY(schools.save(school));
    }
    SignalsPage page({db.db(), clock, u"coordinator"_s});
    page.show();
    QVERIFY(page.reload());
    QCOMPARE(page.findChild<QLabel*>(u"wholeDaysUnknown"_s)->isVisible(), shown);
}

QTEST_MAIN(TestSignalsPage)
#include "TestSignalsPage.moc"
