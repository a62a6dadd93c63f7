// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "BackupStore.h"
#include "DatabaseFault.h"
#include "Migrations.h"
#include "PostgresAddress.h"
#include "SqliteFileCheck.h"
#include "util/Clock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString kMetaTable = u"verzuimdesk_meta"_s;
const QString kApplication = u"verzuimdesk"_s;
// The migration that hands a team database's schema to its owner role (Migrations).
constexpr int kServerRolesVersion = 12;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return u"verzuimdesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
{
}

Database::~Database()
{
    (void)awaitCheck(); // its verdict decides whether the state below is remembered
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // What this program wrote is known good: the next open need not check the file whole.
    if (m_dialect.kind() == SqlDialect::Kind::Sqlite && m_schemaVersion > 0 && !m_damaged)
        SqliteFileCheck::rememberState(m_location);
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    OpenOptions checked; // this connection's open has checked the file already
    checked.checkBudget = std::chrono::milliseconds::zero();
    auto other = open(withPassword(m_location, m_password), checked);
    if (other)
        (*other)->m_notifier = m_notifier; // one session, one notifier
    return other;
}

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s);
}

QString Database::withPassword(const QString& url, const QString& password)
{
    if (password.isEmpty())
        return url;
    QUrl withPassword(url);
    withPassword.setPassword(password);
    return withPassword.toString();
}

QString Database::passwordName(const QString& url)
{
    QUrl shown(url);
    shown.setPassword(QString());
    return u"database:"_s + shown.toString();
}

Result<std::unique_ptr<Database>> Database::open(const QString& location,
                                                 const OpenOptions& options)
{
    return isPostgresUrl(location) ? openPostgres(location, options)
                                   : openSqlite(location, options);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url,
                                                         const OpenOptions& options)
{
    const auto address = PostgresAddress::parse(url);
    if (!address)
        return address.failure();
    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(
        name, address->shown, SqlDialect(SqlDialect::Kind::Postgres, address->schema)));
    database->m_password = address->password;
    {
        // Scoped: the Database must be the last to hold the connection when it goes.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(address->user);
        if (!address->password.isEmpty())
            db.setPassword(address->password);
        db.setConnectOptions(address->connectOptions.join(u';'));
        if (!db.open()) {
            const QString why = db.lastError().databaseText().trimmed();
            QString message = tr("Cannot connect to %1: %2").arg(database->m_location, why);
            // libpq's words when a server elsewhere must prove itself and no CA is named.
            if (why.contains(u"root certificate file"_s))
                message += u'\n' + tr("Name the server's CA certificate: sslrootcert=FILE in the "
                                      "address, or Instellingen → Database.");
            return Error{message};
        }
    }
    return connect(std::move(database), options);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path,
                                                       const OpenOptions& options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist. Choose a database in an existing folder, "
                        "or create the folder first.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    // SQLite writes its journal beside the file, so the folder must be writable too.
    if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable())
        return Error{tr("Verzuimdesk may not write %1: the file or its folder is read-only. Give "
                        "yourself write permission on both, or copy the database to a folder of "
                        "your own.")
                         .arg(shown)};
    std::future<Status> pendingCheck;
    if (info.exists() && options.checkBudget > std::chrono::milliseconds::zero()) {
        const auto depth = SqliteFileCheck::changedSinceLastKnown(path)
                               ? SqliteFileCheck::Depth::Full
                               : SqliteFileCheck::Depth::Quick;
        // A migration writes at once, so a file that needs one is checked first, as is every
        // file the caller does not read while it is checked.
        const auto needsNoMigration = [&] {
            const auto schema = SqliteFileCheck::verzuimdeskSchema(path);
            return schema &&
                   *schema == Migrations::latestVersion(SqlDialect(SqlDialect::Kind::Sqlite));
        };
        if (options.checkWhileReading && needsNoMigration()) {
            pendingCheck = std::async(std::launch::async, [path, depth, options] {
                return SqliteFileCheck::check(path, depth, options.checkBudget);
            });
        } else if (Status intact = SqliteFileCheck::check(path, depth, options.checkBudget);
                   !intact) {
            return intact.failure();
        }
    } else if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{tr("Cannot create %1: %2").arg(shown, file.errorString())};
        file.close();
        // Records of children: readable by the owner only.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(
        new Database(name, path, SqlDialect(SqlDialect::Kind::Sqlite)));
    {
        // Scoped: the Database must be the last to hold the connection when it goes.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return database->faultOf(db.lastError());
    }
    database->m_userName = currentUserName();
    database->m_pendingCheck = std::move(pendingCheck);
    const bool checkPending = database->m_pendingCheck.valid();
    auto opened = connect(std::move(database), options);
    if (opened && !checkPending)
        SqliteFileCheck::rememberState(path); // checked, and as this program found it
    return opened;
}

