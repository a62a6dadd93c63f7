// SPDX-License-Identifier: GPL-3.0-or-later
// What each role may do (the table of issue #9), and that the one user of a SQLite file is
// beheerder. The role boundaries enforced by the services on a team database: TestTeamAccess.
#include "TestDatabase.h"
#include "services/Permissions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allows_data();
    void allows();
    void keysRoundTrip_data();
    void keysRoundTrip();
    void singleUserIsBeheerder();
};

void TestRoles::allows_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");

    const struct
    {
        const char* name;
        Role role;
        Permission permission;
        bool allowed;
    } rows[] = {
        {"beheerder_purges", Role::Beheerder, Permission::Purge, true},
        {"beheerder_manages_users", Role::Beheerder, Permission::ManageUsers, true},
        {"beheerder_reads_audit", Role::Beheerder, Permission::ViewAudit, true},
        {"beheerder_submits", Role::Beheerder, Permission::SubmitMelding, true},
        {"coordinator_submits", Role::Coordinator, Permission::SubmitMelding, true},
        {"coordinator_imports", Role::Coordinator, Permission::Import, true},
        {"coordinator_exports_overviews", Role::Coordinator, Permission::ExportOverview, true},
        {"coordinator_edits_meldingen", Role::Coordinator, Permission::EditMelding, true},
        {"coordinator_no_settings", Role::Coordinator, Permission::ManageSettings, false},
        {"coordinator_no_users", Role::Coordinator, Permission::ManageUsers, false},
        {"coordinator_no_purge", Role::Coordinator, Permission::Purge, false},
        {"coordinator_no_audit", Role::Coordinator, Permission::ViewAudit, false},
        {"medewerker_views", Role::Medewerker, Permission::ViewLeerling, true},
        {"medewerker_edits_leerling", Role::Medewerker, Permission::EditLeerling, true},
        {"medewerker_drafts_meldingen", Role::Medewerker, Permission::EditMelding, true},
        {"medewerker_no_submit", Role::Medewerker, Permission::SubmitMelding, false},
        {"medewerker_no_import", Role::Medewerker, Permission::Import, false},
        {"medewerker_no_overviews", Role::Medewerker, Permission::ExportOverview, false},
        {"alleen_lezen_views", Role::AlleenLezen, Permission::ViewLeerling, true},
        {"alleen_lezen_no_edit", Role::AlleenLezen, Permission::EditLeerling, false},
        {"alleen_lezen_no_melding", Role::AlleenLezen, Permission::EditMelding, false},
        {"alleen_lezen_no_audit", Role::AlleenLezen, Permission::ViewAudit, false},
    };
    for (const auto& row : rows)
        QTest::newRow(row.name) << row.role << row.permission << row.allowed;
}

void TestRoles::allows()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(Roles::allows(role, permission), allowed);
}

void TestRoles::keysRoundTrip_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("key");
    QTest::newRow("beheerder") << Role::Beheerder << u"beheerder"_s;
    QTest::newRow("coordinator") << Role::Coordinator << u"verzuimcoordinator"_s;
    QTest::newRow("medewerker") << Role::Medewerker << u"verzuimmedewerker"_s;
    QTest::newRow("alleen_lezen") << Role::AlleenLezen << u"alleen-lezen"_s;
}

void TestRoles::keysRoundTrip()
{
    QFETCH(Role, role);
    QFETCH(QString, key);
    QCOMPARE(Roles::key(role), key);
    QCOMPARE(Roles::fromKey(key), std::optional<Role>(role));
    QVERIFY(!Roles::displayName(role).isEmpty());
}

void TestRoles::singleUserIsBeheerder()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    const FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(9, 0)));
    const auto access = Permissions::of(db.db(), u"wie-dan-ook"_s, clock);
    QVERIFY2(access, qPrintable(access.error()));
    QCOMPARE(access->role(), Role::Beheerder);
    QVERIFY(access->require(Permission::Purge));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "TestRoles.moc"
