// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingTableModel.h"
#include "MainWindow.h"
#include "MeldingTableModel.h"
#include "MessageBox.h"
#include "SignalTableModel.h"
#include "TestDatabase.h"
#include "storage/BackupStore.h"
#include "util/Clock.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Settings::createTemporary(); // nothing of the user's own settings
        MessageBox::setTestMode(true);
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void showsTodaysSignalsLegalFirst();
    void leerlingSearch_data();
    void leerlingSearch();
    void shortcutsSwitchScreens();
    void newSignalsSinceThePreviousStart_data();
    void newSignalsSinceThePreviousStart();
    void signalModelPassesTester();
    void leerlingModelPassesTester();
    void meldingModelPassesTester();
    void languageIsRemembered_data();
    void languageIsRemembered();
    void restoreIsRequested_data();
    void restoreIsRequested();
    void windowIconRenders_data();
    void windowIconRenders();
    void aboutShowsTheVersion();
};

void TestMainWindow::showsTodaysSignalsLegalFirst()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
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
                .contains(u"verlopen"_s));
    QCOMPARE(table->model()->index(2, SignalTableModel::Soort).data().toString(), u"Preventief"_s);
    QVERIFY(window.windowTitle().contains(u"School p01"_s));
    auto* summary = window.findChild<QLabel*>(u"signalSummary"_s);
    QVERIFY(summary->text().contains(u"31-03-2026"_s));
    QVERIFY(summary->text().contains(u"2 verlopen"_s));
}

void TestMainWindow::leerlingSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");
    QTest::newRow("everyone") << QString() << 2;
    QTest::newRow("part_of_name") << u"bakk"_s << 1;
    QTest::newRow("pgn") << u"300000017"_s << 1;
    QTest::newRow("wildcard_end_of_name") << u"%vries, test"_s << 1;
    QTest::newRow("wildcard_pgn_prefix") << u"3000000%"_s << 2;
    QTest::newRow("wildcard_without_match") << u"x%"_s << 0;
    QTest::newRow("case_insensitive") << u"DE VRIES"_s << 1;
    // The package's own number, as the school knows its leerlingen (4711, 4712 here).
    QTest::newRow("leerlingnummer") << u"4712"_s << 1;
    QTest::newRow("wildcard_leerlingnummer") << u"471%"_s << 2;
}

void TestMainWindow::leerlingSearch()
{
    QFETCH(QString, search);
    QFETCH(int, rows);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    QFile example(examplePath(u"p01_po_16uur_en_herhaling"_s, u"leerlingen.csv"_s));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = example.readAll().trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] =
            lines[i].trimmed() + (i == 0 ? ";leerlingnummer" : ";471" + QByteArray::number(i));
    ImportFiles numbered;
    numbered.leerlingen = db.writeFile(u"leerlingen.csv"_s, lines.join('\n') + '\n');
    QCOMPARE(db.importService().run(numbered).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    QVERIFY(window.reload());
    window.show();
    // The list is filled when its page is shown, not at start.
    QCOMPARE(window.findChild<QTableView*>(u"leerlingTable"_s)->model()->rowCount(), 0);
    window.showPage(MainWindow::Leerlingen);
    auto* edit = window.findChild<QLineEdit*>(u"leerlingSearch"_s);
    QVERIFY(edit);
    QTest::keyClicks(edit, search);
    QCOMPARE(window.findChild<QTableView*>(u"leerlingTable"_s)->model()->rowCount(), rows);
}

void TestMainWindow::shortcutsSwitchScreens()
{
    TestDatabase db;
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"meldingenPage"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"leerlingenPage"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentWidget()->objectName(), u"signalsPage"_s);
}

void TestMainWindow::newSignalsSinceThePreviousStart_data()
{
    QTest::addColumn<QDate>("previousStart");
    QTest::addColumn<int>("newSignals");
    QTest::newRow("first_start_announces_nothing") << QDate() << 0;
    QTest::newRow("one_new_since_20_january") << QDate(2026, 1, 20) << 1; // 16UUR of 2 February
    QTest::newRow("all_new_since_new_year") << QDate(2026, 1, 1) << 3;
    QTest::newRow("nothing_new_since_yesterday") << QDate(2026, 3, 30) << 0;
}

void TestMainWindow::newSignalsSinceThePreviousStart()
{
    QFETCH(QDate, previousStart);
    QFETCH(int, newSignals);
    Settings::createTemporary();
    Settings::instance().set(Settings::Key::SignalsPreviousStart, previousStart);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 31));
    {
        MainWindow window(Session{db.db(), clock, u"coordinator"_s});
        QVERIFY(window.reload());
        window.show();
        auto* banner = window.findChild<QLabel*>(u"newSignals"_s);
        QCOMPARE(banner->isVisible(), newSignals > 0);
        if (newSignals > 0)
            QVERIFY2(banner->text().contains(QString::number(newSignals)),
                     qPrintable(banner->text()));
        window.close();
    }
    QCOMPARE(Settings::instance().get(Settings::Key::SignalsPreviousStart).toDate(),
             QDate(2026, 3, 31));
}

