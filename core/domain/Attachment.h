// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// A document attached to a melding, kept exactly as it was made (and later sent).
struct Attachment
{
    qint64 id = 0;
    qint64 meldingId = 0;
    QDate from;
    QDate to;
    bool includesAuthorised = false;
    QString madeBy;
    QDateTime madeAt;
    QByteArray pdf;
};
