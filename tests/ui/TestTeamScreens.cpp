// SPDX-License-Identifier: GPL-3.0-or-later
// The screens of #9 as the beheerder of a SQLite file uses them: opening a dossier is recorded
// and shows in the audit dialog, the purge dialog removes only after confirmation and saves its
// report, and the inzage button writes the export.
#include "LeerlingDetail.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTeamScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MessageBox::setTestMode(true);
        Settings::createTemporary(); // nothing of the user's own settings
        Translations::install(*QCoreApplication::instance(), u"nl"_s);
    }
    void auditDialogShowsWhoOpenedWhat_data();
    void auditDialogShowsWhoOpenedWhat();
    void purgeRemovesOnlyAfterConfirmation_data();
    void purgeRemovesOnlyAfterConfirmation();
    void inzageButtonWritesTheExport();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestTeamScreens::auditDialogShowsWhoOpenedWhat_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("visibleRows");
    QTest::newRow("everything") << QString() << 1;
    QTest::newRow("the_opened_leerling") << u"300000017"_s << 1;
    QTest::newRow("another_leerling") << u"300000029"_s << 0;
}

void TestTeamScreens::auditDialogShowsWhoOpenedWhat()
{
    QFETCH(QString, filter);
    QFETCH(int, visibleRows);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    MainWindow window(Session{db.db(), m_clock, u"coordinator"_s});
    window.reload();
    QWidget* dossier = window.openLeerling(u"300000017"_s);
    QVERIFY(dossier);
    dossier->close();

    auto* action = window.findChild<QAction*>(u"auditAction"_s);
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<QDialog*>(u"auditDialog"_s);
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTableWidget*>(u"auditTable"_s);
    QVERIFY(table);
    QCOMPARE(table->item(0, 2)->text(), u"dossier bekeken"_s);
    dialog->findChild<QLineEdit*>(u"auditFilter"_s)->setText(filter);
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        shown += table->isRowHidden(row) ? 0 : 1;
    QCOMPARE(shown, visibleRows);
}

void TestTeamScreens::purgeRemovesOnlyAfterConfirmation_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("confirmed") << true;
    QTest::newRow("declined") << false;
}

void TestTeamScreens::purgeRemovesOnlyAfterConfirmation()
{
    QFETCH(bool, confirmed);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    const QString leerlingen = db.writeFile(
        u"leerlingen.csv"_s,
        "pgn;achternaam;voornamen;geboortedatum;startkwalificatie_datum;inschrijving_van;"
        "inschrijving_tot\n"
        "100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n"
        "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    QCOMPARE(db.importService()
                 .run({examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s),
                       leerlingen,
                       {},
                       {},
                       {}})
                 .status,
             ImportOutcome::Status::Stored);
    MainWindow window(Session{db.db(), m_clock, u"beheerder"_s});
    window.findChild<QAction*>(u"purgeAction"_s)->trigger();
    auto* dialog = window.findChild<QDialog*>(u"purgeDialog"_s);
    QVERIFY(dialog);
    auto* table = dialog->findChild<QTableWidget*>(u"purgeTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"100000009"_s);

    const QString report = db.dir() + u"/verwijderd.csv"_s;
    MessageBox::setNextAnswer(confirmed ? MessageBox::Answer::Yes : MessageBox::Answer::No);
    MessageBox::setNextText(report);
    dialog->findChild<QPushButton*>(u"purgeButton"_s)->click();

    QCOMPARE(table->rowCount(), confirmed ? 0 : 1);
    QCOMPARE(QFile::exists(report), confirmed);
    auto left = db.db().exec(u"SELECT COUNT(*) FROM leerlingen"_s);
    QVERIFY(left && left->next());
    QCOMPARE(left->value(0).toInt(), confirmed ? 1 : 2);
}

void TestTeamScreens::inzageButtonWritesTheExport()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    LeerlingDetail detail(Session{db.db(), m_clock, u"coordinator"_s}, u"300000017"_s);
    const QString path = db.dir() + u"/inzage.json"_s;
    MessageBox::setNextText(path);
    detail.findChild<QPushButton*>(u"inzageButton"_s)->click();
    QVERIFY2(QFile::exists(path), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(AuditLog(db.db()).forLeerling(u"300000017"_s)->last().action,
             u"inzage geëxporteerd"_s);
}

QTEST_MAIN(TestTeamScreens)
#include "TestTeamScreens.moc"
