// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QString timestamp(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
}

QVariant optionalTimestamp(const QDateTime& at)
{
    return at.isValid() ? QVariant(timestamp(at)) : QVariant();
}

QDateTime parseTimestamp(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString errorsJson(const QList<Finding>& errors)
{
    QJsonArray array;
    for (const Finding& f : errors)
        array.append(QJsonObject{{u"veld"_s, f.field}, {u"tekst"_s, f.text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Finding> parseErrors(const QString& json)
{
    QList<Finding> errors;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array)
        errors.append({v[u"veld"].toString(), v[u"tekst"].toString()});
    return errors;
}

QString stateList(const QList<SubmissionState>& states)
{
    QStringList quoted;
    for (SubmissionState s : states)
        quoted.append(u"'%1'"_s.arg(SubmissionStates::key(s)));
    return quoted.join(u", "_s);
}

constexpr auto kColumns =
    u"SELECT id, melding_id, melding_versie, sleutel, kanaal, toestand, pogingen,"
    " volgende_poging, meldingsnummer, fouten, probleem, aangemaakt_op, gewijzigd_op"
    " FROM indieningen";

} // namespace

Result<Submission> SubmissionRepository::enqueue(qint64 meldingId, int meldingVersion,
                                                 SubmissionChannel channel, const QDateTime& at)
{
    Submission s;
    s.meldingId = meldingId;
    s.meldingVersion = meldingVersion;
    s.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.channel = channel;
    // The loket waits for the coordinator, not for a time.
    s.nextAttempt = channel == SubmissionChannel::M2m ? at : QDateTime();
    s.createdAt = at;
    s.updatedAt = at;
    auto inserted =
        m_db.exec(u"INSERT INTO indieningen (melding_id, melding_versie, sleutel, kanaal, toestand,"
                  " pogingen, volgende_poging, meldingsnummer, fouten, probleem, aangemaakt_op,"
                  " gewijzigd_op) VALUES (?, ?, ?, ?, ?, 0, ?, '', '[]', '', ?, ?) RETURNING id"_s,
                  {meldingId, meldingVersion, s.key, SubmissionChannels::key(channel),
                   SubmissionStates::key(s.state), optionalTimestamp(s.nextAttempt), timestamp(at),
                   timestamp(at)});
    if (!inserted)
        return Error{inserted.error()};
    if (!inserted->next())
        return Error{tr("The melding was not put in the outbox.")};
    s.id = inserted->value(0).toLongLong();
    inserted->finish();
    return s;
}

Result<QList<Submission>> SubmissionRepository::select(const QString& where,
                                                       const QVariantList& values) const
{
    auto query = m_db.exec(QString::fromUtf16(kColumns) + where, values);
    if (!query)
        return Error{query.error()};
    QList<Submission> result;
    while (query->next()) {
        Submission s;
        s.id = query->value(0).toLongLong();
        s.meldingId = query->value(1).toLongLong();
        s.meldingVersion = query->value(2).toInt();
        s.key = query->value(3).toString();
        s.channel = SubmissionChannels::fromKey(query->value(4).toString())
                        .value_or(SubmissionChannel::Loket);
        // An unknown state is treated as Uncertain: never as something that may be sent blindly.
        s.state = SubmissionStates::fromKey(query->value(5).toString())
                      .value_or(SubmissionState::Uncertain);
        s.attempts = query->value(6).toInt();
        s.nextAttempt = parseTimestamp(query->value(7));
        s.meldingsnummer = query->value(8).toString();
        s.fieldErrors = parseErrors(query->value(9).toString());
        s.problem = query->value(10).toString();
        s.createdAt = parseTimestamp(query->value(11));
        s.updatedAt = parseTimestamp(query->value(12));
        result.append(s);
    }
    return result;
}

namespace {

Result<std::optional<Submission>> first(Result<QList<Submission>> list)
{
    if (!list)
        return Error{list.error()};
    if (list->isEmpty())
        return std::optional<Submission>();
    return std::optional<Submission>(list->first());
}

} // namespace

Result<std::optional<Submission>> SubmissionRepository::find(qint64 id) const
{
    return first(select(u" WHERE id = ?"_s, {id}));
}

Result<std::optional<Submission>> SubmissionRepository::openFor(qint64 meldingId) const
{
    return first(select(
        u" WHERE melding_id = ? AND toestand IN (%1)"_s.arg(stateList(SubmissionStates::open())),
        {meldingId}));
}

Result<std::optional<Submission>> SubmissionRepository::latestFor(qint64 meldingId) const
{
    return first(select(u" WHERE melding_id = ? ORDER BY id DESC LIMIT 1"_s, {meldingId}));
}

Result<QList<Submission>> SubmissionRepository::forMelding(qint64 meldingId) const
{
    return select(u" WHERE melding_id = ? ORDER BY id"_s, {meldingId});
}

Result<QList<Submission>> SubmissionRepository::open() const
{
    return select(u" WHERE toestand IN (%1) ORDER BY id"_s.arg(stateList(SubmissionStates::open())),
                  {});
}

Result<bool> SubmissionRepository::claim(qint64 id, const QList<SubmissionState>& from,
                                         const QDateTime& at)
{
    auto updated =
        m_db.exec(u"UPDATE indieningen SET toestand = ?, pogingen = pogingen + 1,"
                  " gewijzigd_op = ? WHERE id = ? AND toestand IN (%1)"_s.arg(stateList(from)),
                  {SubmissionStates::key(SubmissionState::Sending), timestamp(at), id});
    if (!updated)
        return Error{updated.error()};
    return updated->numRowsAffected() == 1;
}

Status SubmissionRepository::update(const Submission& s, const QDateTime& at)
{
    auto updated =
        m_db.exec(u"UPDATE indieningen SET kanaal = ?, toestand = ?, volgende_poging = ?,"
                  " meldingsnummer = ?, fouten = ?, probleem = ?, gewijzigd_op = ? WHERE id = ?"_s,
                  {SubmissionChannels::key(s.channel), SubmissionStates::key(s.state),
                   optionalTimestamp(s.nextAttempt), s.meldingsnummer, errorsJson(s.fieldErrors),
                   s.problem, timestamp(at), s.id});
    if (!updated)
        return Error{updated.error()};
    if (updated->numRowsAffected() != 1)
        return Error{tr("Submission %1 no longer exists.").arg(s.id)};
    return {};
}

Status SubmissionRepository::log(qint64 id, const QDateTime& at, const QString& user,
                                 const QString& event)
{
    auto inserted = m_db.exec(u"INSERT INTO indienlog (indiening_id, tijdstip, gebruiker,"
                              " gebeurtenis) VALUES (?, ?, ?, ?)"_s,
                              {id, timestamp(at), user, event});
    return inserted ? Status() : Status(Error{inserted.error()});
}

Result<QList<SubmissionEvent>> SubmissionRepository::events(qint64 id) const
{
    auto query = m_db.exec(u"SELECT tijdstip, gebruiker, gebeurtenis FROM indienlog"
                           " WHERE indiening_id = ? ORDER BY id"_s,
                           {id});
    if (!query)
        return Error{query.error()};
    QList<SubmissionEvent> events;
    while (query->next()) {
        events.append({parseTimestamp(query->value(0)), query->value(1).toString(),
                       query->value(2).toString()});
    }
    return events;
}
