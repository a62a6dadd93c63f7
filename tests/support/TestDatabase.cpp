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
    const QString schema = m_database->dialect().schema();
    if (!schema.isEmpty())
        (void)m_database->exec(u"DROP SCHEMA \"%1\" CASCADE"_s.arg(schema));
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