Result<std::unique_ptr<Database>> Database::connect(std::unique_ptr<Database> database,
                                                    const OpenOptions& options)
{
    if (Status status = database->initialise(options); !status)
        return status.failure();
    return database;
}

Status Database::initialise(const OpenOptions& options)
{
    if (m_dialect.kind() == SqlDialect::Kind::Postgres) {
        // The schema must be chosen before anything is looked up in it; a server connection
        // changes no file, so nothing is lost by setting up first.
        if (!m_dialect.schema().isEmpty()) {
            Status schemaReady = transaction([&]() -> Status {
                // Two programs opening a new schema at once: the second waits, then finds it.
                if (Status turn = lockSchemaChanges(); !turn)
                    return turn;
                auto found =
                    exec(u"SELECT 1 FROM pg_namespace WHERE nspname = ?"_s, {m_dialect.schema()});
                if (!found)
                    return Error{found.error()};
                if (found->next())
                    return {};
                auto created = exec(m_dialect.createSchemaStatement());
                return created ? Status() : Status(Error{created.error()});
            });
            if (!schemaReady)
                return schemaReady;
        }
        for (const QString& statement : m_dialect.connectionSetup()) {
            if (auto result = exec(statement); !result)
                return Error{result.error()};
        }
        auto login = exec(u"SELECT session_user"_s);
        if (!login || !login->next())
            return Error{login ? tr("The server does not say who is logged in.") : login.error()};
        m_userName = login->value(0).toString();
        // The server lets only the team's members into its schema (migration 12); say so rather
        // than pass on its "permission denied".
        auto member = exec(u"SELECT has_schema_privilege(?, 'USAGE')"_s,
                           {m_dialect.schema().isEmpty() ? u"public"_s : m_dialect.schema()});
        if (!member)
            return Error{member.error()};
        if (member->next() && !member->value(0).toBool())
            return Error{tr("%1 is not a member of this team database. Ask its beheerder to add "
                            "you (verzuimdesk-cli gebruiker).")
                             .arg(m_userName)};
    }
    // Look before touching: the connection setup (WAL) rewrites the file header, and a file that
    // is not ours must stay exactly as it was.
    const auto hasMeta = tableExists(kMetaTable);
    if (!hasMeta)
        return Error{hasMeta.error()};
    if (!*hasMeta) {
        auto anyTable = exec(m_dialect.anyTableQuery());
        if (!anyTable)
            return Error{anyTable.error()};
        if (anyTable->next())
            return Error{tr("%1 is not a Verzuimdesk database.").arg(m_location),
                         ErrorKind::DamagedDatabase};
        Status created = transaction([&]() -> Status {
            // On a team's server another program may be creating it right now: wait, look again.
            // (A new SQLite file has one program.)
            if (m_dialect.isPostgres()) {
                if (Status turn = lockSchemaChanges(); !turn)
                    return turn;
                const auto madeMeanwhile = tableExists(kMetaTable);
                if (!madeMeanwhile)
                    return Error{madeMeanwhile.error()};
                if (*madeMeanwhile)
                    return {};
            }
            for (const QString& sql :
                 {u"CREATE TABLE %1 (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL)"_s.arg(
                      kMetaTable),
                  u"INSERT INTO %1 (sleutel, waarde) VALUES ('applicatie', '%2')"_s.arg(
                      kMetaTable, kApplication),
                  u"INSERT INTO %1 (sleutel, waarde) VALUES ('schemaversie', '0')"_s.arg(
                      kMetaTable)}) {
                if (auto result = exec(sql); !result)
                    return Error{result.error()};
            }
            return {};
        });
        if (!created)
            return created;
    }

    if (m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        for (const QString& statement : m_dialect.connectionSetup()) {
            if (auto result = exec(statement); !result)
                return Error{result.error()};
        }
    }
    auto meta = exec(u"SELECT sleutel, waarde FROM %1"_s.arg(kMetaTable));
    if (!meta)
        return Error{meta.error()};
    QString application;
    while (meta->next()) {
        if (meta->value(0).toString() == u"applicatie"_s)
            application = meta->value(1).toString();
        else if (meta->value(0).toString() == u"schemaversie"_s)
            m_schemaVersion = meta->value(1).toInt();
    }
    if (application != kApplication)
        return Error{tr("%1 is not a Verzuimdesk database.").arg(m_location),
                     ErrorKind::DamagedDatabase};
    if (m_schemaVersion > Migrations::latestVersion(m_dialect))
        return newerSchemaError(m_schemaVersion);
    const SystemClock systemClock;
    return migrate(options.targetVersion < 0 ? Migrations::latestVersion(m_dialect)
                                             : options.targetVersion,
                   options.clock ? *options.clock : systemClock);
}

