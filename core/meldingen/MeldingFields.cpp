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
        // "1 lesuur", "2 lesuren": the count in the words of the language shown.
        lines.append(d.wholeDay ? MeldingFields::tr("%1 whole day").arg(Dates::toDutch(d.date))
                                : MeldingFields::tr("%1 %n lesuur(s)", nullptr, d.lesuren)
                                      .arg(Dates::toDutch(d.date)));
    }
    return lines.join(u"; "_s);
}

using Kind = MeldingField::Kind;

// `access` is a generic lambda returning the member, e.g. [](auto& m) -> auto& { return m.reason;
// }.
template <typename Access>
MeldingField textField(const QString& key, const char* label, bool duo, Access access)
{
    return {key,
            MeldingFields::tr(label),
            duo,
            [access](const Melding& m) { return access(m); },
            [access](Melding& m, const QString& v) -> Status {
                access(m) = v.trimmed();
                return {};
            },
            Kind::Text,
            {}};
}

template <typename Access>
MeldingField yesNoField(const QString& key, const char* label, bool duo, Access access)
{
    return {key,
            MeldingFields::tr(label),
            duo,
            [access](const Melding& m) { return yesNo(access(m)); },
            [access](Melding& m, const QString& v) -> Status {
                const auto parsed = parseYesNo(v);
                if (!parsed)
                    return Error{parsed.error()};
                access(m) = *parsed;
                return {};
            },
            Kind::YesNo,
            {}};
}

template <typename Access>
MeldingField dateField(const QString& key, const char* label, bool duo, Access access)
{
    return {key,
            MeldingFields::tr(label),
            duo,
            [access](const Melding& m) { return Dates::toIso(access(m)); },
            [access](Melding& m, const QString& v) -> Status {
                const auto parsed = parseOptionalDate(v);
                if (!parsed)
                    return Error{parsed.error()};
                access(m) = *parsed;
                return {};
            },
            Kind::Date,
            {}};
}

QList<std::pair<QString, QString>> soortChoices()
{
    QList<std::pair<QString, QString>> choices;
    for (MeldingSoort soort :
         {MeldingSoort::SixteenHours, MeldingSoort::SixteenHoursAdult, MeldingSoort::Lrv,
          MeldingSoort::Rmc, MeldingSoort::Overig, MeldingSoort::Luxe})
        choices.append({MeldingSoorten::key(soort), MeldingSoorten::loketName(soort)});
    return choices;
}

// Tags each field with the loket screen that asks for it.
QList<MeldingField> on(LoketScreen screen, QList<MeldingField> fields)
{
    for (MeldingField& field : fields)
        field.screen = screen;
    return fields;
}

