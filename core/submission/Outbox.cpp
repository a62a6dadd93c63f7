// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "storage/DuoConnectionRepository.h"
#include "storage/SubmissionRepository.h"

Outbox::Outbox(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status Outbox::record(const Submission& submission, const QString& event)
{
    SubmissionRepository submissions(m_db);
    if (Status updated = submissions.update(submission, m_clock.now()); !updated)
        return updated;
    return submissions.log(submission.id, m_clock.now(), m_user, event);
}

Status Outbox::follow(const Melding& saved)
{
    SubmissionRepository submissions(m_db);
    auto open = submissions.openFor(saved.id);
    if (!open)
        return Error{open.error()};
    if (saved.status == MeldingStatus::Gereed && !open->has_value()) {
        auto connection = DuoConnectionRepository(m_db).load();
        if (!connection)
            return Error{connection.error()};
        const SubmissionChannel channel =
            connection->isConfigured() ? SubmissionChannel::M2m : SubmissionChannel::Loket;
        auto queued = submissions.enqueue(saved.id, saved.version, channel, m_clock.now());
        if (!queued)
            return Error{queued.error()};
        return submissions.log(queued->id, m_clock.now(), m_user,
                               tr("Ready: in the outbox for the %1 (version %2)")
                                   .arg(SubmissionChannels::displayName(channel))
                                   .arg(saved.version));
    }
    if (saved.status == MeldingStatus::Concept && open->has_value()) {
        Submission cancelled = **open;
        if (cancelled.state != SubmissionState::Waiting) {
            return Error{tr("Melding %1 may already be at DUO (%2); it cannot go back to draft "
                            "until that is known.")
                             .arg(saved.id)
                             .arg(SubmissionStates::displayName(cancelled.state))};
        }
        cancelled.state = SubmissionState::Cancelled;
        cancelled.nextAttempt = {};
        return record(cancelled, tr("Back to draft before it was sent: taken out of the outbox"));
    }
    return {};
}

Status Outbox::accept(qint64 meldingId, const QString& meldingsnummer, const QString& how)
{
    auto open = SubmissionRepository(m_db).openFor(meldingId);
    if (!open)
        return Error{open.error()};
    if (!open->has_value())
        return {}; // registered without going through the outbox (before it existed)
    Submission accepted = **open;
    accepted.state = SubmissionState::Accepted;
    accepted.meldingsnummer = meldingsnummer;
    accepted.nextAttempt = {};
    accepted.problem.clear();
    return record(accepted, tr("Registered by DUO as %1 (%2)").arg(meldingsnummer, how));
}
