// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QByteArrayView>
#include <QDate>

#include <memory>

// Reads a large result fast, row by row. QSqlQuery wraps every cell in a QVariant and has SQLite
// convert text to UTF-16 for it: loading a large school's two million absence records took two
// seconds that way. On SQLite this steps the statement on QtSql's own connection and hands out
// the library's UTF-8 text; on other drivers it goes through QSqlQuery.
class BulkReader
{
public:
    // `values` are bound to the statement's ? in order.
    static Result<std::unique_ptr<BulkReader>> open(const Database& database, const QString& sql,
                                                    const QVariantList& values = {});
    virtual ~BulkReader() = default;

    // The next row; false at the end or on an error (see error()).
    virtual bool next() = 0;
    // Valid until the next call to next().
    virtual QByteArrayView text(int column) const = 0;  // UTF-8
    virtual QByteArrayView bytes(int column) const = 0; // a BLOB (SQLite) or BYTEA (PostgreSQL)
    virtual qint64 integer(int column) const = 0;
    QString string(int column) const { return QString::fromUtf8(text(column)); }
    QDate date(int column) const; // stored as YYYY-MM-DD; invalid for NULL
    // Empty when every row was read.
    virtual QString error() const = 0;
};
