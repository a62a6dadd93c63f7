// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/TeamRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The schema version that brought users and roles (Migrations: team).
constexpr int kTeamSchema = 8;

// A schema name no other test process uses at the same time.
QString uniqueSchema()
{
    static int counter = 0;
    return u"test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++counter);
}

} // namespace

QSqlQuery TestDatabase::serverQuery()
{
    const QString connection = u"test-server"_s;
    if (!QSqlDatabase::contains(connection)) {
        const QUrl server(postgresServer());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setPassword(server.password());
        db.setDatabaseName(server.path().mid(1));
        db.open();
    }
    return QSqlQuery(QSqlDatabase::database(connection));
}

QString TestDatabase::postgresServer()
{
    return qEnvironmentVariable("VERZUIMDESK_TEST_POSTGRES");
}

TestDatabase::TestDatabase(int targetVersion, Backend backend)
    : m_location(onPostgres() && backend == Backend::AsConfigured
                     ? postgresServer() + u"?schema="_s + uniqueSchema()
                     : path())
{
    auto opened = Database::open(m_location, {targetVersion, &m_clock});
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error()));
    m_database = std::move(opened).value();
    m_backups = std::make_unique<BackupStore>(*m_database, m_clock);
    if (m_database->dialect().isPostgres() && m_database->schemaVersion() >= kTeamSchema) {
        // The functional tests work as "coordinator" and need every right, as the one user of a
        // SQLite file has; the role boundaries have tests of their own (TestAccess).
        TeamRepository team(*m_database);
        for (const QString& name : {u"coordinator"_s, u"beheerder"_s, m_database->userName()}) {
            if (!team.upsert({name, Role::Beheerder, m_clock.now(), u"test"_s}))
                qFatal("cannot add %s to the test database", qPrintable(name));
        }
    }
}

TestDatabase::~TestDatabase()
{
    if (!m_database->dialect().schema().isEmpty())
        dropSchema(*m_database);
}

void TestDatabase::dropSchema(Database& database)
{
    const QStringList roles = serverRoles(database);
    becomeOwner(database);
    (void)database.exec(u"DROP SCHEMA \"%1\" CASCADE"_s.arg(database.dialect().schema()));
    // Roles belong to the whole server; the schema's go with it.
    for (const QString& role : roles)
        (void)database.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
}

QStringList TestDatabase::serverRoles(Database& database)
{
    QStringList roles;
    if (!database.dialect().isPostgres())
        return roles;
    // Looked up rather than taken from the schema version: another connection may have migrated.
    auto exists = database.exec(u"SELECT to_regclass('verzuimdesk_rollen') IS NOT NULL"_s);
    if (!exists || !exists->next() || !exists->value(0).toBool())
        return roles;
    auto query = database.exec(
        u"SELECT servernaam FROM verzuimdesk_rollen ORDER BY rol <> 'eigenaar', rol"_s);
    while (query && query->next())
        roles << query->value(0).toString();
    return roles;
}

void TestDatabase::becomeOwner(Database& database)
{
    const QStringList roles = serverRoles(database);
    if (!roles.isEmpty())
        (void)database.exec(u"GRANT \"%1\" TO CURRENT_USER"_s.arg(roles.first()));
}

QString TestDatabase::writeFile(const QString& name, const QByteArray& content) const
{
    const QString filePath = m_dir.filePath(name);
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(filePath));
    file.write(content);
    return filePath;
}

ImportOutcome TestDatabase::importExample(const QString& example)
{
    const auto file = [&](const QString& name) {
        const QString p = examplePath(example, name);
        return QFile::exists(p) ? p : QString();
    };
    return importService().run({file(u"school.json"_s), file(u"leerlingen.csv"_s),
                                file(u"contacten.csv"_s), file(u"absenties.csv"_s),
                                file(u"vrijstellingen.csv"_s)});
}

QString examplePath(const QString& example, const QString& file)
{
    return QStringLiteral(VERZUIMDESK_EXAMPLES_DIR) + u'/' + example + u'/' + file;
}
