// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchedInsert.h"

using namespace Qt::StringLiterals;

namespace {

// SQLite before 3.32 accepts at most 999 parameters in a statement; staying below it keeps the
// statement valid on any SQLite and on PostgreSQL. A hundred rows a statement already leave the
// statement's own cost a hundredth of what it was.
constexpr int kMaxParameters = 999;

} // namespace

Result<std::unique_ptr<BatchedInsert>>
BatchedInsert::prepare(const Database& database, const QString& table, const QStringList& columns)
{
    const int rowsPerBatch = rowsPerStatement(columns.size());
    auto fullBatch = BulkWriter::prepare(database, statementFor(table, columns, rowsPerBatch));
    if (!fullBatch)
        return fullBatch.failure();
    return std::unique_ptr<BatchedInsert>(
        new BatchedInsert(database, table, columns, std::move(fullBatch).value(), rowsPerBatch));
}

int BatchedInsert::rowsPerStatement(qsizetype columns)
{
    Q_ASSERT(columns > 0 && columns <= kMaxParameters);
    return kMaxParameters / int(columns);
}

BatchedInsert::BatchedInsert(const Database& database, QString table, QStringList columns,
                             std::unique_ptr<BulkWriter> fullBatch, int rowsPerBatch)
    : m_database(database)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_fullBatch(std::move(fullBatch))
    , m_rowsPerBatch(rowsPerBatch)
{
    m_values.reserve(size_t(m_rowsPerBatch) * size_t(m_columns.size()));
    m_lastText.resize(size_t(m_columns.size()));
}

QString BatchedInsert::statementFor(const QString& table, const QStringList& columns, int rows)
{
    const QString row = u'(' + QStringList(columns.size(), u"?"_s).join(u", "_s) + u')';
    return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(table, columns.join(u", "_s),
                                                  QStringList(rows, row).join(u", "_s));
}

void BatchedInsert::addText(const QString& text)
{
    auto& [lastText, lastUtf8] = m_lastText[m_values.size() % m_lastText.size()];
    if (text != lastText || lastUtf8.isNull()) {
        lastText = text;
        lastUtf8 = text.toUtf8();
        if (lastUtf8.isNull())
            lastUtf8 = QByteArray(""); // a null text is stored as '', as Database::run does
    }
    m_values.emplace_back(lastUtf8); // shared, not copied
}

void BatchedInsert::addInteger(qint64 value)
{
    m_values.emplace_back(value);
}

void BatchedInsert::addDate(const QDate& date)
{
    m_values.emplace_back(date);
}

Status BatchedInsert::endRow()
{
    Q_ASSERT(m_values.size() % size_t(m_columns.size()) == 0);
    if (m_values.size() < size_t(m_rowsPerBatch) * size_t(m_columns.size()))
        return {};
    return run(*m_fullBatch);
}

Status BatchedInsert::finish()
{
    if (m_values.empty())
        return {};
    const int rows = int(m_values.size() / size_t(m_columns.size()));
    auto lastBatch = BulkWriter::prepare(m_database, statementFor(m_table, m_columns, rows));
    if (!lastBatch)
        return lastBatch.failure();
    return run(**lastBatch);
}

Status BatchedInsert::run(BulkWriter& writer)
{
    for (size_t i = 0; i < m_values.size(); ++i) {
        const int index = int(i);
        std::visit(
            [&](const auto& value) {
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, QByteArray>)
                    writer.bindUtf8(index, value);
                else if constexpr (std::is_same_v<T, qint64>)
                    writer.bindInteger(index, value);
                else
                    writer.bindDate(index, value);
            },
            m_values[i]);
    }
    // The texts are bound without a copy: they go only once the statement has run.
    const Status ran = writer.run();
    m_values.clear();
    return ran;
}
