// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseFault.h"

#include <QDir>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

DatabaseFault::Cause sqliteCause(int resultCode)
{
    switch (resultCode & 0xff) { // the primary code of an extended one
    case SQLITE_READONLY:
        return DatabaseFault::Cause::ReadOnly;
    case SQLITE_FULL:
        return DatabaseFault::Cause::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseFault::Cause::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DatabaseFault::Cause::Damaged;
    case SQLITE_CANTOPEN:
        return DatabaseFault::Cause::CannotOpen;
    case SQLITE_IOERR:
        return DatabaseFault::Cause::InputOutput;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return DatabaseFault::Cause::NoPermission;
    default:
        return DatabaseFault::Cause::Other;
    }
}

// PostgreSQL's SQLSTATE classes and codes, as far as the user can act on them.
DatabaseFault::Cause postgresCause(const QString& state)
{
    if (state == u"53100"_s)
        return DatabaseFault::Cause::DiskFull;
    if (state == u"25006"_s)
        return DatabaseFault::Cause::ReadOnly;
    if (state == u"55P03"_s || state == u"40P01"_s)
        return DatabaseFault::Cause::Locked;
    if (state == u"XX001"_s || state == u"XX002"_s)
        return DatabaseFault::Cause::Damaged;
    if (state == u"42501"_s)
        return DatabaseFault::Cause::NoPermission;
    if (state.startsWith(u"08"_s))
        return DatabaseFault::Cause::CannotOpen;
    if (state.startsWith(u"58"_s))
        return DatabaseFault::Cause::InputOutput;
    return DatabaseFault::Cause::Other;
}

} // namespace

DatabaseFault DatabaseFault::of(SqlDialect::Kind dialect, const QSqlError& error)
{
    const QString detail = error.text().trimmed();
    if (dialect == SqlDialect::Kind::Postgres) {
        DatabaseFault fault{postgresCause(error.nativeErrorCode()), detail};
        fault.kind = fault.cause == Cause::Damaged ? ErrorKind::DamagedDatabase : ErrorKind::Other;
        return fault;
    }
    return ofSqlite(error.nativeErrorCode().toInt(), detail);
}

DatabaseFault DatabaseFault::ofSqlite(int resultCode, const QString& detail)
{
    DatabaseFault fault{sqliteCause(resultCode), detail};
    fault.kind = fault.cause == Cause::Damaged ? ErrorKind::DamagedDatabase : ErrorKind::Other;
    return fault;
}

QString DatabaseFault::describe(const QString& location) const
{
    const QString shown = QDir::toNativeSeparators(location);
    QString message;
    switch (cause) {
    case Cause::ReadOnly:
        message = tr("Nothing was saved: Verzuimdesk may not write %1, the file or its folder is "
                     "read-only. Give yourself write permission on both, or copy the database to "
                     "a folder of your own.")
                      .arg(shown);
        break;
    case Cause::DiskFull:
        message = tr("Nothing was saved: the disk holding %1 is full. Make room (empty the "
                     "trash, move large files elsewhere) and try again.")
                      .arg(shown);
        break;
    case Cause::Locked:
        message = tr("Nothing was saved: another program is writing %1 right now. Try again in "
                     "a moment; if it lasts, close the other Verzuimdesk windows.")
                      .arg(shown);
        break;
    case Cause::Damaged:
        message = tr("The database %1 is damaged; nothing more is saved into it. Put the newest "
                     "verified backup in its place.")
                      .arg(shown);
        break;
    case Cause::CannotOpen:
        message = tr("%1 cannot be reached: its folder, drive or server is missing or out of "
                     "reach. Check that it is there and try again.")
                      .arg(shown);
        break;
    case Cause::InputOutput:
        message = tr("Reading or writing %1 failed: the disk or network share gave an error. "
                     "Check the drive and try again.")
                      .arg(shown);
        break;
    case Cause::NoPermission:
        message = tr("Verzuimdesk has no permission for this in %1.").arg(shown);
        break;
    case Cause::Other:
        message = tr("The database %1 gave an error.").arg(shown);
        break;
    }
    return detail.isEmpty() ? message : message + u'\n' + tr("Detail: %1").arg(detail);
}
