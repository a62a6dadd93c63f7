// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QByteArray>
#include <QDate>
#include <QStringView>

#include <memory>

struct pg_conn;

// PostgreSQL's own bulk loading: `COPY table (columns) FROM STDIN` on QtSql's connection, inside
// the transaction under way, the rows streamed as COPY's text format. A row-by-row INSERT costs
// a round trip to the server per record; two million records then take minutes.
class PostgresCopy
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCopy)

public:
    // Starts `copyStatement` (a COPY … FROM STDIN). Fails when the database is not PostgreSQL
    // through QtSql's libpq driver.
    static Result<std::unique_ptr<PostgresCopy>> begin(const Database& database,
                                                       const QString& copyStatement);
    ~PostgresCopy();

    // The next column of the row being written.
    void addText(QStringView text);
    void addInteger(qint64 value);
    void addDate(const QDate& date);     // as YYYY-MM-DD
    void addBytes(QByteArrayView bytes); // into a BYTEA column
    // Ends the row; sends what was written once enough has gathered.
    Status endRow();
    // Sends the rest and ends the COPY: the server's verdict on every row.
    Status finish();

private:
    PostgresCopy(pg_conn* connection, QString location);
    Status send();
    Error failure(const QString& what) const;
    void separate();

    pg_conn* m_connection;
    QString m_location;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_finished = false;
};
