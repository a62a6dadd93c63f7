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
#include "services/AbsenceEditService.h"
#include "services/SchoolService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
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
    void theKlasFilterFollowsTheSignals_data();
    void theKlasFilterFollowsTheSignals();
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

// The klas filter offers the klassen of the leerlingen with a signal, each once and sorted; the
// chosen klas stays chosen through a reload while it has signals, and when its last signal goes
// the filter shows every klas again, and so does the table.
enum class KlasChange
{
    None,
    SignalsInAnotherKlas,         // 1B's leerling reaches 16 uur too
    NoSignalsLeftInTheChosenKlas, // 3A's signals go, 1B's come
};

void TestSignalsPage::theKlasFilterFollowsTheSignals_data()
{
    QTest::addColumn<KlasChange>("change");
    QTest::addColumn<QStringList>("offered"); // after "All classes"
    QTest::addColumn<QString>("chosenAfter"); // empty: "All classes"
    QTest::newRow("a_leerling_without_signals_adds_no_klas")
        << KlasChange::None << QStringList{u"3A"_s} << u"3A"_s;
    QTest::newRow("a_new_klas_comes_in_order_and_the_choice_stays")
        << KlasChange::SignalsInAnotherKlas << QStringList{u"1B"_s, u"3A"_s} << u"3A"_s;
    QTest::newRow("a_klas_without_signals_falls_back_to_all")
        << KlasChange::NoSignalsLeftInTheChosenKlas << QStringList{u"1B"_s} << QString();
}

void TestSignalsPage::theKlasFilterFollowsTheSignals()
{
    QFETCH(KlasChange, change);
    QFETCH(QStringList, offered);
    QFETCH(QString, chosenAfter);
    TestDatabase db;
    const QString example = examplePath(u"p01_po_16uur_en_herhaling"_s, u""_s);
    ImportFiles files;
    files.school = example + u"school.json"_s;
    files.absenties = example + u"absenties.csv"_s; // 300000017's give it its signals
    files.leerlingen = db.writeFile(u"leerlingen.csv"_s,
                                    "pgn;achternaam;voornamen;geboortedatum;inschrijving_van;klas\n"
                                    "300000017;de Vries;Test;2016-04-12;2025-08-01;3A\n"
                                    "300000029;Bakker;Test;2016-09-01;2025-08-01;1B\n"_ba);
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 2, 2));
    SignalsPage page({db.db(), clock, u"coordinator"_s});
    QVERIFY(page.reload());
    auto* klas = page.findChild<QComboBox*>(u"klasFilter"_s);
    auto* table = page.findChild<QTableView*>(u"signalTable"_s);
    QVERIFY(klas && table);
    const int everySignal = table->model()->rowCount();
    QVERIFY(everySignal > 0);
    klas->setCurrentIndex(klas->findData(u"3A"_s));
    QCOMPARE(table->model()->rowCount(), everySignal); // 3A has every signal so far

    AbsenceEditService edits(db.db(), clock, u"coordinator"_s);
    const auto setDays = [&](const QString& pgn, int minutes) {
        for (const QDate day : {QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 14),
                                QDate(2026, 1, 26), QDate(2026, 1, 27), QDate(2026, 1, 28)}) {
            const QList<AbsenceRecord> records{{pgn, day, u"O"_s, minutes, 5, true, {}, true}};
            QVERIFY(edits.replaceDay(pgn, day, minutes > 0 ? records : QList<AbsenceRecord>()));
        }
    };
    if (change != KlasChange::None)
        setDays(u"300000029"_s, 330);
    if (change == KlasChange::NoSignalsLeftInTheChosenKlas)
        setDays(u"300000017"_s, 0);
    QVERIFY(page.reload());

    QStringList shown;
    for (int i = 1; i < klas->count(); ++i)
        shown << klas->itemData(i).toString();
    QCOMPARE(shown, offered);
    QCOMPARE(klas->currentData().toString(), chosenAfter);
    const auto* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString rowKlas = model->index(row, 0).data(SignalTableModel::KlasRole).toString();
        QVERIFY2(chosenAfter.isEmpty() || rowKlas == chosenAfter, qPrintable(rowKlas));
    }
    QVERIFY(model->rowCount() > 0);
    if (chosenAfter.isEmpty()) { // every signal is shown again, whatever its klas
        const auto* filter = qobject_cast<const QSortFilterProxyModel*>(model);
        QVERIFY(filter);
        QCOMPARE(model->rowCount(), filter->sourceModel()->rowCount());
    }
}

QTEST_MAIN(TestSignalsPage)
#include "TestSignalsPage.moc"