Status Database::migrate(int targetVersion, const Clock& clock)
{
    if (targetVersion > Migrations::latestVersion(m_dialect))
        return newerSchemaError(targetVersion);
    // An existing file is copied before its schema changes, so an update can be undone (a team's
    // server is backed up by the server; see BackupStore).
    if (m_schemaVersion > 0 && m_schemaVersion < targetVersion &&
        m_dialect.kind() == SqlDialect::Kind::Sqlite) {
        auto backup = BackupStore(*this, clock).create(u"voor-schema-%1"_s.arg(targetVersion));
        if (!backup)
            return Error{backup.error()};
    }
    while (m_schemaVersion < targetVersion) {
        const int next = m_schemaVersion + 1;
        int reached = next;
        Status status = transaction([&]() -> Status {
            if (Status turn = lockSchemaChanges(); !turn)
                return turn;
            const auto stored = storedSchemaVersion();
            if (!stored)
                return Error{stored.error()};
            if (*stored > Migrations::latestVersion(m_dialect)) // a newer program got here first
                return newerSchemaError(*stored);
            if (*stored >= next) { // another program got here first
                reached = *stored;
                return {};
            }
            auto owner = borrowSchemaOwner(*stored, next);
            if (!owner)
                return owner.failure();
            // The version first: a migration may hand the tables to a role the migrator is not
            // (migration 12), and the transaction makes the order invisible.
            auto updated =
                exec(u"UPDATE %1 SET waarde = ? WHERE sleutel = 'schemaversie'"_s.arg(kMetaTable),
                     {QString::number(next)});
            if (!updated)
                return Error{updated.error()};
            for (const QString& sql : Migrations::statements(next, m_dialect)) {
                if (auto result = exec(sql); !result)
                    return Error{result.error()};
            }
            if (owner->isEmpty())
                return {};
            auto givenBack = exec(u"REVOKE \"%1\" FROM SESSION_USER"_s.arg(*owner));
            return givenBack ? Status() : Status(Error{givenBack.error()});
        });
        if (!status)
            return Error{
                tr("Updating the database to schema %1 failed: %2").arg(next).arg(status.error())};
        m_schemaVersion = reached;
    }
    return {};
}

// From migration 12 on, a team database's schema belongs to a role nobody logs in as: the
// migrator (the database administrator's login, with CREATEROLE) becomes a member of it for the
// migration's transaction, as migration 12 did for the owners before it. Returns the role to
// give back at the end, or nothing when the migrator may change the schema already.
Result<QString> Database::borrowSchemaOwner(int storedVersion, int nextVersion)
{
    if (!m_dialect.isPostgres() || storedVersion < kServerRolesVersion)
        return QString();
    auto owner = exec(u"SELECT pg_get_userbyid(nspowner), pg_has_role(SESSION_USER, nspowner,"
                      " 'USAGE') FROM pg_namespace WHERE nspname = current_schema()"_s);
    if (!owner)
        return Error{owner.error()};
    if (!owner->next() || owner->value(1).toBool())
        return QString();
    const QString role = owner->value(0).toString();
    if (!exec(u"GRANT \"%1\" TO SESSION_USER"_s.arg(role))) {
        return Error{tr("Only the database administrator's login (with CREATEROLE) can update "
                        "this team database to schema %1: open it once with that login.")
                         .arg(nextVersion)};
    }
    return role;
}

