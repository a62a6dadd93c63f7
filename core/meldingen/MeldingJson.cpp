// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingJson.h"

#include "MeldingFields.h"
#include "util/Dates.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MeldingJson {

QJsonObject toJson(const Melding& m)
{
    QJsonObject object;
    for (const MeldingField& field : MeldingFields::all()) {
        if (field.set)
            object.insert(field.key, field.get(m));
    }
    object.insert(u"id"_s, m.id);
    object.insert(u"versie"_s, m.version);
    object.insert(u"pgn"_s, m.pgn);
    object.insert(u"leerling"_s, m.leerlingName);
    object.insert(u"status"_s, MeldingStatuses::key(m.status));
    object.insert(u"soort_omschrijving"_s, MeldingSoorten::loketName(m.soort));
    object.insert(u"einddatum"_s,
                  m.endDate.isValid() ? QJsonValue(Dates::toIso(m.endDate)) : QJsonValue());
    QJsonArray contacts;
    for (const MeldingContact& c : m.contacts) {
        contacts.append(QJsonObject{{u"naam"_s, c.name},
                                    {u"relatie"_s, c.relation},
                                    {u"telefoon"_s, c.phone},
                                    {u"email"_s, c.email},
                                    {u"meesturen"_s, c.send},
                                    {u"geheim"_s, c.secret}});
    }
    object.insert(u"contactpersonen"_s, contacts);
    QJsonArray days;
    for (const VerzuimDag& d : m.days) {
        days.append(QJsonObject{{u"datum"_s, Dates::toIso(d.date)},
                                {u"hele_dag"_s, d.wholeDay},
                                {u"lesuren"_s, d.lesuren},
                                {u"minuten"_s, d.minutes}});
    }
    object.insert(u"verzuimdagen"_s, days);
    object.insert(u"intrekking"_s,
                  m.withdrawal ? QJsonValue(WithdrawalReasons::key(*m.withdrawal)) : QJsonValue());
    if (m.signal) {
        object.insert(
            u"signaal"_s,
            QJsonObject{{u"soort"_s, SignalKinds::key(m.signal->kind)},
                        {u"begindatum"_s, Dates::toIso(m.signal->startDate)},
                        {u"niveau"_s, m.signal->level},
                        {u"bereikt_op"_s, m.signalReachedOn.isValid()
                                              ? QJsonValue(Dates::toIso(m.signalReachedOn))
                                              : QJsonValue()}});
    }
    object.insert(u"kopie_van"_s, m.copiedFrom);
    object.insert(u"duo_versie"_s, m.duoVersion);
    object.insert(u"contactpersoon_school_gebruiker"_s, m.schoolContact.user);
    return object;
}

Result<Melding> fromJson(const QJsonObject& object)
{
    Melding m;
    for (const MeldingField& field : MeldingFields::all()) {
        if (!field.set || !object.contains(field.key))
            continue;
        const QJsonValue value = object.value(field.key);
        if (Status set = field.set(m, value.isNull() ? QString() : value.toString()); !set)
            return Error{set.error()};
    }
    m.id = object.value(u"id"_s).toInteger();
    m.version = object.value(u"versie"_s).toInt();
    m.pgn = object.value(u"pgn"_s).toString();
    m.leerlingName = object.value(u"leerling"_s).toString();
    m.status = MeldingStatuses::fromKey(object.value(u"status"_s).toString())
                   .value_or(MeldingStatus::Concept);
    for (const QJsonValue& value : object.value(u"contactpersonen"_s).toArray()) {
        const QJsonObject c = value.toObject();
        m.contacts.append({c.value(u"naam"_s).toString(), c.value(u"relatie"_s).toString(),
                           c.value(u"telefoon"_s).toString(), c.value(u"email"_s).toString(),
                           c.value(u"meesturen"_s).toBool(), c.value(u"geheim"_s).toBool()});
    }
    for (const QJsonValue& value : object.value(u"verzuimdagen"_s).toArray()) {
        const QJsonObject d = value.toObject();
        m.days.append({Dates::parse(d.value(u"datum"_s).toString()).value_or(QDate()),
                       d.value(u"hele_dag"_s).toBool(), d.value(u"lesuren"_s).toInt(),
                       d.value(u"minuten"_s).toInt()});
    }
    m.withdrawal = WithdrawalReasons::fromKey(object.value(u"intrekking"_s).toString());
    const QJsonObject signal = object.value(u"signaal"_s).toObject();
    if (const auto kind = SignalKinds::fromKey(signal.value(u"soort"_s).toString())) {
        m.signal = SignalKey{
            m.pgn, *kind, Dates::parse(signal.value(u"begindatum"_s).toString()).value_or(QDate()),
            signal.value(u"niveau"_s).toInt()};
        m.signalReachedOn =
            Dates::parse(signal.value(u"bereikt_op"_s).toString()).value_or(QDate());
    }
    m.copiedFrom = object.value(u"kopie_van"_s).toInteger();
    m.duoVersion = object.value(u"duo_versie"_s).toInt();
    m.schoolContact.user = object.value(u"contactpersoon_school_gebruiker"_s).toString();
    return m;
}

} // namespace MeldingJson
