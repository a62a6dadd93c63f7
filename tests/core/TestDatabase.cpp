// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/LeerlingRepository.h"
#include "storage/Migrations.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int latestOnSqlite()
{
    return Migrations::latestVersion(SqlDialect(SqlDialect::Kind::Sqlite));
}

// Of the database a TestDatabase makes: PostgreSQL when the tests run there.
int latestAsConfigured()
{
    return TestDatabase::onPostgres()
               ? Migrations::latestVersion(SqlDialect(SqlDialect::Kind::Postgres))
               : latestOnSqlite();
}

} // namespace

class TestDatabaseClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsLatestAndPrivate();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void secondProgramSkipsWhatTheFirstMigrated_data();
    void secondProgramSkipsWhatTheFirstMigrated();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void rollsBackFailedTransaction();
    void walAndForeignKeysOn();
};

void TestDatabaseClass::newDatabaseIsLatestAndPrivate()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    QCOMPARE(db.db().schemaVersion(), latestOnSqlite());
    QCOMPARE(QFile(db.path()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestDatabaseClass::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 1; version < latestOnSqlite(); ++version)
        QTest::newRow(qPrintable(u"from_version_%1"_s.arg(version))) << version;
    if (latestOnSqlite() == 1)
        QTest::newRow("only_one_version") << 1;
}

void TestDatabaseClass::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        auto old = Database::openSqlite(path, {from});
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE((*old)->schemaVersion(), from);
        // Data written under the old schema must survive the migration.
        auto inserted = (*old)->exec(
            u"INSERT INTO leerlingen (pgn, achternaam, voornamen, tussenvoegsel, geboortedatum,"
            " geslacht, telefoon, email, straat, huisnummer, postcode, woonplaats, gemeente,"
            " opleiding, leerjaar, klas, locatie) VALUES ('111222333', 'Jansen', 'Piet', '',"
            " '2012-01-01', '', '', '', '', '', '', '', '', '', '', '', '')"_s);
        QVERIFY2(inserted, qPrintable(inserted.error()));
    }
    auto migrated = Database::openSqlite(path);
    QVERIFY2(migrated, qPrintable(migrated.error()));
    QCOMPARE((*migrated)->schemaVersion(), latestOnSqlite());
    const auto leerling = LeerlingRepository(**migrated).find(u"111222333"_s);
    QVERIFY(leerling && leerling->has_value());
    QCOMPARE((*leerling)->lastName, u"Jansen"_s);
}

void TestDatabaseClass::secondProgramSkipsWhatTheFirstMigrated_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<bool>("firstIsNewer"); // the first program knows a later schema than ours
    QTest::newRow("one_step_behind") << latestAsConfigured() - 1 << false;
    QTest::newRow("several_steps_behind") << std::max(1, latestAsConfigured() - 3) << false;
    QTest::newRow("first_program_is_newer") << latestAsConfigured() - 1 << true;
}

// Two coordinators start a new version on one team database at the same moment: both opened it
// at the old schema; the second must not run the migrations the first has already done.
void TestDatabaseClass::secondProgramSkipsWhatTheFirstMigrated()
{
    QFETCH(int, from);
    QFETCH(bool, firstIsNewer);
    TestDatabase db(from);
    const FixedClock clock(QDate(2026, 1, 15));
    auto first = Database::open(db.location(), {from});
    auto second = Database::open(db.location(), {from});
    QVERIFY2(first && second, qPrintable(!first ? first.error() : second.error()));
    QCOMPARE((*second)->schemaVersion(), from);

    const Status migrated = (*first)->migrate(latestAsConfigured(), clock);
    QVERIFY2(migrated, qPrintable(migrated.error()));
    if (firstIsNewer) {
        db.becomeOwner(); // as a newer program's migrator is
        QVERIFY((*first)->exec(u"UPDATE verzuimdesk_meta SET waarde = ? WHERE sleutel = "
                               u"'schemaversie'"_s,
                               {QString::number(latestAsConfigured() + 1)}));
        // This program must not go on to work on a schema it does not know.
        const Status refused = (*second)->migrate(latestAsConfigured(), clock);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QString::number(latestAsConfigured() + 1)),
                 qPrintable(refused.error()));
        return;
    }
    const Status caughtUp = (*second)->migrate(latestAsConfigured(), clock);
    QVERIFY2(caughtUp, qPrintable(caughtUp.error()));
    QCOMPARE((*second)->schemaVersion(), latestAsConfigured());
}

void TestDatabaseClass::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sqliteWithOtherTables");
    QTest::newRow("text_file") << QByteArray("pgn;naam\n1;2\n") << false;
    static const char junk[] = "\x00\x01\x02\xff\xfe garbage";
    QTest::newRow("binary_junk") << QByteArray(junk, sizeof junk - 1) << false;
    QTest::newRow("truncated_sqlite_header") << QByteArray("SQLite form") << false;
    QTest::newRow("other_programs_sqlite") << QByteArray() << true;
}

void TestDatabaseClass::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sqliteWithOtherTables);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"foreign.db"_s);
    if (sqliteWithOtherTables) {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(other).exec(u"CREATE TABLE photos (id INTEGER)"_s);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other"_s);
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto opened = Database::openSqlite(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path), qPrintable(opened.error()));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // never touched
}

void TestDatabaseClass::refusesNewerSchema()
{
    TestDatabase db;
    db.becomeOwner(); // as a newer program's migrator is
    auto bumped = db.db().exec(
        u"UPDATE verzuimdesk_meta SET waarde = '999' WHERE sleutel = 'schemaversie'"_s);
    QVERIFY(bumped);
    auto again = Database::open(db.location());
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"999"_s), qPrintable(again.error()));
}

void TestDatabaseClass::rollsBackFailedTransaction()
{
    TestDatabase db;
    const Status status = db.db().transaction([&]() -> Status {
        auto inserted = db.db().exec(u"INSERT INTO vrije_dagen (datum) VALUES ('2026-04-03')"_s);
        if (!inserted)
            return Error{inserted.error()};
        return Error{u"stop"_s};
    });
    QVERIFY(!status);
    auto count = db.db().exec(u"SELECT COUNT(*) FROM vrije_dagen"_s);
    QVERIFY(count && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

void TestDatabaseClass::walAndForeignKeysOn()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    auto mode = db.db().exec(u"PRAGMA journal_mode"_s);
    QVERIFY(mode && mode->next());
    QCOMPARE(mode->value(0).toString(), u"wal"_s);
    auto fk = db.db().exec(u"PRAGMA foreign_keys"_s);
    QVERIFY(fk && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabaseClass)
#include "TestDatabase.moc"
