// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingFields.h"

#include "util/Dates.h"
#include "util/Text.h"

using namespace Qt::StringLiterals;

namespace {

QString yesNo(bool value)
{
    return value ? u"ja"_s : u"nee"_s;
}

Result<bool> parseYesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"ja"_s || t == u"1"_s || t == u"true"_s)
        return true;
    if (t == u"nee"_s || t == u"0"_s || t == u"false"_s)
        return false;
    return Error{MeldingFields::tr("'%1' is not ja or nee").arg(Text::shown(text))};
}

Result<QDate> parseOptionalDate(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    if (const auto date = Dates::parse(text))
        return *date;
    return Error{MeldingFields::tr("'%1' is not a date (expected YYYY-MM-DD or DD-MM-YYYY)")
                     .arg(Text::shown(text))};
}

QString contactsText(const Melding& m)
{
    QStringList lines;
    for (const MeldingContact& c : m.contacts) {
        lines.append(u"%1 (%2) %3 %4 %5"_s
                         .arg(c.name, c.relation, c.phone, c.email,
                              c.send ? u"[meesturen]"_s : u"[niet meesturen]"_s)
                         .simplified());
    }
    return lines.join(u"; "_s);
}

QString daysText(const Melding& m)
{
    QStringList lines;
    for (const VerzuimDag& d : m.days) {
        lines.append(d.wholeDay ? Dates::toDutch(d.date) + u" hele dag"_s
                                : u"%1 %2 lesuren"_s.arg(Dates::toDutch(d.date)).arg(d.lesuren));
    }
    return lines.join(u"; "_s);
}

#define TEXT_FIELD(KEY, MEMBER, DUO, LABEL)                                                        \
    MeldingField                                                                                   \
    {                                                                                              \
        u"" KEY ""_s, MeldingFields::tr(LABEL), DUO, [](const Melding& m) { return m.MEMBER; },    \
            [](Melding& m, const QString& v) -> Status {                                           \
                m.MEMBER = v.trimmed();                                                            \
                return {};                                                                         \
            }                                                                                      \
    }

#define BOOL_FIELD(KEY, MEMBER, DUO, LABEL)                                                        \
    MeldingField                                                                                   \
    {                                                                                              \
        u"" KEY ""_s, MeldingFields::tr(LABEL), DUO,                                               \
            [](const Melding& m) { return yesNo(m.MEMBER); },                                      \
            [](Melding& m, const QString& v) -> Status {                                           \
                const auto parsed = parseYesNo(v);                                                 \
                if (!parsed)                                                                       \
                    return Error{parsed.error()};                                                  \
                m.MEMBER = *parsed;                                                                \
                return {};                                                                         \
            }                                                                                      \
    }

#define DATE_FIELD(KEY, MEMBER, DUO, LABEL)                                                        \
    MeldingField                                                                                   \
    {                                                                                              \
        u"" KEY ""_s, MeldingFields::tr(LABEL), DUO,                                               \
            [](const Melding& m) { return Dates::toIso(m.MEMBER); },                               \
            [](Melding& m, const QString& v) -> Status {                                           \
                const auto parsed = parseOptionalDate(v);                                          \
                if (!parsed)                                                                       \
                    return Error{parsed.error()};                                                  \
                m.MEMBER = *parsed;                                                                \
                return {};                                                                         \
            }                                                                                      \
    }

