// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpsExchange.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// DUO's answers are small; anything this large is not one of them.
constexpr qsizetype kMaxResponseBytes = 2 << 20;

// An HTTP/1.1 response read as far as it has arrived.
class ResponseReader
{
public:
    // True when the whole response is there.
    bool feed(const QByteArray& data)
    {
        m_data += data;
        if (m_data.size() > kMaxResponseBytes) {
            m_tooLarge = true;
            return false;
        }
        // An interim response (100 Continue) comes before the real one.
        while (m_headerEnd < 0 && m_data.startsWith("HTTP/1.1 1")) {
            const qsizetype end = m_data.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            m_data.remove(0, end + 4);
        }
        if (m_headerEnd < 0) {
            m_headerEnd = m_data.indexOf("\r\n\r\n");
            if (m_headerEnd < 0)
                return false;
            parseHeader(m_data.left(m_headerEnd));
        }
        if (m_chunked)
            return decodeChunks();
        if (m_length >= 0)
            return m_data.size() - (m_headerEnd + 4) >= m_length;
        return false; // the body ends when the server closes the connection
    }
    // The server closed the connection: complete if the body was delimited by that.
    bool closed() const { return m_headerEnd >= 0 && !m_chunked && m_length < 0; }

    int status() const { return m_status; }
    bool tooLarge() const { return m_tooLarge; }
    QByteArray body() const
    {
        if (m_chunked)
            return m_body;
        const QByteArray rest = m_data.mid(m_headerEnd + 4);
        return m_length >= 0 ? rest.left(m_length) : rest;
    }

private:
    void parseHeader(const QByteArray& header)
    {
        const QList<QByteArray> lines = header.split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        m_status = statusLine.value(1).toInt();
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                m_length = value.toLongLong();
            else if (name == "transfer-encoding" && value.contains("chunked"))
                m_chunked = true;
        }
    }

    bool decodeChunks()
    {
        QByteArray body;
        qsizetype at = m_headerEnd + 4;
        for (;;) {
            const qsizetype lineEnd = m_data.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                m_data.mid(at, lineEnd - at).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || size > m_data.size())
                return false;
            if (size == 0) {
                m_body = body;
                return true;
            }
            if (m_data.size() < lineEnd + 2 + size + 2)
                return false;
            body += m_data.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    QByteArray m_data;
    QByteArray m_body;
    qsizetype m_headerEnd = -1;
    qsizetype m_length = -1;
    bool m_chunked = false;
    bool m_tooLarge = false;
    int m_status = 0;
};

QByteArray requestBytes(const QUrl& url, const QByteArray& method,
                        const QList<std::pair<QByteArray, QByteArray>>& headers,
                        const QByteArray& body)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray request = method + ' ' + target +
                         " HTTP/1.1\r\nHost: " + url.host(QUrl::FullyEncoded).toUtf8() + ':' +
                         QByteArray::number(url.port(443)) + "\r\nConnection: close\r\n";
    for (const auto& [name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isNull() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return request + "\r\n" + body;
}

} // namespace

HttpsExchange::Outcome HttpsExchange::run(const QSslConfiguration& ssl, const QUrl& url,
                                          const QByteArray& method,
                                          const QList<std::pair<QByteArray, QByteArray>>& headers,
                                          const QByteArray& body, int timeoutMs)
{
    Outcome outcome;
    QSslSocket socket;
    socket.setSslConfiguration(ssl);
    ResponseReader reader;
    QEventLoop loop;
    QString failure;

    QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] {
        socket.write(requestBytes(url, method, headers, body));
        outcome.requestSent = true;
    });
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
        if (reader.feed(socket.readAll())) {
            outcome.answered = true;
            loop.quit();
        } else if (reader.tooLarge()) {
            failure = tr("the answer is larger than 2 MB");
            loop.quit();
        }
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, [&] {
        if (reader.feed(socket.readAll()) || reader.closed())
            outcome.answered = true;
        loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             return; // disconnected() decides whether the answer is complete
                         outcome.tlsRefused = error == QAbstractSocket::SslHandshakeFailedError ||
                                              error == QAbstractSocket::SslInternalError;
                         if (failure.isEmpty()) // keep the first, most specific reason
                             failure = socket.errorString();
                         loop.quit();
                     });
    QObject::connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors)
            texts.append(e.errorString());
        failure = tr("DUO's certificate is not trusted: %1").arg(texts.join(u"; "_s));
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        outcome.timedOut = true;
        loop.quit();
    });
    socket.connectToHostEncrypted(url.host(), quint16(url.port(443)));
    loop.exec();
    socket.abort();

    if (outcome.answered) {
        outcome.status = reader.status();
        outcome.body = reader.body();
        if (outcome.status < 100)
            outcome.answered = false;
    }
    if (!outcome.answered) {
        outcome.problem = outcome.timedOut ? tr("no answer within %1 seconds").arg(timeoutMs / 1000)
                          : !failure.isEmpty() ? failure
                                               : tr("the connection was closed without an answer");
    }
    return outcome;
}
