// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoTestServer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray answer(const QString& inner)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<antwoord>%1</antwoord>\n"_s.arg(inner)
        .toUtf8();
}

void respond(QSslSocket* socket, int code, const QByteArray& body)
{
    const QByteArray reason = code < 300 ? "OK" : code < 500 ? "Client Error" : "Server Error";
    socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + reason +
                  "\r\nContent-Type: application/xml\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

// Lives on the server thread: the QSslServer and its sockets.
class DuoServerWorker : public QObject
{
public:
    DuoServerWorker(DuoTestServer::State& state, const TestPki& pki)
        : m_state(state)
        , m_server(new QSslServer(this))
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(readFile(pki.serverCertificate())));
        ssl.setPrivateKey(QSslKey(readFile(pki.serverKey()), QSsl::Ec));
        ssl.setCaCertificates(QSslCertificate::fromPath(pki.caCertificate()));
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer); // the client must show a certificate
        m_server->setSslConfiguration(ssl);
        QObject::connect(m_server, &QSslServer::pendingConnectionAvailable, this,
                         [this] { accept(); });
        const auto failed = [this] {
            const QMutexLocker lock(&m_state.mutex);
            ++m_state.tlsFailures;
        };
        QObject::connect(m_server, &QSslServer::peerVerifyError, this, failed);
        QObject::connect(m_server, &QSslServer::handshakeInterruptedOnError, this, failed);
        QObject::connect(m_server, &QSslServer::errorOccurred, this,
                         [failed](QSslSocket*, QAbstractSocket::SocketError error) {
                             if (error == QAbstractSocket::SslHandshakeFailedError)
                                 failed();
                         });
    }

    quint16 listen()
    {
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

private:
    void accept()
    {
        while (QTcpSocket* next = m_server->nextPendingConnection()) {
            auto* socket = qobject_cast<QSslSocket*>(next);
            QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QSslSocket::readyRead, this,
                             [this, socket] { read(socket); });
            read(socket);
        }
    }

    void read(QSslSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const DuoTestServer::Request request{QString::fromLatin1(requestLine.value(0)),
                                             QString::fromLatin1(requestLine.value(1)),
                                             buffer.mid(headerEnd + 4, length)};
        m_buffers.remove(socket);
        handle(socket, request);
    }

    void handle(QSslSocket* socket, const DuoTestServer::Request& request)
    {
        QMutexLocker lock(&m_state.mutex);
        m_state.requests.append(request);
        const QUrl url(request.path);
        if (request.method == u"POST"_s && url.path().endsWith(u"/meldingen"_s))
            return post(socket, request.body);
        if (request.method == u"GET"_s && url.path().endsWith(u"/meldingen"_s)) {
            const QString key = QUrlQuery(url).queryItemValue(u"berichtsleutel"_s);
            const QString number = m_state.numberByKey.value(key);
            if (number.isEmpty())
                return respond(socket, 404, answer(u"<uitkomst>onbekend</uitkomst>"_s));
            return respond(socket, 200, accepted(number));
        }
        if (request.method == u"GET"_s && url.path().contains(u"/meldingen/"_s)) {
            const QString number = url.path().section(u'/', -1);
            if (!m_state.statusByNumber.contains(number))
                return respond(socket, 404, answer(u"<uitkomst>onbekend</uitkomst>"_s));
            const auto& s = m_state.statusByNumber[number];
            return respond(socket, 200,
                           answer(u"<uitkomst>status</uitkomst><meldingsnummer>%1</meldingsnummer>"
                                  "<status>%2</status><behandelaar>%3</behandelaar>"
                                  "<toelichting>%4</toelichting>"_s.arg(
                                      number, s.status, s.handler.toHtmlEscaped(),
                                      s.feedback.toHtmlEscaped())));
        }
        respond(socket, 404, "not found");
    }

    static QByteArray accepted(const QString& number)
    {
        return answer(
            u"<uitkomst>geaccepteerd</uitkomst><meldingsnummer>%1</meldingsnummer>"_s.arg(number));
    }

    // Called with the state locked.
    QString registerMelding(const QByteArray& body)
    {
        static const QRegularExpression keyPattern(u"<berichtsleutel>([^<]*)</berichtsleutel>"_s);
        const QString key = keyPattern.match(QString::fromUtf8(body)).captured(1);
        const QString number = u"VM-%1"_s.arg(m_state.registered + 1, 4, 10, QChar(u'0'));
        m_state.numberByKey.insert(key, number);
        ++m_state.registered;
        m_state.statusByNumber.insert(number, {u"geregistreerd"_s, {}, {}});
        return number;
    }

    // Called with the state locked.
    void post(QSslSocket* socket, const QByteArray& body)
    {
        using B = DuoTestServer::Behaviour;
        const B behaviour = m_state.script.isEmpty() ? B::Accept : m_state.script.takeFirst();
        switch (behaviour) {
        case B::Accept:
            return respond(socket, 201, accepted(registerMelding(body)));
        case B::Reject:
            return respond(
                socket, 422,
                answer(u"<uitkomst>afgewezen</uitkomst>"
                       "<fout veld=\"reden\">De vermoedelijke reden is onvoldoende "
                       "ingevuld.</fout>"
                       "<fout veld=\"einddatum\">De einddatum ligt na vandaag.</fout>"_s));
        case B::ServerError:
            return respond(socket, 500, "Internal Server Error");
        case B::Hang:
            return; // the client's timeout ends it
        case B::DropAfterReceiving:
            registerMelding(body);
            socket->abort();
            return;
        }
    }

    DuoTestServer::State& m_state;
    QSslServer* m_server; // a child, so it moves to the server thread with the worker
    QHash<QSslSocket*, QByteArray> m_buffers;
};

DuoTestServer::DuoTestServer(const TestPki& pki)
    : m_worker(new DuoServerWorker(m_state, pki))
{
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

DuoTestServer::~DuoTestServer()
{
    m_thread.quit();
    m_thread.wait();
}

QUrl DuoTestServer::endpoint() const
{
    return QUrl(u"https://127.0.0.1:%1/duo/v1/"_s.arg(m_port));
}

void DuoTestServer::script(const QList<Behaviour>& behaviours)
{
    const QMutexLocker lock(&m_state.mutex);
    m_state.script = behaviours;
}

void DuoTestServer::setStatus(const QString& meldingsnummer, const QString& status,
                              const QString& handler, const QString& feedback)
{
    const QMutexLocker lock(&m_state.mutex);
    m_state.statusByNumber.insert(meldingsnummer, {status, handler, feedback});
}

QList<DuoTestServer::Request> DuoTestServer::requests() const
{
    const QMutexLocker lock(&m_state.mutex);
    return m_state.requests;
}

int DuoTestServer::registeredCount() const
{
    const QMutexLocker lock(&m_state.mutex);
    return m_state.registered;
}

int DuoTestServer::tlsFailures() const
{
    const QMutexLocker lock(&m_state.mutex);
    return m_state.tlsFailures;
}
