// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

// A team database's address, `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?PARAMETERS]`,
// taken apart for QPSQL. The parameters are `schema` and libpq's TLS settings (sslmode,
// sslrootcert, sslcert, sslkey, sslcrl, …), passed through as they are. Without an sslmode a
// server elsewhere must prove who it is (verify-full: a certificate from a trusted CA, for its
// name); one on this computer is asked for TLS when it has it (prefer).
struct PostgresAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAddress)

public:
    static Result<PostgresAddress> parse(const QString& url);

    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString schema;
    // libpq's `key='value'` pairs for QSqlDatabase::setConnectOptions.
    QStringList connectOptions;
    // The address without its password: safe to show, and to open again with the password.
    QString shown;
};
