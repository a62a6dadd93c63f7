// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionService.h"
#include "storage/AuditLog.h"
#include "storage/DuoConnectionRepository.h"

#include "services/Permissions.h"

#include "services/MeldingService.h"
#include "storage/MeldingRepository.h"
#include "storage/SubmissionRepository.h"
#include "submission/DuoMessage.h"
#include "submission/Outbox.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SubmissionService::SubmissionService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status SubmissionService::saveConnection(const DuoConnection& connection)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageSettings);
        !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        if (Status saved = DuoConnectionRepository(m_db).save(connection); !saved)
            return saved;
        return AuditLog(m_db).append(
            {m_user, u"DUO-koppeling gewijzigd"_s, QString(), connection.endpoint.toString()});
    });
}

Result<QList<Submission>> SubmissionService::outbox() const
{
    // Every member may look, a verzuimmedewerker at their scope (a melding on its way is open, so
    // its leerling is in it); someone who is not a member sees nothing.
    const auto access = Permissions::of(m_db, m_user, m_clock);
    if (!access)
        return Error{access.error()};
    if (Status allowed = access->require(Permission::ViewLeerling); !allowed)
        return Error{allowed.error()};
    auto open = SubmissionRepository(m_db).open();
    if (!open)
        return open;
    MeldingRepository meldingen(m_db);
    QList<Submission> visible;
    for (Submission& s : *open) {
        auto melding = meldingen.find(s.meldingId);
        if (!melding)
            return Error{melding.error()};
        if (melding->has_value()) {
            s.pgn = (*melding)->pgn;
            s.leerlingName = (*melding)->leerlingName;
        }
        const auto inScope = access->inScope(s.pgn);
        if (!inScope)
            return Error{inScope.error()};
        if (*inScope)
            visible.append(s);
    }
    return visible;
}

Result<std::optional<Submission>> SubmissionService::latestFor(qint64 meldingId) const
{
    // Only for whoever may see the melding (its leerling in their scope).
    if (auto melding = MeldingService(m_db, m_clock, m_user).find(meldingId); !melding)
        return Error{melding.error()};
    return SubmissionRepository(m_db).latestFor(meldingId);
}

Result<QList<SubmissionEvent>> SubmissionService::events(qint64 submissionId) const
{
    const auto submission = SubmissionRepository(m_db).find(submissionId);
    if (!submission)
        return Error{submission.error()};
    if (!submission->has_value())
        return Error{tr("There is no submission %1.").arg(submissionId)};
    // Only for whoever may see its melding (its leerling in their scope).
    if (auto melding = MeldingService(m_db, m_clock, m_user).find((*submission)->meldingId);
        !melding)
        return Error{melding.error()};
    return SubmissionRepository(m_db).events(submissionId);
}

Result<QList<Finding>> SubmissionService::rejectionOf(qint64 meldingId) const
{
    auto latest = latestFor(meldingId);
    if (!latest)
        return Error{latest.error()};
    if (!latest->has_value() || (*latest)->state != SubmissionState::Rejected)
        return QList<Finding>();
    return (*latest)->fieldErrors;
}

Result<Submission> SubmissionService::chooseChannel(qint64 meldingId, SubmissionChannel channel)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    return m_db.transaction([&]() -> Result<Submission> {
        auto open = SubmissionRepository(m_db).openFor(meldingId);
        if (!open)
            return Error{open.error()};
        if (!open->has_value())
            return Error{
                tr("Melding %1 is not in the outbox: mark it as ready first.").arg(meldingId)};
        m_db.announce(&ChangeNotifier::submissionsChanged, meldingId);
        Submission s = **open;
        if (s.channel == channel)
            return s;
        if (s.state != SubmissionState::Waiting) {
            return Error{tr("Melding %1 may already have reached DUO (%2); the channel can only "
                            "change while it is waiting.")
                             .arg(meldingId)
                             .arg(SubmissionStates::displayName(s.state))};
        }
        s.channel = channel;
        s.nextAttempt = channel == SubmissionChannel::M2m ? m_clock.now() : QDateTime();
        if (Status recorded =
                Outbox(m_db, m_clock, m_user)
                    .record(s, tr("Channel: %1").arg(SubmissionChannels::displayName(channel)));
            !recorded)
            return recorded.failure();
        return s;
    });
}