// Waits, inside the caller's transaction, until no other program is changing this database's
// schema, and keeps that turn until the transaction ends.
Status Database::lockSchemaChanges()
{
    if (m_dialect.isPostgres()) {
        // Read committed, so that what is read after the wait includes the other program's work.
        if (auto isolated = exec(u"SET TRANSACTION ISOLATION LEVEL READ COMMITTED"_s); !isolated)
            return Error{isolated.error()};
        // Per schema: schools sharing a server (and the tests) change their own in parallel.
        auto locked = exec(u"SELECT pg_advisory_xact_lock(hashtext('verzuimdesk-schema'), "
                           u"hashtext(?))"_s,
                           {m_dialect.schema()});
        return locked ? Status() : Status(Error{locked.error()});
    }
    // SQLite lets one writer in at a time, and waits for it (busy_timeout) only while the
    // transaction has read nothing yet: so the turn is a first write, changing nothing.
    auto written =
        exec(u"UPDATE %1 SET waarde = waarde WHERE sleutel = 'schemaversie'"_s.arg(kMetaTable));
    return written ? Status() : Status(Error{written.error()});
}

Error Database::newerSchemaError(int version) const
{
    return Error{tr("%1 was made by a newer version of Verzuimdesk (schema %2; this program "
                    "knows up to %3). Install the newer version to open it.")
                     .arg(m_location)
                     .arg(version)
                     .arg(Migrations::latestVersion(m_dialect)),
                 ErrorKind::DamagedDatabase};
}

Result<int> Database::storedSchemaVersion() const
{
    auto query = exec(u"SELECT waarde FROM %1 WHERE sleutel = 'schemaversie'"_s.arg(kMetaTable));
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return Error{tr("%1 has no schema version.").arg(m_location)};
    return query->value(0).toInt();
}

Result<bool> Database::tableExists(const QString& table) const
{
    auto query = exec(m_dialect.tableExistsQuery(), {table});
    if (!query)
        return Error{query.error()};
    return query->next();
}

Status Database::awaitCheck()
{
    if (!m_checkVerdict) {
        const bool pending = m_pendingCheck.valid();
        m_checkVerdict = pending ? m_pendingCheck.get() : Status();
        if (!*m_checkVerdict)
            m_damaged = true;
        else if (pending)
            SqliteFileCheck::rememberState(m_location); // nothing has been written meanwhile
    }
    return *m_checkVerdict;
}

Status Database::transaction(const std::function<Status()>& work)
{
    if (Status verdict = awaitCheck(); !verdict)
        return verdict;
    if (m_damaged)
        return Error{tr("Nothing is saved: the database %1 is damaged.")
                         .arg(QDir::toNativeSeparators(m_location)),
                     ErrorKind::DamagedDatabase};
    QSqlDatabase db = connection();
    if (!db.transaction())
        return sqlError(tr("starting a transaction"));
    m_inTransaction = true;
    m_announcements.clear();
    Status status = work();
    m_inTransaction = false;
    // What the work announced is true only once it is committed.
    const QList<Announcement> announcements = std::exchange(m_announcements, {});
    if (status)
        status = notifyOtherPrograms(announcements);
    if (status && db.commit()) {
        for (const Announcement& change : announcements)
            m_notifier->deliver(change);
        return status;
    }
    const Error error = status ? sqlError(tr("saving")) : Error{status.error()};
    db.rollback();
    return error;
}

Status Database::snapshot(const std::function<Status()>& reads)
{
    if (m_inTransaction)
        return reads();
    QSqlDatabase db = connection();
    if (!db.transaction())
        return sqlError(tr("starting a transaction"));
    m_inTransaction = true;
    Status status = reads();
    m_inTransaction = false;
    db.rollback(); // nothing to keep
    return status;
}

