// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkReader.h"

#include "DatabaseFault.h"
#include "SqliteHandle.h"

#include <QSqlError>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

class SqliteBulkReader final : public BulkReader
{
public:
    SqliteBulkReader(sqlite3* db, sqlite3_stmt* statement, QString location)
        : m_db(db)
        , m_statement(statement)
        , m_location(std::move(location))
    {
    }
    ~SqliteBulkReader() override { sqlite3_finalize(m_statement); }

    bool next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = DatabaseFault::ofSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_db)))
                          .describe(m_location);
        return false;
    }
    QByteArrayView text(int column) const override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return {bytes, sqlite3_column_bytes(m_statement, column)};
    }
    QByteArrayView bytes(int column) const override
    {
        const auto* blob = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return {blob, sqlite3_column_bytes(m_statement, column)};
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString error() const override { return m_error; }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QString m_location;
    QString m_error;
};

class QtBulkReader final : public BulkReader
{
public:
    explicit QtBulkReader(QSqlQuery query)
        : m_query(std::move(query))
    {
    }

    bool next() override
    {
        m_texts.clear();
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_query.lastError().text();
        return false;
    }
    QByteArrayView text(int column) const override
    {
        const QVariant value = m_query.value(column);
        if (value.isNull())
            return {};
        return m_texts.emplace_back(value.toString().toUtf8());
    }
    QByteArrayView bytes(int column) const override
    {
        return m_texts.emplace_back(m_query.value(column).toByteArray());
    }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString error() const override { return m_error; }

private:
    QSqlQuery m_query;
    mutable std::vector<QByteArray> m_texts; // what text() handed out for the current row
    QString m_error;
};

int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int number = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        number = number * 10 + (text[i] - '0');
    }
    return number;
}

bool bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    default:
        if (value.isNull())
            return sqlite3_bind_null(statement, index) == SQLITE_OK;
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT) == SQLITE_OK;
    }
}

} // namespace

Result<std::unique_ptr<BulkReader>> BulkReader::open(const Database& database, const QString& sql,
                                                     const QVariantList& values)
{
    if (sqlite3* db = sqliteHandleOf(database.connection())) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        bool prepared = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement,
                                           nullptr) == SQLITE_OK;
        for (int i = 0; prepared && i < values.size(); ++i)
            prepared = bind(statement, i + 1, values[i]);
        if (!prepared) {
            sqlite3_finalize(statement);
            return Error{
                DatabaseFault::ofSqlite(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)))
                    .describe(database.location())};
        }
        return std::unique_ptr<BulkReader>(
            std::make_unique<SqliteBulkReader>(db, statement, database.location()));
    }
    auto query = database.exec(sql, values);
    if (!query)
        return Error{query.error()};
    return std::unique_ptr<BulkReader>(std::make_unique<QtBulkReader>(std::move(*query)));
}

QDate BulkReader::date(int column) const
{
    const QByteArrayView iso = text(column);
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return {};
    return {digits(iso, 0, 4), digits(iso, 5, 2), digits(iso, 8, 2)};
}