void TestMainWindow::signalModelPassesTester()
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
    model.setSignals({{s, {}}, {s, {SignalStatus::Reported, {}, {}, {}}}},
                     {{s.pgn, {u"de Vries, Test"_s, u"3A"_s}}}, QDate(2026, 1, 22));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SignalTableModel::Hours).data().toString(), u"16,5"_s);
    QCOMPARE(model.index(0, 0).data(SignalTableModel::KlasRole).toString(), u"3A"_s);
    QCOMPARE(model.index(0, 0).data(SignalTableModel::OverdueRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(SignalTableModel::OverdueRole).toBool(), false);
    model.setSignals({}, {}, QDate(2026, 1, 15));
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::leerlingModelPassesTester()
{
    LeerlingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Leerling l;
    l.pgn = u"300000017"_s;
    l.lastName = u"Vries"_s;
    l.infix = u"de"_s;
    l.firstNames = u"Test"_s;
    model.setLeerlingen({l});
    QCOMPARE(model.index(0, LeerlingTableModel::Name).data().toString(), u"Vries, Test de"_s);
    // One leerling changed and one added: row updates (checked by the tester), no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Leerling moved = l;
    moved.klas = u"4B"_s;
    Leerling added = l;
    added.pgn = u"300000029"_s;
    added.lastName = u"Bakker"_s;
    model.setLeerlingen({added, moved});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, LeerlingTableModel::Klas).data().toString(), u"4B"_s); // by PGN
    model.setLeerlingen({l});
    QCOMPARE(model.rowCount(), 1);
    LeerlingSearchModel search;
    QAbstractItemModelTester searchTester(&search,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    search.setSourceModel(&model);
    search.setSearch(u"%de vries"_s);
    QCOMPARE(search.rowCount(), 1);
}

void TestMainWindow::meldingModelPassesTester()
{
    MeldingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Melding m;
    m.id = 7;
    m.leerlingName = u"Test de Vries"_s;
    m.duoNumber = u"VM-1"_s;
    m.status = MeldingStatus::Geregistreerd;
    model.setMeldingen({m});
    QCOMPARE(model.index(0, MeldingTableModel::DuoNumber).data().toString(), u"VM-1"_s);
    QCOMPARE(model.index(0, 0).data(MeldingTableModel::IdRole).toLongLong(), 7);
    QCOMPARE(model.index(0, MeldingTableModel::Status).data().toString(), u"Geregistreerd"_s);
}

void TestMainWindow::languageIsRemembered_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("english") << u"en"_s;
    QTest::newRow("dutch") << u"nl"_s;
}

void TestMainWindow::languageIsRemembered()
{
    QFETCH(QString, language);
    TestDatabase db;
    const FixedClock clock(QDate(2026, 1, 15));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    window.findChild<QAction*>(u"language_"_s + language)->trigger();
    const QString chosen = Settings::instance().get(Settings::Key::Language).toString();
    QCOMPARE(chosen, language);
    QCOMPARE(Translations::chooseLanguage(chosen),
             qEnvironmentVariable("VERZUIMDESK_TAAL", language));
}

void TestMainWindow::restoreIsRequested_data()
{
    QTest::addColumn<MessageBox::Answer>("confirmed");
    QTest::addColumn<bool>("requested");
    QTest::newRow("confirmed") << MessageBox::Answer::Yes << true;
    QTest::newRow("declined") << MessageBox::Answer::No << false;
}

void TestMainWindow::restoreIsRequested()
{
    QFETCH(MessageBox::Answer, confirmed);
    QFETCH(bool, requested);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored); // an import makes a backup first
    const QList<QFileInfo> backups = BackupStore::list(db.db().location());
    QCOMPARE(backups.size(), 1);
    const FixedClock clock(QDate(2026, 1, 15));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    window.show();
    // Each backup is offered by its time, reason and whether it is verified.
    const QString offered =
        QLocale().toString(BackupStore::madeAt(backups.first()), QLocale::ShortFormat) +
        u" · import · "_s + MainWindow::tr("verified");
    MessageBox::setNextText(offered);
    MessageBox::setNextAnswer(confirmed);
    window.findChild<QAction*>(u"restoreAction"_s)->trigger();
    QCOMPARE(window.requestedRestore(), requested ? backups.first().filePath() : QString());
    QCOMPARE(window.isVisible(), !requested); // closed so the program can replace the file
}

void TestMainWindow::windowIconRenders_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("menu") << 16;
    QTest::newRow("taskbar") << 32;
    QTest::newRow("task switcher") << 128;
}

// The icon is an SVG in the ui library's resources: it needs the resource linked in and Qt's SVG
// plugin installed (a package dependency).
void TestMainWindow::windowIconRenders()
{
    QFETCH(int, size);
    TestDatabase db;
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    const QImage icon = window.windowIcon().pixmap(size).toImage();
    QCOMPARE(icon.size(), QSize(size, size));
    QVERIFY(icon.pixelColor(size / 2, size / 2).alpha() > 0);
}

void TestMainWindow::aboutShowsTheVersion()
{
    TestDatabase db;
    const FixedClock clock(QDate(2026, 3, 31));
    MainWindow window(Session{db.db(), clock, u"coordinator"_s});
    window.findChild<QAction*>(u"aboutAction"_s)->trigger();
    QVERIFY2(MessageBox::lastMessage().contains(u"Verzuimdesk " VERZUIMDESK_VERSION ""_s),
             qPrintable(MessageBox::lastMessage()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