void Database::queueAnnouncement(Announcement change)
{
    if (m_inTransaction) {
        m_announcements.append(std::move(change));
        return;
    }
    // What was written is committed already; other programs not hearing of it is no reason to
    // keep it from this one.
    if (Status notified = notifyOtherPrograms({change}); !notified)
        qWarning("%s", qUtf8Printable(notified.error()));
    m_notifier->deliver(change);
}

QString Database::changeChannel() const
{
    if (!m_dialect.isPostgres())
        return {};
    const QString schema = m_dialect.schema().isEmpty() ? u"public"_s : m_dialect.schema();
    // PostgreSQL cuts a LISTEN's identifier at 63 bytes and refuses a longer pg_notify channel.
    return QString::fromUtf8(("verzuimdesk_"_ba + schema.toUtf8()).left(63));
}

Status Database::notifyOtherPrograms(const QList<Announcement>& changes) const
{
    if (!m_dialect.isPostgres() || changes.isEmpty())
        return {};
    // NOTIFY's payload must be shorter than 8000 bytes; a longer change (an import of many
    // leerlingen) is sent as "something changed".
    constexpr qsizetype kPayloadLimit = 7999;
    auto notify = prepare(u"SELECT pg_notify(?, ?)"_s);
    if (!notify)
        return notify.failure();
    const QString channel = changeChannel();
    for (const Announcement& change : changes) {
        QByteArray message = m_notifier->message(change, kPayloadLimit);
        if (message.isEmpty())
            message = m_notifier->message(Announcement::of(&ChangeNotifier::changedElsewhere),
                                          kPayloadLimit);
        if (Status sent = run(*notify, {channel, QString::fromUtf8(message)}); !sent)
            return sent;
    }
    return {};
}

Status Database::truncateWal()
{
    if (m_dialect.isPostgres())
        return {};
    auto checkpoint = exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return checkpoint ? Status() : checkpoint.failure();
}

QSqlQuery Database::newQuery() const
{
    QSqlQuery query(connection());
    // Forward-only saves SQLite a copy of every row. QPSQL then streams rows one at a time, and
    // a second query on the connection would discard the rest of the first: our code reads one
    // query while running another, so PostgreSQL results are fetched whole.
    query.setForwardOnly(m_dialect.kind() == SqlDialect::Kind::Sqlite);
    return query;
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery query = newQuery();
    if (!query.prepare(sql))
        return faultOf(query.lastError());
    return query;
}

Result<std::optional<qint64>> Database::dataVersion() const
{
    if (m_dialect.isPostgres())
        return std::optional<qint64>();
    auto version = exec(u"PRAGMA data_version"_s);
    if (!version)
        return Error{version.error()};
    if (!version->next())
        return Error{tr("The database did not say its data version.")};
    return std::optional<qint64>(version->value(0).toLongLong());
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    if (values.isEmpty()) {
        // Run as it is: PostgreSQL prepares only SELECT, INSERT, UPDATE, DELETE and VALUES, and
        // QPSQL prepares on the server, so CREATE, SET and friends must not be prepared.
        QSqlQuery query = newQuery();
        if (!query.exec(sql))
            return faultOf(query.lastError());
        return query;
    }
    auto query = prepare(sql);
    if (!query)
        return query;
    if (Status status = run(*query, values); !status)
        return Error{status.error()};
    return query;
}

Status Database::run(QSqlQuery& query, const QVariantList& values) const
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        // An empty text is "", never NULL: the drivers bind a null QString as NULL. NULL is
        // written only as an invalid QVariant (see SqlValues).
        const QVariant& value = values[i];
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(int(i), nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query.exec())
        return faultOf(query.lastError());
    return {};
}

Error Database::sqlError(const QString& what) const
{
    const Error fault = faultOf(connection().lastError());
    return Error{tr("%1 (while %2)").arg(fault.message, what), fault.kind};
}

Error Database::faultOf(const QSqlError& error) const
{
    const DatabaseFault fault = DatabaseFault::of(m_dialect.kind(), error);
    if (fault.kind == ErrorKind::DamagedDatabase)
        m_damaged = true; // stop writing: every further write could spread the damage
    return Error{fault.describe(m_location), fault.kind};
}
