// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentRepository.h"

#include "SqlValues.h"

using namespace Qt::StringLiterals;

namespace {

constexpr auto kVerzuimstaat = u"verzuimstaat";

} // namespace

Result<Attachment> AttachmentRepository::insertVerzuimstaat(Attachment a)
{
    auto inserted = m_db.exec(
        u"INSERT INTO bijlagen (melding_id, soort, van, tot, met_geoorloofd, gemaakt_door,"
        " gemaakt_op, inhoud) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {a.meldingId, QString::fromUtf16(kVerzuimstaat), SqlValues::date(a.from),
         SqlValues::date(a.to), a.includesAuthorised ? 1 : 0, a.madeBy,
         a.madeAt.toString(Qt::ISODateWithMs), a.pdf});
    if (!inserted)
        return Error{inserted.error()};
    if (!inserted->next())
        return Error{tr("The verzuimstaat was not stored.")};
    a.id = inserted->value(0).toLongLong();
    inserted->finish();
    return a;
}

Result<QList<Attachment>> AttachmentRepository::verzuimstatenOf(qint64 meldingId) const
{
    auto query = m_db.exec(u"SELECT id, van, tot, met_geoorloofd, gemaakt_door, gemaakt_op"
                           " FROM bijlagen WHERE melding_id = ? AND soort = ? ORDER BY id"_s,
                           {meldingId, QString::fromUtf16(kVerzuimstaat)});
    if (!query)
        return Error{query.error()};
    QList<Attachment> attachments;
    while (query->next()) {
        attachments.append(Attachment{
            query->value(0).toLongLong(), meldingId, SqlValues::date(query->value(1)),
            SqlValues::date(query->value(2)), query->value(3).toInt() != 0,
            query->value(4).toString(),
            QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs), QByteArray()});
    }
    return attachments;
}

Result<std::optional<Attachment>> AttachmentRepository::latestVerzuimstaat(qint64 meldingId) const
{
    auto query = m_db.exec(u"SELECT id, van, tot, met_geoorloofd, gemaakt_door, gemaakt_op, inhoud"
                           " FROM bijlagen WHERE melding_id = ? AND soort = ?"
                           " ORDER BY id DESC LIMIT 1"_s,
                           {meldingId, QString::fromUtf16(kVerzuimstaat)});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return std::optional<Attachment>();
    return std::optional<Attachment>(Attachment{
        query->value(0).toLongLong(), meldingId, SqlValues::date(query->value(1)),
        SqlValues::date(query->value(2)), query->value(3).toInt() != 0, query->value(4).toString(),
        QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs),
        query->value(6).toByteArray()});
}