QList<MeldingField> makeFields()
{
    return {
        MeldingField{u"soort"_s, MeldingFields::tr("suspected kind of absence"), false,
                     [](const Melding& m) { return MeldingSoorten::key(m.soort); },
                     [](Melding& m, const QString& v) -> Status {
                         const auto soort = MeldingSoorten::fromKey(v.trimmed());
                         if (!soort)
                             return Error{
                                 MeldingFields::tr("'%1' is not one of 16UUR, 16UUR_18PLUS, "
                                                   "LRV, RMC_18PLUS, OVERIG, LUXE")
                                     .arg(Text::shown(v))};
                         m.soort = *soort;
                         return {};
                     }},
        TEXT_FIELD("verbijzondering", verbijzondering, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "specification")),
        DATE_FIELD("begindatum", startDate, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "absence period from")),
        DATE_FIELD("einddatum", endDate, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "absence period until")),
        TEXT_FIELD("reden", reason, true, QT_TRANSLATE_NOOP("MeldingFields", "suspected reason")),
        BOOL_FIELD("alle_lessen_gemist", allLessonsMissed, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "all lessons missed")),
        TEXT_FIELD("toelichting_verzuim", absenceNote, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "explanation of the absence")),
        BOOL_FIELD("actie_gewenst", actionWanted, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "action wanted")),
        TEXT_FIELD("toelichting_actie_gewenst", actionNote, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "explanation of action wanted")),
        BOOL_FIELD("prioriteit", priority, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "handle with priority")),
        TEXT_FIELD("onderwijsaanbiedercode", onderwijsaanbiedercode, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "onderwijsaanbiedercode")),
        TEXT_FIELD("onderwijslocatiecode", onderwijslocatiecode, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "onderwijslocatiecode")),
        TEXT_FIELD("onderwijslocatie", onderwijslocatie, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "onderwijslocatie")),
        TEXT_FIELD("contactpersoon_school_naam", schoolContact.name, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "school contact: name")),
        TEXT_FIELD("contactpersoon_school_functie", schoolContact.function, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "school contact: function")),
        TEXT_FIELD("contactpersoon_school_telefoon", schoolContact.phone, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "school contact: phone")),
        TEXT_FIELD("contactpersoon_school_email", schoolContact.email, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "school contact: e-mail")),
        TEXT_FIELD("leerling_telefoon", leerlingPhone, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "phone of the leerling")),
        TEXT_FIELD("leerling_email", leerlingEmail, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "e-mail of the leerling")),
        TEXT_FIELD("afwijkend_adres_straat", differentAddress.street, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "different address: street")),
        TEXT_FIELD("afwijkend_adres_huisnummer", differentAddress.houseNumber, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "different address: house number")),
        TEXT_FIELD("afwijkend_adres_postcode", differentAddress.postcode, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "different address: postcode")),
        TEXT_FIELD("afwijkend_adres_woonplaats", differentAddress.city, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "different address: place")),
        MeldingField{u"acties"_s, MeldingFields::tr("actions taken"), false,
                     [](const Melding& m) { return m.actions.join(u','); },
                     [](Melding& m, const QString& v) -> Status {
                         QStringList actions;
                         for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
                             const QString key = part.trimmed().toLower();
                             if (!MeldingActions::keys().contains(key))
                                 return Error{MeldingFields::tr("'%1' is not one of %2")
                                                  .arg(Text::shown(key),
                                                       MeldingActions::keys().join(u", "_s))};
                             if (!actions.contains(key))
                                 actions.append(key);
                         }
                         m.actions = actions;
                         return {};
                     }},
        TEXT_FIELD("actie_anders", otherAction, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "other action, namely")),
        TEXT_FIELD("toelichting_acties", actionsNote, false,
                   QT_TRANSLATE_NOOP("MeldingFields", "explanation of actions taken")),
        BOOL_FIELD("verzuimstaat_bijgevoegd", verzuimstaatAttached, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "verzuimstaat attached")),
        TEXT_FIELD("meldingsnummer", duoNumber, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "DUO meldingsnummer")),
        TEXT_FIELD("behandelaar", handler, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "handler at the municipality")),
        TEXT_FIELD("terugkoppeling", feedback, true,
                   QT_TRANSLATE_NOOP("MeldingFields", "feedback of the municipality")),
        MeldingField{u"contactpersonen"_s, MeldingFields::tr("contact persons"), false,
                     contactsText, nullptr},
        MeldingField{u"verzuimdagen"_s, MeldingFields::tr("absence days"), false, daysText,
                     nullptr},
        MeldingField{u"status"_s, MeldingFields::tr("status"), false,
                     [](const Melding& m) { return MeldingStatuses::key(m.status); }, nullptr},
    };
}

} // namespace

const QList<MeldingField>& MeldingFields::all()
{
    // Built on first use, after the translator is installed.
    static const QList<MeldingField> fields = makeFields();
    return fields;
}

const MeldingField* MeldingFields::find(QStringView key)
{
    for (const MeldingField& field : all()) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

Status MeldingFields::set(Melding& melding, const QString& key, const QString& value)
{
    // meesturen.N: whether contact N (1-based) is sent along.
    if (key.startsWith(u"meesturen."_s)) {
        bool ok = false;
        const int index = key.mid(10).toInt(&ok) - 1;
        if (!ok || index < 0 || index >= melding.contacts.size())
            return Error{tr("there is no contact person %1").arg(key.mid(10))};
        const auto send = parseYesNo(value);
        if (!send)
            return Error{send.error()};
        melding.contacts[index].send = *send;
        return {};
    }
    const MeldingField* field = find(key);
    if (!field || !field->set)
        return Error{tr("'%1' is not a field that can be set").arg(Text::shown(key))};
    return field->set(melding, value);
}

QList<FieldDifference> differences(const Melding& before, const Melding& after)
{
    QList<FieldDifference> result;
    for (const MeldingField& field : MeldingFields::all()) {
        const QString a = field.get(before);
        const QString b = field.get(after);
        if (a != b)
            result.append({field.key, field.label, a, b});
    }
    return result;
}
