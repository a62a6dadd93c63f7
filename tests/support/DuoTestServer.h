// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPki.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QUrl>

#include <memory>

class DuoServerWorker;

// Stands in for DUO, the one part that cannot run here: HTTPS on 127.0.0.1 with a client
// certificate required, on its own thread, answering as docs/duo-m2m.md describes. It does not
// deduplicate by key itself, so a double submission by the client would show in
// registeredCount().
class DuoTestServer
{
public:
    // What the server does with the next POST of a melding.
    enum class Behaviour
    {
        Accept,            // registers it: 201 with a meldingsnummer
        Reject,            // 422 with errors on reden and einddatum
        ServerError,       // 500, nothing registered
        Hang,              // reads it, never answers, nothing registered
        DropAfterReceiving // registers it, then closes the connection without an answer
    };

    struct Request
    {
        QString method;
        QString path;
        QByteArray body;
    };

    explicit DuoTestServer(const TestPki& pki);
    ~DuoTestServer();

    QUrl endpoint() const;
    // Behaviours for the next POSTs, in order; afterwards every POST is accepted.
    void script(const QList<Behaviour>& behaviours);
    // The status DUO reports for a meldingsnummer.
    void setStatus(const QString& meldingsnummer, const QString& status, const QString& handler,
                   const QString& feedback);

    QList<Request> requests() const;
    int registeredCount() const;
    int tlsFailures() const; // connections that failed the handshake (e.g. a wrong certificate)

    // Shared with the server thread.
    struct State
    {
        mutable QMutex mutex;
        QList<Behaviour> script;
        QList<Request> requests;
        QHash<QString, QString> numberByKey;
        struct Status
        {
            QString status, handler, feedback;
        };
        QHash<QString, Status> statusByNumber;
        int registered = 0; // meldingen registered, one per POST that was processed
        int tlsFailures = 0;
    };

private:
    State m_state;
    DuoServerWorker* m_worker; // lives on m_thread, deleted when it finishes
    QThread m_thread;
    quint16 m_port = 0;
};
