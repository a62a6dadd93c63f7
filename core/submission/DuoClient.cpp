// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoClient.h"

#include "HttpsExchange.h"
#include "PkiOverheid.h"

#include <QFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

Result<QList<QSslCertificate>> readCaCertificates(const QString& path)
{
    if (path.isEmpty())
        return QList<QSslCertificate>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{DuoClient::tr("The CA certificates %1 cannot be read: %2")
                         .arg(path, file.errorString())};
    const QList<QSslCertificate> certificates = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{DuoClient::tr("%1 holds no PEM certificates.").arg(path)};
    return certificates;
}

} // namespace

DuoClient::DuoClient(const DuoConnection& connection, const ClientIdentity& identity)
    : m_connection(connection)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setLocalCertificate(identity.certificate);
    m_ssl.setLocalCertificateChain(QList<QSslCertificate>{identity.certificate} + identity.chain);
    m_ssl.setPrivateKey(identity.key);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Only these: setting them also stops Qt from loading the system's roots on demand.
    const auto extra = readCaCertificates(connection.caCertificatesPath);
    if (!extra)
        m_ready = Error{extra.error()};
    m_ssl.setCaCertificates(PkiOverheid::roots() + (extra ? *extra : QList<QSslCertificate>()));
    if (connection.endpoint.scheme() != u"https"_s)
        m_ready = Error{tr("The DUO address must start with https://; it is '%1'.")
                            .arg(connection.endpoint.toString())};
}

QUrl DuoClient::url(const QString& path) const
{
    QUrl url = m_connection.endpoint;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

DuoExchange DuoClient::submit(const QByteArray& message, const QString& idempotencyKey)
{
    // The key is in the message (berichtsleutel) and, for servers that honour it, in the header.
    return exchange(u"meldingen"_s, message, idempotencyKey);
}

DuoExchange DuoClient::lookup(const QString& idempotencyKey)
{
    QUrlQuery query;
    query.addQueryItem(u"berichtsleutel"_s, idempotencyKey);
    return exchange(u"meldingen?"_s + query.toString(QUrl::FullyEncoded), {});
}

DuoExchange DuoClient::status(const QString& meldingsnummer)
{
    return exchange(u"meldingen/"_s + QString::fromUtf8(QUrl::toPercentEncoding(meldingsnummer)),
                    {});
}

DuoExchange DuoClient::exchange(const QString& path, const QByteArray& body,
                                const QString& idempotencyKey)
{
    if (!m_ready)
        return {DuoExchange::Delivery::NotReceived, {}, m_ready.error()};
    QList<std::pair<QByteArray, QByteArray>> headers{{"User-Agent", "Verzuimdesk"},
                                                     {"Accept", "application/xml"}};
    if (!body.isNull())
        headers.append({QByteArray("Content-Type"), QByteArray("application/xml; charset=utf-8")});
    if (!idempotencyKey.isEmpty())
        headers.append({QByteArray("Idempotency-Key"), idempotencyKey.toUtf8()});
    const HttpsExchange::Outcome o =
        HttpsExchange::run(m_ssl, url(path), body.isNull() ? "GET" : "POST", headers, body,
                           m_connection.timeoutSeconds * 1000);
    if (!o.answered) {
        // Only a request that never left is certainly not received: a TLS failure afterwards
        // may come from a proxy that passed the request on.
        const bool notReceived = !o.requestSent;
        const QString problem =
            o.timedOut
                ? tr("DUO did not answer within %1 seconds.").arg(m_connection.timeoutSeconds)
            : o.tlsRefused
                ? tr("DUO refused the secure connection; is our certificate accepted by DUO? (%1)")
                      .arg(o.problem)
            : o.requestSent
                // Some servers drop a connection whose client certificate they refuse without a
                // TLS alert; to us that looks like any dropped connection.
                ? tr("DUO closed the connection without answering. If this happens every time, "
                     "DUO does not accept our certificate.")
                : tr("No connection with DUO: %1").arg(o.problem);
        return {notReceived ? DuoExchange::Delivery::NotReceived
                            : DuoExchange::Delivery::MaybeReceived,
                {},
                problem};
    }
    if (o.status >= 500) {
        return {DuoExchange::Delivery::MaybeReceived,
                {},
                tr("DUO reported an error on its side (HTTP %1).").arg(o.status)};
    }
    auto answer = DuoAnswer::parse(o.body);
    if (answer)
        return {DuoExchange::Delivery::Answered, *answer, {}};
    // A refusal (4xx) we cannot read still means DUO did not register the melding.
    return {o.status >= 400 ? DuoExchange::Delivery::NotReceived
                            : DuoExchange::Delivery::MaybeReceived,
            {},
            tr("DUO answered (HTTP %1), but: %2").arg(o.status).arg(answer.error())};
}
