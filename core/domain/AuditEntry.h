// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One entry of the audit trail as stored. The application only ever appends entries.
struct AuditEntry
{
    QDateTime at; // local time
    QString user;
    QString action;
    QString pgn;
    QString details;
};
