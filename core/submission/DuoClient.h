// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientIdentity.h"
#include "DuoAnswer.h"
#include "domain/DuoConnection.h"

#include <QCoreApplication>
#include <QSslConfiguration>

// What one exchange with DUO came to. What matters for never submitting twice is whether DUO may
// have received the request: a refused connection certainly did not reach it, a timeout or a
// dropped connection may have.
struct DuoExchange
{
    enum class Delivery
    {
        NotReceived,   // DUO certainly did not process the request: sending again is safe
        MaybeReceived, // no usable answer after the request left: ask DUO before sending again
        Answered       // `answer` holds what DUO said
    };

    Delivery delivery = Delivery::NotReceived;
    DuoAnswer answer;
    QString problem; // in words, when not answered
};

// The machine-to-machine client: HTTPS with TLS client authentication, one request per
// connection (HttpsExchange: never resent behind our back), each bounded by the connection's
// timeout. Calls block (running a local event loop), so the GUI calls them from a BackgroundJob.
//
// Endpoints under the configured address (our assumption until DUO's onboarding, see
// docs/duo-m2m.md): POST meldingen (the message), GET meldingen?berichtsleutel=KEY (what DUO
// received under a key), GET meldingen/NUMMER (a melding's status).
class DuoClient
{
    Q_DECLARE_TR_FUNCTIONS(DuoClient)

public:
    DuoClient(const DuoConnection& connection, const ClientIdentity& identity);

    // The extra CA certificates of the connection could not be read: a configuration error.
    Status ready() const { return m_ready; }

    DuoExchange submit(const QByteArray& message, const QString& idempotencyKey);
    DuoExchange lookup(const QString& idempotencyKey);
    DuoExchange status(const QString& meldingsnummer);

private:
    DuoExchange exchange(const QString& path, const QByteArray& body,
                         const QString& idempotencyKey = {});
    QUrl url(const QString& path) const;

    DuoConnection m_connection;
    QSslConfiguration m_ssl;
    Status m_ready;
};
