// SPDX-License-Identifier: GPL-3.0-or-later
// On a team database the screens offer a role only what it may do (the services refuse the rest
// all the same, TestTeamAccess). Needs PostgreSQL.
#include "MeldingEditor.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "services/MeldingService.h"
#include "storage/TeamRepository.h"
#include "util/Translations.h"

#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRoleScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void meldingEditorOffersOnlyWhatTheRoleMay_data();
    void meldingEditorOffersOnlyWhatTheRoleMay();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestRoleScreens::initTestCase()
{
    if (!TestDatabase::onPostgres())
        QSKIP("roles need a team database: set VERZUIMDESK_TEST_POSTGRES");
    MessageBox::setTestMode(true);
    Translations::install(*QCoreApplication::instance(), u"nl"_s);
}

void TestRoleScreens::meldingEditorOffersOnlyWhatTheRoleMay_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("submits");
    QTest::newRow("coordinator_marks_ready") << Role::Coordinator << true;
    QTest::newRow("medewerker_does_not") << Role::Medewerker << false;
}

void TestRoleScreens::meldingEditorOffersOnlyWhatTheRoleMay()
{
    QFETCH(Role, role);
    QFETCH(bool, submits);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    QVERIFY(TeamRepository(db.db()).upsert({u"lid"_s, role, m_clock.now(), u"beheerder"_s}));
    // The open melding keeps its leerling in a medewerker's scope.
    const auto draft =
        MeldingService(db.db(), m_clock, u"coordinator"_s)
            .draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY(draft);
    MeldingEditor editor(Session{db.db(), m_clock, u"lid"_s}, draft->id);
    for (const QString& name : {u"markReadyButton"_s, u"registerButton"_s, u"withdrawButton"_s}) {
        auto* button = editor.findChild<QPushButton*>(name);
        QVERIFY2(button, qPrintable(name));
        QCOMPARE(!button->isHidden(), submits);
    }
    QVERIFY(!editor.findChild<QPushButton*>(u"attachVerzuimstaatButton"_s)->isHidden());
}

QTEST_MAIN(TestRoleScreens)
#include "TestRoleScreens.moc"
