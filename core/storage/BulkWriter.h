// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QDate>
#include <QStringView>

#include <memory>

// Runs one statement many times with new values: an import's two million inserts. QSqlQuery
// binds through QVariants and formats dates through QString::asprintf, which cost more than
// SQLite's own work. On SQLite this binds and steps the statement on QtSql's own connection;
// other drivers go through QSqlQuery. Call inside a transaction.
class BulkWriter
{
public:
    static Result<std::unique_ptr<BulkWriter>> prepare(const Database& database,
                                                       const QString& sql);
    virtual ~BulkWriter() = default;

    // Indexes count from 0, in the order of the statement's ?.
    virtual void bindText(int index, const QString& text) = 0;
    // Text already in UTF-8, bound without a copy: `utf8` must stay valid until run() returns.
    virtual void bindUtf8(int index, QByteArrayView utf8) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindDate(int index, const QDate& date) = 0; // as YYYY-MM-DD
    // Executes with the values bound since the last run.
    virtual Status run() = 0;
};
