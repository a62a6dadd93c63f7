// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkWriter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>
#include <vector>

// Inserts rows many at a time: one `INSERT … VALUES (…), (…), …` per batch of rows instead of
// one statement per row. Each run of a statement opens and closes SQLite's cursors on the table
// and its indexes, ends the statement and allocates for it; for an import's two million rows
// that cost more than writing the rows (perf, 2026-12-08). The rows are in the database after
// `finish`, in the order they were added. Call inside a transaction.
class BatchedInsert
{
public:
    static Result<std::unique_ptr<BatchedInsert>>
    prepare(const Database& database, const QString& table, const QStringList& columns);

    // How many rows one statement inserts for a table of `columns` columns.
    static int rowsPerStatement(qsizetype columns);

    // The next column of the row being added, in the order of `columns`.
    void addText(const QString& text);
    void addInteger(qint64 value);
    void addDate(const QDate& date); // as YYYY-MM-DD
    // Ends the row; runs the statement once a batch is full.
    Status endRow();
    // Inserts the rows of the last, partial batch.
    Status finish();

private:
    using Value = std::variant<QByteArray, qint64, QDate>; // text as UTF-8

    BatchedInsert(const Database& database, QString table, QStringList columns,
                  std::unique_ptr<BulkWriter> fullBatch, int rowsPerBatch);
    static QString statementFor(const QString& table, const QStringList& columns, int rows);
    Status run(BulkWriter& writer);

    const Database& m_database;
    QString m_table;
    QStringList m_columns;
    std::unique_ptr<BulkWriter> m_fullBatch;
    int m_rowsPerBatch;
    std::vector<Value> m_values; // the batch's rows, column after column
    // Per column, the last text added and its UTF-8: an import repeats a leerling's pgn for
    // their run of rows and a handful of codes, which are converted once per run.
    std::vector<std::pair<QString, QByteArray>> m_lastText;
};
