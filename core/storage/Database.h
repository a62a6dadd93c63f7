// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

class Clock;

struct OpenOptions
{
    int targetVersion = -1;       // -1: the latest schema
    bool checkIntegrity = false;  // run SQLite's quick_check (the GUI does, at start)
    const Clock* clock = nullptr; // names the backup made before a migration; system clock if null
};

// One open Verzuimdesk database: the connection, its schema version, and transactions.
// Every write goes through transaction(), so a failure leaves nothing half-stored.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating when missing, readable by the owner only) a SQLite database and migrates
    // it to the target version, backing an existing database up first. Refuses files that are
    // not Verzuimdesk databases, are damaged (with checkIntegrity) or are newer than this program.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                        const OpenOptions& options = {});

    // A second connection to the same database, for work on another thread (a Qt SQL
    // connection belongs to the thread that opened it).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlDialect& dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }

    // Runs `work` in one transaction: committed when it returns ok, rolled back otherwise.
    Status transaction(const std::function<Status()>& work);

    // Prepares a statement; errors become Dutch messages naming the database.
    Result<QSqlQuery> prepare(const QString& sql) const;
    // Prepares, binds positionally and executes.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // Executes a prepared statement after binding `values` positionally.
    Status run(QSqlQuery& query, const QVariantList& values) const;

private:
    Database(QString connectionName, QString location, SqlDialect dialect);

    Status initialise(const OpenOptions& options);
    Status checkIntegrity();
    Status migrate(int targetVersion, const Clock& clock);
    Result<bool> tableExists(const QString& table) const;
    Error sqlError(const QString& what) const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    int m_schemaVersion = 0;
};
