// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Attachment.h"

#include <QCoreApplication>
#include <QDateTime>

class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    explicit AttachmentRepository(Database& database)
        : m_db(database)
    {
    }

    // Stores the verzuimstaat and returns it with its id. Call inside a transaction.
    Result<Attachment> insertVerzuimstaat(Attachment attachment);
    // The melding's latest verzuimstaat, if it has one.
    Result<std::optional<Attachment>> latestVerzuimstaat(qint64 meldingId) const;
    // Every verzuimstaat attached to the melding, oldest first, without the PDF itself.
    Result<QList<Attachment>> verzuimstatenOf(qint64 meldingId) const;

private:
    Database& m_db;
};