Result<SubmissionService::Claimed> SubmissionService::claim(qint64 meldingId)
{
    return m_db.transaction([&]() -> Result<Claimed> {
        m_db.announce(&ChangeNotifier::submissionsChanged, meldingId);
        SubmissionRepository submissions(m_db);
        auto open = submissions.openFor(meldingId);
        if (!open)
            return Error{open.error()};
        if (!open->has_value()) {
            auto latest = submissions.latestFor(meldingId);
            if (latest && latest->has_value() && (*latest)->state == SubmissionState::Accepted) {
                return Error{tr("Melding %1 is already registered by DUO as %2; it is not sent "
                                "again. A change to it goes through the verzuimloket: its "
                                "invulhulp lists what changed.")
                                 .arg(meldingId)
                                 .arg((*latest)->meldingsnummer)};
            }
            return Error{
                tr("Melding %1 is not in the outbox: mark it as ready first.").arg(meldingId)};
        }
        Submission s = **open;
        if (s.channel != SubmissionChannel::M2m) {
            // The coordinator may be typing it into the loket: only they can switch it.
            return Error{tr("Melding %1 is waiting to be submitted through the verzuimloket; "
                            "choose the machine-to-machine channel for it first.")
                             .arg(meldingId)};
        }
        const bool askFirst = s.state == SubmissionState::Uncertain;
        // Only from the state read here: whether to ask DUO first depends on it.
        auto claimed = s.state == SubmissionState::Sending
                           ? Result<bool>(false)
                           : submissions.claim(s.id, {s.state}, m_clock.now());
        if (!claimed)
            return Error{claimed.error()};
        if (!*claimed) {
            return Error{tr("Melding %1 is being sent by another session (since %2).")
                             .arg(meldingId)
                             .arg(QLocale().toString(s.updatedAt, QLocale::ShortFormat))};
        }
        s.state = SubmissionState::Sending;
        s.attempts += 1;
        s.nextAttempt = {};
        if (Status recorded =
                Outbox(m_db, m_clock, m_user)
                    .record(s, askFirst ? tr("Attempt %1: asking DUO what it received, "
                                             "then sending if nothing")
                                              .arg(s.attempts)
                                        : tr("Attempt %1: sending").arg(s.attempts));
            !recorded)
            return recorded.failure();
        auto melding = MeldingRepository(m_db).find(meldingId);
        if (!melding || !melding->has_value())
            return Error{melding ? tr("There is no melding %1.").arg(meldingId) : melding.error()};
        if ((*melding)->status == MeldingStatus::Gereed) {
            Melding submitted = **melding;
            submitted.status = MeldingStatus::Ingediend;
            if (auto saved = MeldingService(m_db, m_clock, m_user).update(submitted); !saved)
                return Error{saved.error()};
        }
        return Claimed{s, askFirst};
    });
}

Result<QByteArray> SubmissionService::messageFor(const Submission& submission) const
{
    auto versions = MeldingRepository(m_db).versions(submission.meldingId);
    if (!versions)
        return Error{versions.error()};
    for (const MeldingVersion& v : *versions) {
        if (v.version == submission.meldingVersion)
            return DuoMessage::build(v.melding, submission.key);
    }
    return Error{tr("Version %1 of melding %2 is missing.")
                     .arg(submission.meldingVersion)
                     .arg(submission.meldingId)};
}

