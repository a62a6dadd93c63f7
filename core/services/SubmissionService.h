// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Submission.h"
#include "storage/Database.h"
#include "submission/DuoClient.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The outbox: meldingen marked gereed wait here until they reach DUO, by the loket (the
// coordinator types them in and enters DUO's meldingsnummer) or by our machine-to-machine client.
//
// Never twice: a submission is claimed by one session with a single UPDATE before anything is
// sent; a request that may have reached DUO without an answer being recorded (timeout, dropped
// connection, DUO's error 500, a crash) makes the submission Uncertain, and the next attempt first
// asks DUO what it received under the submission's key.
class SubmissionService
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionService)

public:
    SubmissionService(Database& database, const Clock& clock, QString user);

    // Everything still in the outbox, with its leerling.
    Result<QList<Submission>> outbox() const;
    // Where meldingen go and with which certificate: the beheerder's setting (a wrong address
    // would send children's data elsewhere with the school's certificate).
    Status saveConnection(const DuoConnection& connection);
    Result<std::optional<Submission>> latestFor(qint64 meldingId) const;
    Result<QList<SubmissionEvent>> events(qint64 submissionId) const;

    // DUO's reasons from the melding's last rejection, while it has not been made ready again.
    Result<QList<Finding>> rejectionOf(qint64 meldingId) const;

    // Changes the channel of a submission that is waiting.
    Result<Submission> chooseChannel(qint64 meldingId, SubmissionChannel channel);

    // One attempt now for this melding over the machine-to-machine channel (refused for one
    // waiting for the loket: change its channel first).
    Result<Submission> send(qint64 meldingId, DuoClient& client);
    // Every machine-to-machine submission whose time has come (after recovering interrupted ones).
    Result<QList<Submission>> sendDue(DuoClient& client);
    // Submissions left Sending by a session that ended without recording the answer (longer ago
    // than any request can take) become Uncertain.
    Status recoverInterrupted();
    // Asks DUO for the status of every melding it registered that is still open; returns the
    // meldingen that changed.
    Result<QList<qint64>> pollStatuses(DuoClient& client);

private:
    struct Claimed
    {
        Submission submission;
        bool askFirst = false; // an earlier attempt may have reached DUO
    };
    Result<Claimed> claim(qint64 meldingId);
    Result<Submission> finish(Submission submission, const DuoExchange& exchange,
                              const QString& event);
    Result<QByteArray> messageFor(const Submission& submission) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
