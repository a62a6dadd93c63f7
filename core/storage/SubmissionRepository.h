// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Submission.h"

#include <QCoreApplication>

// The outbox as stored. Writes belong inside the caller's transaction; claim()'s single UPDATE
// is what lets only one session send a submission.
class SubmissionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionRepository)

public:
    explicit SubmissionRepository(Database& database)
        : m_db(database)
    {
    }

    // A new Waiting submission of that melding version with a fresh idempotency key; on the
    // machine-to-machine channel it is due at `at`.
    Result<Submission> enqueue(qint64 meldingId, int meldingVersion, SubmissionChannel channel,
                               const QDateTime& at);
    Result<std::optional<Submission>> find(qint64 id) const;
    // The one still in the outbox, if any.
    Result<std::optional<Submission>> openFor(qint64 meldingId) const;
    // The most recent one, whatever its state.
    Result<std::optional<Submission>> latestFor(qint64 meldingId) const;
    // Every submission of the melding, oldest first.
    Result<QList<Submission>> forMelding(qint64 meldingId) const;
    // Everything in the outbox, oldest first.
    Result<QList<Submission>> open() const;

    // Moves the submission to Sending if it is still in one of `from`; false when another session
    // got there first (or its state changed).
    Result<bool> claim(qint64 id, const QList<SubmissionState>& from, const QDateTime& at);
    // Writes state, channel, next attempt, meldingsnummer, field errors and problem.
    Status update(const Submission& submission, const QDateTime& at);

    Status log(qint64 id, const QDateTime& at, const QString& user, const QString& event);
    Result<QList<SubmissionEvent>> events(qint64 id) const;

private:
    Result<QList<Submission>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};