Result<Submission> SubmissionService::send(qint64 meldingId, DuoClient& client)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    auto claimed = claim(meldingId);
    if (!claimed)
        return Error{claimed.error()};
    const Submission& s = claimed->submission;
    if (claimed->askFirst) {
        const DuoExchange asked = client.lookup(s.key);
        const bool answered = asked.delivery == DuoExchange::Delivery::Answered;
        if (answered && asked.answer.outcome == DuoAnswer::Outcome::Accepted)
            return finish(s, asked, tr("DUO had received it already"));
        if (!answered || asked.answer.outcome != DuoAnswer::Outcome::Unknown) {
            // Not knowing what DUO received, we must not send: it stays uncertain.
            const QString problem =
                answered ? tr("DUO's answer to the question what it received was unexpected.")
                         : asked.problem;
            return finish(s, {DuoExchange::Delivery::MaybeReceived, {}, problem},
                          tr("Could not ask DUO"));
        }
    }
    auto message = messageFor(s);
    if (!message)
        return finish(s, {DuoExchange::Delivery::NotReceived, {}, message.error()}, QString());
    return finish(s, client.submit(*message, s.key), QString());
}

Result<Submission> SubmissionService::finish(Submission s, const DuoExchange& exchange,
                                             const QString& event)
{
    const QDateTime now = m_clock.now();
    const auto retryLater = [&](SubmissionState state, const QString& problem) {
        s.state = state;
        s.problem = problem;
        s.nextAttempt = now.addSecs(RetryPolicy::delaySeconds(s.attempts));
    };
    const bool answered = exchange.delivery == DuoExchange::Delivery::Answered;
    const DuoAnswer::Outcome outcome = exchange.answer.outcome;
    if (answered && outcome == DuoAnswer::Outcome::Rejected) {
        s.state = SubmissionState::Rejected;
        s.fieldErrors = exchange.answer.errors;
        s.problem.clear();
        s.nextAttempt = {};
    } else if (answered && outcome != DuoAnswer::Outcome::Accepted) {
        retryLater(SubmissionState::Uncertain, tr("DUO's answer to the melding was unexpected."));
    } else if (exchange.delivery == DuoExchange::Delivery::NotReceived) {
        retryLater(SubmissionState::Waiting, exchange.problem);
    } else if (exchange.delivery == DuoExchange::Delivery::MaybeReceived) {
        retryLater(SubmissionState::Uncertain, exchange.problem);
    }

    const Status stored = m_db.transaction([&]() -> Status {
        m_db.announce(&ChangeNotifier::submissionsChanged, s.meldingId);
        auto current = SubmissionRepository(m_db).find(s.id);
        if (!current || !current->has_value())
            return Error{current ? tr("Submission %1 no longer exists.").arg(s.id)
                                 : current.error()};
        if ((*current)->state != SubmissionState::Sending || (*current)->attempts != s.attempts) {
            // Someone recorded the outcome meanwhile (typed in DUO's number), or this session was
            // taken for dead and another claimed it again: theirs stands.
            s = **current;
            return SubmissionRepository(m_db).log(s.id, now, m_user,
                                                  tr("An answer arrived after the outcome was "
                                                     "recorded elsewhere; it was not used"));
        }
        auto found = MeldingRepository(m_db).find(s.meldingId);
        if (!found || !found->has_value())
            return Error{found ? tr("There is no melding %1.").arg(s.meldingId) : found.error()};
        Melding melding = **found;
        MeldingService meldingen(m_db, m_clock, m_user);
        const QString prefix = event.isEmpty() ? QString() : event + u": "_s;

        if (answered && outcome == DuoAnswer::Outcome::Accepted) {
            auto registered = meldingen.writeRegistration(
                melding, exchange.answer.meldingsnummer,
                prefix + tr("answer to attempt %1, machine-to-machine").arg(s.attempts));
            if (!registered)
                return Error{registered.error()};
            s.state = SubmissionState::Accepted;
            s.meldingsnummer = exchange.answer.meldingsnummer;
            return {};
        }
        const QString what =
            s.state == SubmissionState::Rejected
                ? tr("Rejected by DUO: %n reason(s); the melding is a draft again", nullptr,
                     int(s.fieldErrors.size()))
            : s.state == SubmissionState::Waiting
                ? tr("Not received by DUO: %1 Next attempt %2.")
                      .arg(s.problem, QLocale().toString(s.nextAttempt, QLocale::ShortFormat))
                : tr("Outcome unknown: %1 DUO will be asked before it is sent again (%2).")
                      .arg(s.problem, QLocale().toString(s.nextAttempt, QLocale::ShortFormat));
        if (Status recorded = Outbox(m_db, m_clock, m_user).record(s, prefix + what); !recorded)
            return recorded;
        // The melding follows: a draft to correct, ready to send again, or still submitted.
        const MeldingStatus next = s.state == SubmissionState::Rejected  ? MeldingStatus::Concept
                                   : s.state == SubmissionState::Waiting ? MeldingStatus::Gereed
                                                                         : MeldingStatus::Ingediend;
        if (melding.status == next)
            return {};
        melding.status = next;
        auto saved = meldingen.update(melding);
        return saved ? Status() : Status(Error{saved.error()});
    });
    if (!stored)
        return Error{stored.error()};
    return s;
}

