// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeNotifier.h"
#include "SqlDialect.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <type_traits>

class Clock;

struct OpenOptions
{
    int targetVersion = -1;       // -1: the latest schema
    const Clock* clock = nullptr; // names the backup made before a migration; system clock if null
    // How long SQLite's quick_check may look at a file as this program left it; a file changed
    // since gets the full check (see SqliteFileCheck). Zero: no check, for another connection
    // to a file this program has open and checked.
    std::chrono::milliseconds checkBudget = std::chrono::seconds(2);
    // Run that check on a thread of its own while the program reads (the GUI's start): nothing
    // is written until its verdict is in (see awaitCheck). Only a file that needs no migration.
    bool checkWhileReading = false;
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

    // Opens the database at `location`: a PostgreSQL URL (see isPostgresUrl) or a SQLite file.
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  const OpenOptions& options = {});
    // Opens (creating when missing, readable by the owner only) a SQLite database and migrates
    // it to the target version, backing an existing database up first. Refuses files that are
    // not Verzuimdesk databases, are damaged (ErrorKind::DamagedDatabase; see SqliteFileCheck),
    // are newer than this program, or that it may not write.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                        const OpenOptions& options = {});
    // Opens a team's shared PostgreSQL database,
    // `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?schema=NAME]`, and migrates it. The
    // schema (created when missing) lets one server hold several schools. Without a password in
    // the URL, libpq's own PGPASSWORD and ~/.pgpass apply.
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url,
                                                          const OpenOptions& options = {});
    static bool isPostgresUrl(const QString& location);
    // The URL with `password` in it (unchanged when the password is empty), for open().
    static QString withPassword(const QString& url, const QString& password);
    // The name under which the keychain keeps the password of the team database at `url`.
    static QString passwordName(const QString& url);

    // A second connection to the same database, for work on another thread (a Qt SQL
    // connection belongs to the thread that opened it).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlDialect& dialect() const { return m_dialect; }
    // The file, or the URL without its password: safe to show.
    QString location() const { return m_location; }
    // Who works on this connection: the PostgreSQL login in a team database (the server has
    // checked it), the operating system's user for a SQLite file.
    QString userName() const { return m_userName; }
    int schemaVersion() const { return m_schemaVersion; }
    // Brings the schema up to `targetVersion` (open() does this), one migration per transaction.
    // Another program may have migrated the database since this one opened it: each step first
    // waits its turn (lockSchemaChanges) and skips what the other has done.
    Status migrate(int targetVersion, const Clock& clock);

    // The session's notifier, shared with every connection openAnotherConnection() makes.
    ChangeNotifier& notifier() const { return *m_notifier; }
    // Announces a change through the notifier once the current transaction has committed (at once
    // outside a transaction); a rolled-back transaction announces nothing. For example
    // `announce(&ChangeNotifier::meldingChanged, id)`.
    // On a team database the change also goes to the other programs that listen (the channel
    // of changeChannel(), see ChangeListener), as part of the same transaction.
    template <typename... Parameters, typename... Values>
    void announce(void (ChangeNotifier::*change)(Parameters...), Values... values)
    {
        queueAnnouncement(Announcement::of(change, values...));
    }
    // PostgreSQL: the NOTIFY channel of this database's schema. Empty for SQLite.
    QString changeChannel() const;

    // Runs `work` in one transaction: committed when it returns ok, rolled back otherwise.
    // Refused once the database has been found damaged: nothing more is written into it.
    Status transaction(const std::function<Status()>& work);
    // The same for work that makes something: its value once committed, else its error (or the
    // commit's). For example `transaction([&]() -> Result<Melding> { … })`.
    template <typename Work>
    requires(!std::is_same_v<std::invoke_result_t<Work>, Status>)
        std::invoke_result_t<Work> transaction(Work&& work)
    {
        std::optional<std::invoke_result_t<Work>> made;
        const Status done = transaction(std::function<Status()>([&]() -> Status {
            made.emplace(work());
            return *made ? Status() : Status(made->failure());
        }));
        if (!done)
            return done.failure();
        return std::move(*made);
    }
    // Runs reads in one snapshot of the database, without waiting for the check of the file:
    // nothing is written. Inside a transaction the reads simply join it.
    Status snapshot(const std::function<Status()>& reads);
    bool inTransaction() const { return m_inTransaction; }
    // The verdict of the check running while the program reads (OpenOptions::checkWhileReading):
    // waits for it; ok at once when the check was made at open. A damaged file is marked so.
    Status awaitCheck();
    // Whether SQLite, or a check of the file, has found it damaged on this connection.
    bool isDamaged() const { return m_damaged; }
    void markDamaged() { m_damaged = true; }

    // SQLite: writes the WAL into the file and empties it, so that no page as it was before
    // (a purged leerling's) survives there. A reader holding an old snapshot can keep it from
    // emptying; then it happens when the last program closes the file. Nothing on PostgreSQL.
    Status truncateWal();

    // Prepares a statement; errors become Dutch messages naming the database.
    Result<QSqlQuery> prepare(const QString& sql) const;
    // Prepares, binds positionally and executes.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // Executes a prepared statement after binding `values` positionally.
    Status run(QSqlQuery& query, const QVariantList& values) const;
    // A number that changes whenever another connection commits to the database (another
    // program, or another connection of this one), SQLite's data_version; nullopt where the
    // database keeps no such number (PostgreSQL): then anything may have changed.
    Result<std::optional<qint64>> dataVersion() const;

private:
    Database(QString connectionName, QString location, SqlDialect dialect);
    static Result<std::unique_ptr<Database>> connect(std::unique_ptr<Database> database,
                                                     const OpenOptions& options);

    Status initialise(const OpenOptions& options);
    Result<int> storedSchemaVersion() const;
    Status lockSchemaChanges();
    Result<QString> borrowSchemaOwner(int storedVersion, int nextVersion);
    Error newerSchemaError(int version) const;
    Result<bool> tableExists(const QString& table) const;
    QSqlQuery newQuery() const;
    Error sqlError(const QString& what) const;
    Error faultOf(const QSqlError& error) const;

    void queueAnnouncement(Announcement change);
    // PostgreSQL: sends the changes to the other programs (delivered when the transaction
    // commits, never after a rollback).
    Status notifyOtherPrograms(const QList<Announcement>& changes) const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    QString m_userName;
    QString m_password; // kept for openAnotherConnection; never shown or stored
    std::shared_ptr<ChangeNotifier> m_notifier = std::make_shared<ChangeNotifier>();
    bool m_inTransaction = false;
    QList<Announcement> m_announcements; // of the transaction under way
    int m_schemaVersion = 0;
    mutable bool m_damaged = false;
    std::future<Status> m_pendingCheck;
    std::optional<Status> m_checkVerdict;
};
