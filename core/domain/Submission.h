// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// How a melding reaches DUO: typed into the verzuimloket by the coordinator (with our
// invulhulp), or sent machine-to-machine by our client.
enum class SubmissionChannel
{
    Loket,
    M2m
};

namespace SubmissionChannels {
QString key(SubmissionChannel channel); // loket, m2m
std::optional<SubmissionChannel> fromKey(QStringView key);
QString displayName(SubmissionChannel channel); // translated
} // namespace SubmissionChannels

// One melding version's way through the outbox. A melding is never sent twice: only Waiting is
// sent without asking; Uncertain (the request may have reached DUO) is first looked up at DUO by
// its key, or, for the loket, answered by the coordinator.
enum class SubmissionState
{
    Waiting,   // in the outbox, not (or certainly not) received by DUO
    Sending,   // claimed by one session, the request is under way
    Uncertain, // sent, but no answer was recorded: ask before sending again
    Accepted,  // DUO gave a meldingsnummer
    Rejected,  // DUO refused the message, with its reasons per field
    Cancelled  // the melding went back to concept before it was sent
};

namespace SubmissionStates {
QString
key(SubmissionState state); // wachtend, verzenden, onzeker, geaccepteerd, afgewezen, vervallen
std::optional<SubmissionState> fromKey(QStringView key);
QString displayName(SubmissionState state); // translated
// Still in the outbox (at most one per melding): waiting, sending, uncertain.
QList<SubmissionState> open();
} // namespace SubmissionStates

struct Submission
{
    qint64 id = 0;
    qint64 meldingId = 0;
    int meldingVersion = 0; // the version that was marked gereed and is what gets sent
    QString key;            // idempotency key, sent along and used to ask DUO what it received
    SubmissionChannel channel = SubmissionChannel::Loket;
    SubmissionState state = SubmissionState::Waiting;
    int attempts = 0;
    QDateTime nextAttempt; // invalid: not before the coordinator acts
    QString meldingsnummer;
    QList<Finding> fieldErrors; // DUO's reasons for a rejection, by MeldingFields key
    QString problem;            // the last failure, in words
    QDateTime createdAt;
    QDateTime updatedAt;

    // For lists: the melding's leerling.
    QString pgn;
    QString leerlingName;

    friend bool operator==(const Submission&, const Submission&) = default;
};

// One line of a submission's log: every attempt and every decision is kept.
struct SubmissionEvent
{
    QDateTime at;
    QString user;
    QString event; // what happened, in words
};

// Waiting time before the next automatic attempt: doubling from one minute, at most an hour, so a
// DUO outage is not hammered and a short glitch costs little.
namespace RetryPolicy {
qint64 delaySeconds(int attempts);
constexpr int kMaxTimeoutSeconds = 300;
// A submission still Sending after this long belongs to a session that ended without recording
// DUO's answer: an attempt is at most two requests (ask, then send) of at most 5 minutes each.
constexpr qint64 kInterruptedAfterSeconds = 2 * kMaxTimeoutSeconds + 300;
} // namespace RetryPolicy
