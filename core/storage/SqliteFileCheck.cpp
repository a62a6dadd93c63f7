// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFileCheck.h"

#include "BackupStore.h"
#include "DatabaseFault.h"
#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHeaderSize = 100;

Error damaged(const QString& path, const QString& what)
{
    return Error{SqliteFileCheck::tr("The database %1 is damaged: %2.")
                     .arg(QDir::toNativeSeparators(path), what),
                 ErrorKind::DamagedDatabase};
}

// What SQLite found, in its own words, goes on a detail line.
Error damagedInside(const QString& path, const QString& found)
{
    const Error error = damaged(
        path, SqliteFileCheck::tr("SQLite finds pages or indexes in it that do not add up"));
    return Error{error.message + u'\n' + DatabaseFault::tr("Detail: %1").arg(found), error.kind};
}

// The file's size and header against each other, before SQLite reads a page: a truncated file
// or a foreign first page is named for what it is.
Status checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{SqliteFileCheck::tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    if (file.size() == 0)
        return damaged(path, SqliteFileCheck::tr("the file is empty (0 bytes). To start a new "
                                                 "school instead, remove the file first"));
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize)
        return damaged(path, SqliteFileCheck::tr("the file is cut short (%n byte(s))", nullptr,
                                                 int(file.size())));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return damaged(path, SqliteFileCheck::tr("its first page is not that of a database"));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 storedPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = storedPageSize == 1 ? 65536 : storedPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, SqliteFileCheck::tr("its first page is not that of a database"));
    // The page count in the header is valid when the change counter (24) matches the version it
    // was written at (92). Pages may live in the WAL alone, so a WAL makes a shorter file normal.
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool pagesValid = changeCounter == qFromBigEndian<quint32>(bytes + 92) && pages > 0;
    const bool hasWal = QFileInfo(path + u"-wal"_s).size() > 0;
    if (file.size() % pageSize != 0 ||
        (pagesValid && !hasWal && file.size() < qint64(pages) * pageSize)) {
        return damaged(path, SqliteFileCheck::tr("the file is cut short (%n byte(s))", nullptr,
                                                 int(std::min<qint64>(file.size(), INT_MAX))));
    }
    return {};
}

// A read-only connection of our own, closed when it goes.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
    {
        m_rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        // The program's own connection may be switching the file to WAL at this moment.
        sqlite3_busy_timeout(m_db, 10'000);
    }
    ~ReadOnlyConnection() { sqlite3_close(m_db); }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_rc == SQLITE_OK; }
    sqlite3* handle() const { return m_db; }
    QString errorText() const
    {
        return QString::fromUtf8(m_rc != SQLITE_OK ? sqlite3_errstr(m_rc) : sqlite3_errmsg(m_db));
    }
    int errorCode() const { return m_rc != SQLITE_OK ? m_rc : sqlite3_errcode(m_db); }

    // The first column of every row of `sql`; nothing when the statement fails.
    std::optional<QStringList> column(const QString& sql) const
    {
        sqlite3_stmt* statement = nullptr;
        int result = sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr);
        QStringList values;
        while (result == SQLITE_OK || result == SQLITE_ROW) {
            result = sqlite3_step(statement);
            if (result == SQLITE_ROW)
                values.append(QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
        }
        sqlite3_finalize(statement);
        if (result != SQLITE_DONE)
            return std::nullopt;
        return values;
    }

private:
    sqlite3* m_db = nullptr;
    int m_rc = SQLITE_OK;
};

// Why the connection failed: damage only when SQLite says the file is damaged; a lock or a
// failing disk is said as what it is.
Error failureOf(const QString& path, const ReadOnlyConnection& connection)
{
    const DatabaseFault fault =
        DatabaseFault::ofSqlite(connection.errorCode(), connection.errorText());
    if (fault.cause == DatabaseFault::Cause::Damaged)
        return damagedInside(path, connection.errorText());
    return Error{fault.describe(path)};
}

// SQLite's findings, "ok" when it found nothing.
Status findingsOf(const QString& path, const ReadOnlyConnection& connection,
                  const std::optional<QStringList>& findings)
{
    if (!findings)
        return failureOf(path, connection);
    if (findings->value(0) != u"ok"_s)
        return damagedInside(path, findings->mid(0, 3).join(u"; "_s));
    return {};
}

QString statePath(const QString& path)
{
    return BackupStore::directoryFor(path) + u"/laatste-toestand.json"_s;
}

QJsonObject stateOf(const QString& path)
{
    const QFileInfo file(path);
    return {{u"grootte"_s, double(file.size())},
            {u"gewijzigd"_s, double(file.lastModified().toMSecsSinceEpoch())}};
}

} // namespace

Status SqliteFileCheck::check(const QString& path, Depth depth, std::chrono::milliseconds budget)
{
    if (Status header = checkHeader(path); !header)
        return header;
    ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return failureOf(path, connection);
    if (depth == Depth::Full)
        return findingsOf(path, connection, connection.column(u"PRAGMA integrity_check"_s));
    // Table by table, so that the budget can end the check between two: SQLite checks a whole
    // table in one step that nothing interrupts.
    const auto tables = connection.column(
        u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rootpage"_s);
    if (!tables)
        return failureOf(path, connection);
    const auto end = std::chrono::steady_clock::now() + budget;
    for (const QString& table : *tables) {
        const QString quoted = QString(table).replace(u'\'', u"''"_s);
        if (Status intact = findingsOf(
                path, connection, connection.column(u"PRAGMA quick_check('%1')"_s.arg(quoted)));
            !intact)
            return intact;
        if (std::chrono::steady_clock::now() > end)
            break; // nothing found so far; the next backup's integrity check sees the rest
    }
    return {};
}

Result<int> SqliteFileCheck::verzuimdeskSchema(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (Status header = checkHeader(path); !header)
        return header.failure();
    ReadOnlyConnection connection(path);
    const auto application =
        connection.column(u"SELECT waarde FROM verzuimdesk_meta WHERE sleutel = 'applicatie'"_s);
    const auto version =
        connection.column(u"SELECT waarde FROM verzuimdesk_meta WHERE sleutel = 'schemaversie'"_s);
    if (!application || !version || application->value(0) != u"verzuimdesk"_s ||
        version->size() != 1)
        return Error{tr("%1 is not a Verzuimdesk database.").arg(shown)};
    const int schema = version->first().toInt();
    const int latest = Migrations::latestVersion(SqlDialect(SqlDialect::Kind::Sqlite));
    if (schema > latest)
        return Error{tr("%1 was made by a newer version of Verzuimdesk (schema %2; this program "
                        "knows up to %3).")
                         .arg(shown)
                         .arg(schema)
                         .arg(latest)};
    return schema;
}

bool SqliteFileCheck::changedSinceLastKnown(const QString& path)
{
    if (QFileInfo(path + u"-wal"_s).size() > 0)
        return true;
    QFile state(statePath(path));
    if (!state.open(QIODevice::ReadOnly))
        return true;
    return QJsonDocument::fromJson(state.readAll()).object() != stateOf(path);
}

void SqliteFileCheck::rememberState(const QString& path)
{
    const QString directory = BackupStore::directoryFor(path);
    if (!QDir().mkpath(directory))
        return; // the next open checks fully: safe, only slower
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile state(statePath(path));
    if (state.open(QIODevice::WriteOnly | QIODevice::Truncate))
        state.write(QJsonDocument(stateOf(path)).toJson(QJsonDocument::Compact));
}
