// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkWriter.h"

#include "DatabaseFault.h"
#include "SqlValues.h"
#include "SqliteHandle.h"

#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

class SqliteBulkWriter final : public BulkWriter
{
public:
    SqliteBulkWriter(sqlite3* db, sqlite3_stmt* statement, QString location)
        : m_db(db)
        , m_statement(statement)
        , m_location(std::move(location))
        // Sized once: a value bound without a copy must not move when a later column is bound.
        , m_lastText(size_t(sqlite3_bind_parameter_count(statement)))
        , m_isoDates(m_lastText.size())
    {
    }
    ~SqliteBulkWriter() override { sqlite3_finalize(m_statement); }

    void bindText(int index, const QString& text) override
    {
        // The database holds UTF-8: text bound as UTF-16 is translated by SQLite on every row.
        // An import binds the same pgn for a leerling's run of records and a handful of codes,
        // so each column keeps its last value's UTF-8 and binds it without a copy while the
        // value repeats. A null QString is stored as '', never as NULL, as Database::run does:
        // the columns are NOT NULL.
        Q_ASSERT(size_t(index) < m_lastText.size());
        LastText& last = m_lastText[size_t(index)];
        if (!last.bound || last.text != text)
            last = {true, text, text.toUtf8()};
        const char* utf8 = last.utf8.isNull() ? "" : last.utf8.constData();
        remember(
            sqlite3_bind_text(m_statement, index + 1, utf8, int(last.utf8.size()), SQLITE_STATIC));
    }
    void bindUtf8(int index, QByteArrayView utf8) override
    {
        // constData() of an empty view may be null; the columns are NOT NULL, so bind ''.
        remember(sqlite3_bind_text(m_statement, index + 1, utf8.isEmpty() ? "" : utf8.data(),
                                   int(utf8.size()), SQLITE_STATIC));
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
        // Written into the column's own buffer and bound without a copy (SQLITE_STATIC): it is
        // read when the row runs and written again only for the next row.
        Q_ASSERT(size_t(index) < m_isoDates.size());
        std::array<char, 10>& iso = m_isoDates[size_t(index)];
        const auto put = [&](int at, int value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                iso[size_t(at + i)] = char('0' + value % 10);
        };
        put(0, year, 4);
        iso[4] = '-';
        put(5, month, 2);
        iso[7] = '-';
        put(8, day, 2);
        remember(
            sqlite3_bind_text(m_statement, index + 1, iso.data(), int(iso.size()), SQLITE_STATIC));
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

    struct LastText
    {
        bool bound = false;
        QString text;
        QByteArray utf8; // bound as SQLITE_STATIC: it lives until the column's next value
    };

    sqlite3* m_db;
    sqlite3_stmt* m_statement;
    QString m_location;
    int m_bindError = SQLITE_OK;
    std::vector<LastText> m_lastText;             // per column
    std::vector<std::array<char, 10>> m_isoDates; // per column
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
    void bindUtf8(int index, QByteArrayView utf8) override { set(index, QString::fromUtf8(utf8)); }
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
