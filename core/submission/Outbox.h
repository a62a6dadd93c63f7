// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "domain/Submission.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The outbox's bookkeeping that goes with a melding's own changes. Every call belongs inside the
// transaction that saves the melding, so the melding and its outbox entry never disagree.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    Outbox(Database& database, const Clock& clock, QString user);

    // A melding that became gereed enters the outbox (on the configured channel); one that went
    // back to concept before it was sent leaves it.
    Status follow(const Melding& saved);
    // DUO registered the melding under `meldingsnummer` (typed in from the loket, or answered to
    // our client): its open submission is accepted.
    Status accept(qint64 meldingId, const QString& meldingsnummer, const QString& how);

    // Writes the submission and logs what happened to it.
    Status record(const Submission& submission, const QString& event);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
