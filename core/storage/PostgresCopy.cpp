// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresCopy.h"

#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

// Sent in pieces of about this size: few calls, little memory.
constexpr qsizetype kSendAt = 1 << 20;

pg_conn* libpqHandleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as the compiler sees it (struct pg_conn), Qt 5 as libpq spells it.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace

Result<std::unique_ptr<PostgresCopy>> PostgresCopy::begin(const Database& database,
                                                          const QString& copyStatement)
{
    pg_conn* connection = libpqHandleOf(database.connection());
    if (!connection)
        return Error{tr("Bulk loading needs PostgreSQL through libpq.")};
    std::unique_ptr<PostgresCopy> copy(new PostgresCopy(connection, database.location()));
    PGresult* started = PQexec(connection, copyStatement.toUtf8().constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        copy->m_finished = true; // nothing to end
        return copy->failure(tr("COPY did not start"));
    }
    return copy;
}

PostgresCopy::PostgresCopy(pg_conn* connection, QString location)
    : m_connection(connection)
    , m_location(std::move(location))
{
    m_buffer.reserve(kSendAt + 4096);
}

// An unfinished COPY is ended with an error, so that the connection is usable again and the
// transaction it belongs to fails.
PostgresCopy::~PostgresCopy()
{
    if (m_finished)
        return;
    PQputCopyEnd(m_connection, "abandoned");
    while (PGresult* result = PQgetResult(m_connection))
        PQclear(result);
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void PostgresCopy::addText(QStringView text)
{
    separate();
    // COPY's text format: backslash, tab, newline and carriage return are escaped. (A NUL never
    // reaches here: the importers refuse it.)
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += c;
        }
    }
}

void PostgresCopy::addInteger(qint64 value)
{
    separate();
    m_buffer += QByteArray::number(value);
}

void PostgresCopy::addDate(const QDate& date)
{
    separate();
    if (!date.isValid()) {
        m_buffer += "\\N";
        return;
    }
    m_buffer += date.toString(Qt::ISODate).toLatin1();
}

void PostgresCopy::addBytes(QByteArrayView bytes)
{
    separate();
    // BYTEA's hex form, its backslash escaped for COPY's text format.
    m_buffer += "\\\\x";
    m_buffer += QByteArray::fromRawData(bytes.data(), bytes.size()).toHex();
}

Status PostgresCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    return m_buffer.size() >= kSendAt ? send() : Status();
}

Status PostgresCopy::send()
{
    if (m_buffer.isEmpty())
        return {};
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return failure(tr("sending the rows failed"));
    m_buffer.clear();
    return {};
}

Status PostgresCopy::finish()
{
    if (Status sent = send(); !sent)
        return sent;
    m_finished = true;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        return failure(tr("ending COPY failed"));
    Status verdict;
    while (PGresult* result = PQgetResult(m_connection)) {
        if (verdict && PQresultStatus(result) != PGRES_COMMAND_OK) {
            verdict = Error{
                tr("%1: the server refused the rows: %2")
                    .arg(m_location, QString::fromUtf8(PQresultErrorMessage(result)).trimmed())};
        }
        PQclear(result);
    }
    return verdict;
}

Error PostgresCopy::failure(const QString& what) const
{
    return Error{
        tr("%1: %2: %3")
            .arg(m_location, what, QString::fromUtf8(PQerrorMessage(m_connection)).trimmed())};
}