Status SubmissionService::recoverInterrupted()
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return allowed;
    const QDateTime now = m_clock.now();
    const auto interrupted = [&](const Submission& s) {
        return s.state == SubmissionState::Sending &&
               s.updatedAt.addSecs(RetryPolicy::kInterruptedAfterSeconds) <= now;
    };
    // Looked at before writing: there is seldom anything to recover, and the window's start
    // must not wait for a write (the file's check runs meanwhile; see Database::awaitCheck).
    const auto found = SubmissionRepository(m_db).open();
    if (!found)
        return Error{found.error()};
    if (std::none_of(found->cbegin(), found->cend(), interrupted))
        return {};
    return m_db.transaction([&]() -> Status {
        auto open = SubmissionRepository(m_db).open();
        if (!open)
            return Error{open.error()};
        for (Submission s : *open) {
            if (!interrupted(s))
                continue;
            m_db.announce(&ChangeNotifier::submissionsChanged, s.meldingId);
            s.state = SubmissionState::Uncertain;
            s.problem = tr("The session that was sending it ended before DUO's answer was "
                           "recorded.");
            s.nextAttempt = now;
            if (Status recorded = Outbox(m_db, m_clock, m_user)
                                      .record(s, tr("Interrupted while sending; DUO will be asked "
                                                    "before it is sent again"));
                !recorded)
                return recorded;
        }
        return {};
    });
}

Result<QList<Submission>> SubmissionService::sendDue(DuoClient& client)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    if (Status recovered = recoverInterrupted(); !recovered)
        return Error{recovered.error()};
    auto open = SubmissionRepository(m_db).open();
    if (!open)
        return open;
    QList<Submission> done;
    for (const Submission& s : std::as_const(*open)) {
        const bool due = s.channel == SubmissionChannel::M2m &&
                         s.state != SubmissionState::Sending && s.nextAttempt.isValid() &&
                         s.nextAttempt <= m_clock.now();
        if (!due)
            continue;
        // One that cannot be sent now (another session has it) does not hold up the others.
        if (auto sent = send(s.meldingId, client); sent)
            done.append(*sent);
    }
    return done;
}

Result<QList<qint64>> SubmissionService::pollStatuses(DuoClient& client)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    auto all = MeldingRepository(m_db).all();
    if (!all)
        return Error{all.error()};
    QList<qint64> changed;
    for (Melding melding : std::as_const(*all)) {
        if (!MeldingStatuses::isOpenAtDuo(melding.status) || melding.duoNumber.isEmpty())
            continue;
        const DuoExchange asked = client.status(melding.duoNumber);
        if (asked.delivery != DuoExchange::Delivery::Answered)
            return Error{asked.problem};
        const DuoAnswer& answer = asked.answer;
        if (answer.outcome != DuoAnswer::Outcome::Status)
            continue; // DUO does not know the number (typed wrongly?): nothing to update
        const bool same = answer.status == melding.status && answer.handler == melding.handler &&
                          answer.feedback == melding.feedback;
        if (same)
            continue;
        melding.status = *answer.status;
        melding.handler = answer.handler;
        melding.feedback = answer.feedback;
        const Status stored = m_db.transaction([&]() -> Status {
            auto saved = MeldingService(m_db, m_clock, m_user).update(melding);
            return saved ? Status() : Status(Error{saved.error()});
        });
        if (!stored)
            return Error{stored.error()};
        changed.append(melding.id);
    }
    return changed;
}
