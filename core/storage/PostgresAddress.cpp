// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresAddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// libpq's TLS parameters; anything else in the query is a mistake worth saying.
const QStringList kTlsParameters = {
    u"sslmode"_s,
    u"sslrootcert"_s,
    u"sslcert"_s,
    u"sslkey"_s,
    u"sslcrl"_s,
    u"sslcrldir"_s,
    u"sslsni"_s,
    u"ssl_min_protocol_version"_s,
    u"ssl_max_protocol_version"_s,
};
const QStringList kSslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                               u"require"_s, u"verify-ca"_s, u"verify-full"_s};

bool onThisComputer(const QString& host)
{
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

} // namespace

Result<PostgresAddress> PostgresAddress::parse(const QString& url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString databaseName = parsed.path().mid(1);
    if (!parsed.isValid() || parsed.host().isEmpty() || databaseName.isEmpty() ||
        databaseName.contains(u'/')) {
        // Even an address that does not parse may hold a password: it is never shown.
        static const QRegularExpression password(u"^([a-z]+://[^/:@]*):[^/]*@"_s);
        return Error{tr("%1 is not a PostgreSQL address; write "
                        "postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].")
                         .arg(QString(url).replace(password, u"\\1@"_s))};
    }
    PostgresAddress address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.database = databaseName;
    address.user = parsed.userName();
    address.password = parsed.password();
    QUrl shown = parsed;
    shown.setPassword(QString());
    address.shown = shown.toString();
    address.connectOptions.append(u"connect_timeout=10"_s);

    bool sslModeGiven = false;
    for (const auto& [key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == u"schema"_s) {
            // It goes into SET search_path, which takes no parameters: only plain names pass.
            static const QRegularExpression plainName(u"^[a-z_][a-z0-9_]{0,62}$"_s);
            if (!plainName.match(value).hasMatch())
                return Error{tr("The schema name '%1' may hold only lower-case letters, digits "
                                "and _.")
                                 .arg(value)};
            address.schema = value;
            continue;
        }
        if (!kTlsParameters.contains(key))
            return Error{tr("%1: the parameter '%2' is unknown; an address takes schema and "
                            "libpq's ssl parameters (sslmode, sslrootcert, …).")
                             .arg(address.shown, key)};
        if (key == u"sslmode"_s && !kSslModes.contains(value))
            return Error{tr("%1: sslmode '%2' does not exist; write one of %3.")
                             .arg(address.shown, value, kSslModes.join(u", "_s))};
        // QPSQL turns every ';' into a space; a quote or backslash would end the value early.
        if (value.contains(u';') || value.contains(u'\'') || value.contains(u'\\'))
            return Error{tr("%1: the value of %2 may not hold ; ' or \\.").arg(address.shown, key)};
        sslModeGiven = sslModeGiven || key == u"sslmode"_s;
        address.connectOptions.append(u"%1='%2'"_s.arg(key, value));
    }
    if (!sslModeGiven)
        address.connectOptions.append(onThisComputer(address.host) ? u"sslmode=prefer"_s
                                                                   : u"sslmode=verify-full"_s);
    return address;
}
