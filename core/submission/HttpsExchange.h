// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>

// One HTTPS request on a connection of its own, sent exactly once. We do not use
// QNetworkAccessManager here: when a connection closes before the answer, Qt 6.4 silently sends
// the request again, a POST included (QHttpNetworkConnectionChannel, "reconnectAttempts") — for
// a melding that would be a second registration at DUO. TestSubmissionService's
// dropped_after_receiving row caught exactly that.
class HttpsExchange
{
    Q_DECLARE_TR_FUNCTIONS(HttpsExchange)

public:
    struct Outcome
    {
        bool answered = false;    // a complete HTTP response arrived
        bool requestSent = false; // false: the server cannot have read the request
        int status = 0;
        QByteArray body;
        QString problem; // why there is no answer, in words
        bool timedOut = false;
        // A TLS-level failure: the server refused the connection (our certificate, typically)
        // before it read any HTTP, even if the request had left.
        bool tlsRefused = false;
    };

    static Outcome run(const QSslConfiguration& ssl, const QUrl& url, const QByteArray& method,
                       const QList<std::pair<QByteArray, QByteArray>>& headers,
                       const QByteArray& body, int timeoutMs);
};
