// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

// What a sent or drafted melding still asks of the coordinator (van-signaal-naar-melding §2).
enum class FollowUpKind
{
    EndDate,        // einddatum doorgeven: the run has ended, DUO needs the t/m
    OpenWithoutEnd, // open_zonder_einddatum: no t/m for more than 4 weeks
    NoResponse,     // geen_reactie: Geregistreerd for 10 werkdagen, nothing heard
    ChangeToSubmit, // wijziging_doorgeven: a registered melding changed since DUO registered it
};

namespace FollowUpKinds {
QString
key(FollowUpKind kind); // einddatum, open_zonder_einddatum, geen_reactie, wijziging_doorgeven
QString displayName(FollowUpKind kind); // translated
} // namespace FollowUpKinds

struct FollowUpTask
{
    FollowUpKind kind = FollowUpKind::EndDate;
    qint64 melding = 0;
    QString pgn;
    QString leerlingName;
    QDate deadline;        // uiterlijk; invalid where none applies
    QDate proposedEndDate; // for EndDate: the run's last lesdag

    friend bool operator==(const FollowUpTask&, const FollowUpTask&) = default;
};

class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)

public:
    FollowUpService(Database& database, const Clock& clock, QString user);

    // The tasks on the peildatum, for the meldingen the user may see, by melding; with a pgn,
    // those of that leerling only.
    Result<QList<FollowUpTask>> tasks(const QDate& peildatum, const QString& pgn = {}) const;

private:
    Result<QDate> endOfRun(const Melding& melding, const QDate& peildatum) const;
    Result<QDate> registeredOn(const Melding& melding) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