QList<MeldingField> makeFields()
{
    return on(LoketScreen::Melding,
              {
                  MeldingField{u"soort"_s, MeldingFields::tr("suspected kind of absence"), false,
                               [](const Melding& m) { return MeldingSoorten::key(m.soort); },
                               [](Melding& m, const QString& v) -> Status {
                                   const auto soort = MeldingSoorten::fromKey(v.trimmed());
                                   if (!soort)
                                       return Error{MeldingFields::tr(
                                                        "'%1' is not one of 16UUR, 16UUR_18PLUS, "
                                                        "LRV, RMC_18PLUS, OVERIG, LUXE")
                                                        .arg(Text::shown(v))};
                                   m.soort = *soort;
                                   return {};
                               },
                               Kind::Choice, soortChoices()},
                  textField(
                      u"verbijzondering"_s, QT_TRANSLATE_NOOP("MeldingFields", "specification"),
                      true, [](auto& m) -> auto& { return m.verbijzondering; }),
                  dateField(
                      u"begindatum"_s, QT_TRANSLATE_NOOP("MeldingFields", "absence period from"),
                      false, [](auto& m) -> auto& { return m.startDate; }),
                  dateField(
                      u"einddatum"_s, QT_TRANSLATE_NOOP("MeldingFields", "absence period until"),
                      true, [](auto& m) -> auto& { return m.endDate; }),
                  textField(
                      u"reden"_s, QT_TRANSLATE_NOOP("MeldingFields", "suspected reason"), true,
                      [](auto& m) -> auto& { return m.reason; }),
                  yesNoField(
                      u"alle_lessen_gemist"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "all lessons missed"), false,
                      [](auto& m) -> auto& { return m.allLessonsMissed; }),
                  textField(
                      u"toelichting_verzuim"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "explanation of the absence"), true,
                      [](auto& m) -> auto& { return m.absenceNote; }),
                  yesNoField(
                      u"actie_gewenst"_s, QT_TRANSLATE_NOOP("MeldingFields", "action wanted"), true,
                      [](auto& m) -> auto& { return m.actionWanted; }),
                  textField(
                      u"toelichting_actie_gewenst"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "explanation of action wanted"), true,
                      [](auto& m) -> auto& { return m.actionNote; }),
                  yesNoField(
                      u"prioriteit"_s, QT_TRANSLATE_NOOP("MeldingFields", "handle with priority"),
                      true, [](auto& m) -> auto& { return m.priority; }),
                  textField(
                      u"onderwijsaanbiedercode"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "onderwijsaanbiedercode"), false,
                      [](auto& m) -> auto& { return m.onderwijsaanbiedercode; }),
                  textField(
                      u"onderwijslocatiecode"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "onderwijslocatiecode"), false,
                      [](auto& m) -> auto& { return m.onderwijslocatiecode; }),
                  textField(
                      u"onderwijslocatie"_s, QT_TRANSLATE_NOOP("MeldingFields", "onderwijslocatie"),
                      false, [](auto& m) -> auto& { return m.onderwijslocatie; }),
                  textField(
                      u"contactpersoon_school_naam"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "school contact: name"), true,
                      [](auto& m) -> auto& { return m.schoolContact.name; }),
                  textField(
                      u"contactpersoon_school_functie"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "school contact: function"), true,
                      [](auto& m) -> auto& { return m.schoolContact.function; }),
                  textField(
                      u"contactpersoon_school_telefoon"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "school contact: phone"), true,
                      [](auto& m) -> auto& { return m.schoolContact.phone; }),
                  textField(
                      u"contactpersoon_school_email"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "school contact: e-mail"), true,
                      [](auto& m) -> auto& { return m.schoolContact.email; }),
              }) +
           on(LoketScreen::Leerling,
              {
                  textField(
                      u"leerling_telefoon"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "phone of the leerling"), false,
                      [](auto& m) -> auto& { return m.leerlingPhone; }),
                  textField(
                      u"leerling_email"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "e-mail of the leerling"), false,
                      [](auto& m) -> auto& { return m.leerlingEmail; }),
                  textField(
                      u"afwijkend_adres_straat"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "different address: street"), false,
                      [](auto& m) -> auto& { return m.differentAddress.street; }),
                  textField(
                      u"afwijkend_adres_huisnummer"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "different address: house number"), false,
                      [](auto& m) -> auto& { return m.differentAddress.houseNumber; }),
                  textField(
                      u"afwijkend_adres_postcode"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "different address: postcode"), false,
                      [](auto& m) -> auto& { return m.differentAddress.postcode; }),
                  textField(
                      u"afwijkend_adres_woonplaats"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "different address: place"), false,
                      [](auto& m) -> auto& { return m.differentAddress.city; }),
              }) +
           on(LoketScreen::Acties,
              {
                  MeldingField{u"acties"_s,
                               MeldingFields::tr("actions taken"),
                               true,
                               [](const Melding& m) { return m.actions.join(u','); },
                               [](Melding& m, const QString& v) -> Status {
                                   QStringList actions;
                                   for (const QString& part : v.split(u',', Qt::SkipEmptyParts)) {
                                       const QString key = part.trimmed().toLower();
                                       if (!MeldingActions::keys().contains(key))
                                           return Error{
                                               MeldingFields::tr("'%1' is not one of %2")
                                                   .arg(Text::shown(key),
                                                        MeldingActions::keys().join(u", "_s))};
                                       if (!actions.contains(key))
                                           actions.append(key);
                                   }
                                   m.actions = actions;
                                   return {};
                               },
                               Kind::KeySet,
                               {}},
                  textField(
                      u"actie_anders"_s, QT_TRANSLATE_NOOP("MeldingFields", "other action, namely"),
                      true, [](auto& m) -> auto& { return m.otherAction; }),
                  textField(
                      u"toelichting_acties"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "explanation of actions taken"), true,
                      [](auto& m) -> auto& { return m.actionsNote; }),
              }) +
           on(LoketScreen::AfterSubmission,
              {
                  yesNoField(
                      u"verzuimstaat_bijgevoegd"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "verzuimstaat attached"), true,
                      [](auto& m) -> auto& { return m.verzuimstaatAttached; }),
                  textField(
                      u"meldingsnummer"_s, QT_TRANSLATE_NOOP("MeldingFields", "DUO meldingsnummer"),
                      true, [](auto& m) -> auto& { return m.duoNumber; }),
                  textField(
                      u"behandelaar"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "handler at the municipality"), true,
                      [](auto& m) -> auto& { return m.handler; }),
                  textField(
                      u"terugkoppeling"_s,
                      QT_TRANSLATE_NOOP("MeldingFields", "feedback of the municipality"), true,
                      [](auto& m) -> auto& { return m.feedback; }),
              }) +
           on(LoketScreen::Leerling,
              {
                  MeldingField{u"contactpersonen"_s,
                               MeldingFields::tr("contact persons"),
                               false,
                               contactsText,
                               nullptr,
                               Kind::Derived,
                               {}},
              }) +
           on(LoketScreen::Lesuren,
              {
                  MeldingField{u"verzuimdagen"_s,
                               MeldingFields::tr("absence days"),
                               false,
                               daysText,
                               nullptr,
                               Kind::Derived,
                               {}},
              }) +
           QList<MeldingField>{
               MeldingField{u"status"_s,
                            MeldingFields::tr("status"),
                            false,
                            [](const Melding& m) { return MeldingStatuses::key(m.status); },
                            nullptr,
                            Kind::Derived,
                            {}},
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

QList<const MeldingField*> MeldingFields::onScreen(LoketScreen screen)
{
    QList<const MeldingField*> fields;
    for (const MeldingField& field : all()) {
        if (field.screen == screen)
            fields.append(&field);
    }
    return fields;
}

bool MeldingFields::changeableAtDuo(QStringView key)
{
    if (key.startsWith(u"meesturen."))
        return true; // the contacts sent along
    const MeldingField* field = find(key);
    return field && field->changeableAtDuo;
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
