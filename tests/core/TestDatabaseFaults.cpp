// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/DatabaseFault.h"
#include "util/Translations.h"

#include <QSqlError>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// A write that needs pages: enough rows to outgrow a small page limit.
Status writeSomething(Database& db)
{
    return db.transaction([&]() -> Status {
        if (auto created = db.exec(u"CREATE TABLE IF NOT EXISTS ballast (tekst TEXT)"_s); !created)
            return created.failure();
        for (int i = 0; i < 200; ++i) {
            if (auto inserted = db.exec(u"INSERT INTO ballast VALUES (?)"_s,
                                        {QString(2000, QChar(u'a' + i % 26))});
                !inserted)
                return inserted.failure();
        }
        return {};
    });
}

} // namespace

// Every database fault reaches the user in Dutch with what to do; SQLite's own words only as a
// detail line.
class TestDatabaseFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"nl"_s); }
    void writeFaultIsSaidInDutch_data();
    void writeFaultIsSaidInDutch();
    void missingFolderIsSaidInDutch();
    void malformedAddressNeverShowsThePassword_data();
    void malformedAddressNeverShowsThePassword();
    void faultsOfTheServerAreNamedToo_data();
    void faultsOfTheServerAreNamedToo();
};

void TestDatabaseFaults::writeFaultIsSaidInDutch_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("sqliteText");
    QTest::newRow("read_only") << u"read_only"_s << u"alleen-lezen"_s
                               << u"attempt to write a readonly database"_s;
    QTest::newRow("disk_full") << u"disk_full"_s << u"schijf"_s << u"database or disk is full"_s;
    QTest::newRow("locked_by_another_program")
        << u"locked"_s << u"ander programma"_s << u"database is locked"_s;
}

void TestDatabaseFaults::writeFaultIsSaidInDutch()
{
    QFETCH(QString, fault);
    QFETCH(QString, said);
    QFETCH(QString, sqliteText);
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    sqlite3* other = nullptr;
    if (fault == u"read_only"_s) {
        // As a file the user may not write (a root test run ignores file permissions).
        QVERIFY(db.db().exec(u"PRAGMA query_only = ON"_s));
    } else if (fault == u"disk_full"_s) {
        QVERIFY(db.db().exec(u"PRAGMA max_page_count = 1"_s));
    } else {
        QVERIFY(db.db().exec(u"PRAGMA busy_timeout = 50"_s));
        QCOMPARE(sqlite3_open(db.path().toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    }

    const Status written = writeSomething(db.db());
    sqlite3_close(other);
    QVERIFY(!written);
    const QString headline = written.error().section(u'\n', 0, 0);
    QVERIFY2(headline.contains(said), qPrintable(written.error()));
    QVERIFY2(headline.contains(db.path()), qPrintable(written.error()));
    QVERIFY2(!headline.contains(sqliteText), qPrintable(written.error()));
    QVERIFY2(written.error().section(u'\n', 1).startsWith(u"Details: "_s),
             qPrintable(written.error()));
    QVERIFY2(written.error().contains(sqliteText), qPrintable(written.error()));
    QVERIFY(!db.db().isDamaged());
}

void TestDatabaseFaults::missingFolderIsSaidInDutch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"weg/school.sqlite"_s);
    const auto opened = Database::openSqlite(path);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"bestaat niet"_s), qPrintable(opened.error()));
    QVERIFY(!QFile::exists(path));
}

void TestDatabaseFaults::malformedAddressNeverShowsThePassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no_host") << u"postgresql://school:geheim@/verzuim"_s;
    QTest::newRow("no_database") << u"postgresql://school:geheim@server"_s;
    QTest::newRow("path_too_deep") << u"postgresql://school:geheim@server/verzuim/x"_s;
    QTest::newRow("port_not_a_number") << u"postgres://school:geheim@server:vijf/verzuim"_s;
    QTest::newRow("at_sign_in_password") << u"postgresql://school:ge@heim@/verzuim"_s;
}

void TestDatabaseFaults::malformedAddressNeverShowsThePassword()
{
    QFETCH(QString, url);
    const auto opened = Database::open(url);
    QVERIFY(!opened);
    QVERIFY2(!opened.error().contains(u"geheim"_s) && !opened.error().contains(u"heim"_s),
             qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"://school@"_s), qPrintable(opened.error()));
}

void TestDatabaseFaults::faultsOfTheServerAreNamedToo_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<int>("cause");
    QTest::newRow("disk_full") << u"53100"_s << int(DatabaseFault::Cause::DiskFull);
    QTest::newRow("read_only_transaction") << u"25006"_s << int(DatabaseFault::Cause::ReadOnly);
    QTest::newRow("deadlock") << u"40P01"_s << int(DatabaseFault::Cause::Locked);
    QTest::newRow("data_corrupted") << u"XX001"_s << int(DatabaseFault::Cause::Damaged);
    QTest::newRow("connection_lost") << u"08006"_s << int(DatabaseFault::Cause::CannotOpen);
    QTest::newRow("no_privilege") << u"42501"_s << int(DatabaseFault::Cause::NoPermission);
    QTest::newRow("syntax") << u"42601"_s << int(DatabaseFault::Cause::Other);
}

// The server's SQLSTATE codes, which a test cannot make a real server produce at will.
void TestDatabaseFaults::faultsOfTheServerAreNamedToo()
{
    QFETCH(QString, sqlState);
    QFETCH(int, cause);
    const QSqlError error(u"driver text"_s, u"database text"_s, QSqlError::StatementError,
                          sqlState);
    const DatabaseFault fault = DatabaseFault::of(SqlDialect::Kind::Postgres, error);
    QCOMPARE(int(fault.cause), cause);
    QCOMPARE(fault.kind == ErrorKind::DamagedDatabase, cause == int(DatabaseFault::Cause::Damaged));
    QVERIFY(fault.describe(u"postgresql://school@server/verzuim"_s).contains(u"database text"_s));
}

QTEST_GUILESS_MAIN(TestDatabaseFaults)
#include "TestDatabaseFaults.moc"
