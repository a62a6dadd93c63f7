// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// A fresh database for one test: a SQLite file in its own temporary directory (deleting a WAL
// database another connection still holds gives "disk I/O error"), or, when the environment
// names a PostgreSQL server in VERZUIMDESK_TEST_POSTGRES, a schema of its own on that server,
// dropped afterwards. .ci/run runs the core suite both ways.
class TestDatabase
{
public:
    enum class Backend
    {
        AsConfigured, // PostgreSQL when VERZUIMDESK_TEST_POSTGRES names one, else SQLite
        Sqlite,       // tests of file behaviour: backups, WAL, permissions
    };
    explicit TestDatabase(int targetVersion = -1, Backend backend = Backend::AsConfigured);
    ~TestDatabase();

    // The server's URL from VERZUIMDESK_TEST_POSTGRES; empty when the tests run on SQLite.
    static QString postgresServer();
    static bool onPostgres() { return !postgresServer().isEmpty(); }
    // A query on the server itself, as the tests' own login, outside any test schema: for
    // creating and dropping logins and schemas.
    static QSqlQuery serverQuery();
    // The password a test gives a login it creates (the test server asks every login for one).
    static QString passwordOf(const QString& login) { return QStringLiteral("pw-") + login; }
    // Where this test's database is: the SQLite file or the PostgreSQL URL with its schema.
    QString location() const { return m_location; }

    Database& db() { return *m_database; }
    // Makes the tests' login (which has CREATEROLE, as a database administrator's login) a
    // member of this schema's owner role, for what no team member may do: play a newer program,
    // break the schema. A no-op on SQLite and before the server roles.
    void becomeOwner() { becomeOwner(*m_database); }
    static void becomeOwner(Database& database);
    // Drops a team database's schema and its server roles, as the tests' login.
    static void dropSchema(Database& database);
    // Whom the audit trail names for work the services did as `programUser`: that user on
    // SQLite; on PostgreSQL the server writes the login itself.
    QString recordedUser(const QString& programUser) const
    {
        return m_database->dialect().isPostgres() ? m_database->userName() : programUser;
    }
    // Whether an audit entry's time is the real one (never a test's fixed clock).
    static bool isRealTime(const QDateTime& at)
    {
        return qAbs(at.secsTo(QDateTime::currentDateTime())) < 300;
    }
    // The clock of this test's imports and backups (2026-01-15 09:00 unless set).
    FixedClock& clock() { return m_clock; }
    BackupStore& backups() { return *m_backups; }
    // An ImportService that backs up into this test's folder.
    ImportService importService()
    {
        return ImportService(*m_database, *m_backups, QStringLiteral("coordinator"));
    }
    // The SQLite file (tests of file behaviour only; see location()).
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Writes `content` to a file in the test directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    // Imports one of the shared examples through ImportService.
    ImportOutcome importExample(const QString& example);

private:
    // The server roles of a team database's schema (migration 12), its owner's first.
    static QStringList serverRoles(Database& database);

    QTemporaryDir m_dir;
    QString m_location;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BackupStore> m_backups;
};

// The path of a shared example's file.
QString examplePath(const QString& example, const QString& file);
