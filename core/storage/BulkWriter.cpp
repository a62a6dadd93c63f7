// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriter.h"

#include "DatabaseFault.h"
#include "SqlValues.h"
#include "SqliteHandle.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

class SqliteBulkWriter final : public BulkWriter
{
public:
    SqliteBulkWriter(sqlite3* db, sqlite3_stmt* statement, QString location)
        : m_db(db)
        , m_statement(statement)
        , m_location(std::move(location))
    {
    }
    ~SqliteBulkWriter() override { sqlite3_finalize(m_statement); }

    void bindText(int index, const QString& text) override
    {
        // UTF-16 as the QString holds it (constData(), never utf16(): that copies strings made
        // from literals). SQLite copies it. A null QString is stored as '', never as NULL, as
        // Database::run does: the columns are NOT NULL.
        static constexpr char16_t empty[] = u"";
        const void* data = text.isNull() ? static_cast<const void*>(empty) : text.constData();
        remember(sqlite3_bind_text16(m_statement, index + 1, data, int(text.size() * 2),
                                     SQLITE_TRANSIENT));
    }
    void bindInteger(int index, qint64 value) override
    {
        remember(sqlite3_bind_int64(m_statement, index + 1, value));
    }
    void bindDate(int index, const QDate& date) override
    {
        if (!date.isValid()) {
            remember(sqlite3_bind_null(m_statement, index + 1));
            return;
        }
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        std::array<char, 10> iso{};
        const auto put = [&](int at, int value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                iso[size_t(at + i)] = char('0' + value % 10);
        };
        put(0, year, 4);
        iso[4] = '-';
        put(5, month, 2);
        iso[7] = '-';
        put(8, day, 2);
        remember(sqlite3_bind_text(m_statement, index + 1, iso.data(), int(iso.size()),
                                   SQLITE_TRANSIENT));
    }
    Status run() override
    {
        // A failed bind would otherwise store the previous row's value without a word.
        const int rc = m_bindError != SQLITE_OK ? m_bindError : sqlite3_step(m_statement);
        m_bindError = SQLITE_OK;
        sqlite3_reset(m_statement);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return {};
        return Error{DatabaseFault::ofSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_db)))
                         .describe(m_location)};
    }

private:
    void remember(int rc)
    {
        if (m_bindError == SQLITE_OK)
            m_bindError = rc;
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QString m_location;
    int m_bindError = SQLITE_OK;
};

class QtBulkWriter final : public BulkWriter
{
public:
    QtBulkWriter(const Database& database, QSqlQuery query)
        : m_database(database)
        , m_query(std::move(query))
    {
    }

    void bindText(int index, const QString& text) override { set(index, text); }
    void bindInteger(int index, qint64 value) override { set(index, value); }
    void bindDate(int index, const QDate& date) override { set(index, SqlValues::date(date)); }
    Status run() override { return m_database.run(m_query, std::exchange(m_values, {})); }

private:
    void set(int index, const QVariant& value)
    {
        if (m_values.size() <= index)
            m_values.resize(index + 1);
        m_values[index] = value;
    }

    const Database& m_database;
    QSqlQuery m_query;
    QVariantList m_values;
};

} // namespace

Result<std::unique_ptr<BulkWriter>> BulkWriter::prepare(const Database& database,
                                                        const QString& sql)
{
    if (sqlite3* db = sqliteHandleOf(database.connection())) {
        sqlite3_stmt* statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(statement);
            return Error{
                DatabaseFault::ofSqlite(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)))
                    .describe(database.location())};
        }
        return std::unique_ptr<BulkWriter>(
            std::make_unique<SqliteBulkWriter>(db, statement, database.location()));
    }
    auto query = database.prepare(sql);
    if (!query)
        return Error{query.error()};
    return std::unique_ptr<BulkWriter>(std::make_unique<QtBulkWriter>(database, std::move(*query)));
}
