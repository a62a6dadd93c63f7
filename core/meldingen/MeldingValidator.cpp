// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingValidator.h"

#include "util/Dates.h"

#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

enum class Severity
{
    Error,
    Warning
};

// One check: passes when `problem` returns an empty text.
struct Rule
{
    Severity severity;
    QString field;
    std::function<QString(const Melding&, const MeldingContext&)> problem;
};

// Errors weigh more in the completeness score than warnings.
constexpr int kErrorWeight = 3;
constexpr int kWarningWeight = 1;
constexpr int kMaxContactsSent = 5;
constexpr int kMinReasonLength = 10;

// An open melding (LRV while it lasts) runs up to today (van-signaal-naar-melding §1).
QDate periodEnd(const Melding& m, const QDate& today)
{
    if (m.endDate.isValid())
        return m.endDate;
    return today.isValid() ? std::max(today, m.startDate) : QDate(9999, 12, 31);
}

bool overlaps(const Melding& a, const Melding& b, const QDate& today)
{
    return a.startDate <= periodEnd(b, today) && b.startDate <= periodEnd(a, today);
}

// The one date that decides 18- or 18+ (§4): the signal's bereikt_op; for a melding typed by
// hand its einddatum, else its begindatum.
QDate categoryDate(const Melding& m)
{
    if (m.signalReachedOn.isValid())
        return m.signalReachedOn;
    return m.endDate.isValid() ? m.endDate : m.startDate;
}

bool isLive(const Melding& m)
{
    return m.status != MeldingStatus::Ingetrokken;
}

bool isParent(const MeldingContact& c)
{
    static const QStringList parents{u"moeder"_s,    u"vader"_s, u"ouder"_s,
                                     u"verzorger"_s, u"voogd"_s, u"pleegouder"_s};
    const QString relation = c.relation.toLower();
    return std::any_of(parents.cbegin(), parents.cend(),
                       [&](const QString& p) { return relation.contains(p); });
}

// Words that reveal special personal data (health, religion, justice) in a free-text reason.
const QRegularExpression& sensitiveWords()
{
    static const QRegularExpression words(
        uR"(\b(ziek\w*|depress\w*|angst\w*|burn-?out|psych\w*|medic\w*|ziekenhuis|therapie|diagnose|adhd|autis\w*|zwanger\w*|geloof\w*|religi\w*|moskee|kerk|ramadan|suikerfeest|offerfeest|politie|justitie|arrest\w*|rechter|rechtbank|reclassering|verdacht\w*|halt)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return words;
}

// The loket warns that every toelichting is readable on an inzage request (§6).
Rule sensitiveNote(const QString& field, QString Melding::*note)
{
    return {Severity::Warning, field, [note](const Melding& m, const MeldingContext&) {
                return sensitiveWords().match(m.*note).hasMatch()
                           ? MeldingValidator::tr("This explanation seems to mention health, "
                                                  "religion or justice; the leerling and the "
                                                  "ouders can read it on an inzage request.")
                           : QString();
            }};
}

const QList<Rule>& rules()
{
    using M = const Melding&;
    using C = const MeldingContext&;
    static const QList<Rule> list{
        // --- fouten: what DUO's loket does not accept ---
        {Severity::Error, u"begindatum"_s,
         [](M m, C) {
             return m.startDate.isValid()
                        ? QString()
                        : MeldingValidator::tr("The start of the absence period is required.");
         }},
        {Severity::Error, u"einddatum"_s,
         [](M m, C) {
             return MeldingSoorten::needsEndDate(m.soort) && !m.endDate.isValid()
                        ? MeldingValidator::tr("An end date is required for a 16-hour melding.")
                        : QString();
         }},
        {Severity::Error, u"einddatum"_s,
         [](M m, C) {
             return m.endDate.isValid() && m.startDate.isValid() && m.endDate < m.startDate
                        ? MeldingValidator::tr("The end date lies before the start date.")
                        : QString();
         }},
        {Severity::Error, u"soort"_s,
         [](M m, C c) {
             const bool adult = isAdultOn(c.birthDate, categoryDate(m));
             if (adult && MeldingSoorten::forMinors(m.soort))
                 return MeldingValidator::tr("'%1' is only for leerlingen under 18.")
                     .arg(MeldingSoorten::loketName(m.soort));
             if (!adult && MeldingSoorten::forAdults(m.soort))
                 return MeldingValidator::tr("'%1' is only for leerlingen of 18 or older.")
                     .arg(MeldingSoorten::loketName(m.soort));
             return QString();
         }},
        {Severity::Error, u"reden"_s,
         [](M m, C) {
             return m.reason.trimmed().isEmpty()
                        ? MeldingValidator::tr("The suspected reason is required.")
                        : QString();
         }},
        {Severity::Error, u"toelichting_actie_gewenst"_s,
         [](M m, C) {
             return !m.actionWanted && m.actionNote.trimmed().isEmpty()
                        ? MeldingValidator::tr("Explain why no action is wanted.")
                        : QString();
         }},
        {Severity::Error, u"prioriteit"_s,
         [](M m, C) {
             return m.soort == MeldingSoort::Lrv && !m.priority
                        ? MeldingValidator::tr(
                              "Langdurig relatief verzuim is always handled with priority.")
                        : QString();
         }},
        {Severity::Error, u"acties"_s,
         [](M m, C) {
             return m.actions.isEmpty()
                        ? MeldingValidator::tr("Name at least one action the school has taken.")
                        : QString();
         }},
        {Severity::Error, u"actie_anders"_s,
         [](M m, C) {
             return m.actions.contains(u"anders"_s) && m.otherAction.trimmed().isEmpty()
                        ? MeldingValidator::tr("Describe the other action taken.")
                        : QString();
         }},
        {Severity::Error, u"verzuimdagen"_s,
         [](M m, C) {
             const bool lesuren = std::any_of(m.days.cbegin(), m.days.cend(),
                                              [](const VerzuimDag& d) { return !d.wholeDay; });
             return m.allLessonsMissed && lesuren
                        ? MeldingValidator::tr(
                              "Lesuren cannot be given when all lessons were missed.")
                        : QString();
         }},
        {Severity::Error, u"contactpersonen"_s,
         [](M m, C) {
             for (const MeldingContact& c : m.contacts) {
                 if (c.send && c.phone.trimmed().isEmpty() && c.email.trimmed().isEmpty())
                     return MeldingValidator::tr(
                                "Contact person %1 has no phone number or e-mail address.")
                         .arg(c.name);
             }
             return QString();
         }},
        {Severity::Error, u"contactpersonen"_s,
         [](M m, C) {
             const auto sent = std::count_if(m.contacts.cbegin(), m.contacts.cend(),
                                             [](const MeldingContact& c) { return c.send; });
             return sent > kMaxContactsSent
                        ? MeldingValidator::tr("At most %1 contact persons can be sent along.")
                              .arg(kMaxContactsSent)
                        : QString();
         }},
        {Severity::Error, u"contactpersonen"_s,
         [](M m, C) {
             for (const MeldingContact& c : m.contacts) {
                 if (c.send && c.secret)
                     return MeldingValidator::tr(
                                "Contact person %1 is marked confidential and can never be sent "
                                "along.")
                         .arg(c.name);
             }
             return QString();
         }},
        {Severity::Error, u"contactpersonen"_s,
         [](M m, C c) {
             // AVG: from 18 the leerling decides whether the parents' data goes along.
             if (c.consentToContactParents || !isAdultOn(c.birthDate, categoryDate(m)))
                 return QString();
             for (const MeldingContact& contact : m.contacts) {
                 if (contact.send && isParent(contact))
                     return MeldingValidator::tr(
                                "%1 is a parent of a leerling of 18 or older who has not "
                                "consented: the contact cannot be sent along.")
                         .arg(contact.name);
             }
             return QString();
         }},
        {Severity::Error, u"verzuimdagen"_s,
         [](M m, C) {
             for (const VerzuimDag& day : m.days) {
                 if (!day.wholeDay && day.lesuren <= 0)
                     return MeldingValidator::tr("Verzuimdag %1 has neither the whole day nor a "
                                                 "number of lesuren.")
                         .arg(Dates::toDutch(day.date));
             }
             return QString();
         }},
        {Severity::Error, u"contactpersoon_school_naam"_s,
         [](M m, C) {
             return m.schoolContact.name.trimmed().isEmpty()
                        ? MeldingValidator::tr("The school's contact person is required.")
                        : QString();
         }},
        {Severity::Error, u"contactpersoon_school_email"_s,
         [](M m, C) {
             return m.schoolContact.email.trimmed().isEmpty()
                        ? MeldingValidator::tr(
                              "The e-mail address of the school's contact person is required.")
                        : QString();
         }},
        {Severity::Error, u"begindatum"_s,
         [](M m, C c) {
             for (const Melding& other : c.otherMeldingen) {
                 if (other.id != m.id && isLive(other) && m.startDate.isValid() &&
                     overlaps(m, other, c.today))
                     return MeldingValidator::tr("The period overlaps melding %1 (%2 to %3).")
                         .arg(other.duoNumber.isEmpty() ? QString::number(other.id)
                                                        : other.duoNumber,
                              Dates::toDutch(other.startDate), Dates::toDutch(other.endDate));
             }
             return QString();
         }},
        // --- waarschuwingen: what the leerplichtambtenaar needs (Ingrado 2024) ---
        {Severity::Warning, u"contactpersonen"_s,
         [](M m, C) {
             const bool parentSent =
                 std::any_of(m.contacts.cbegin(), m.contacts.cend(),
                             [](const MeldingContact& c) { return c.send && isParent(c); });
             return parentSent
                        ? QString()
                        : MeldingValidator::tr("No parent or carer is sent along; the "
                                               "leerplichtambtenaar cannot reach the family.");
         }},
        {Severity::Warning, u"contactpersoon_school_telefoon"_s,
         [](M m, C) {
             return m.schoolContact.phone.trimmed().isEmpty()
                        ? MeldingValidator::tr("The school's contact person has no phone number.")
                        : QString();
         }},
        {Severity::Warning, u"contactpersoon_school_functie"_s,
         [](M m, C) {
             return m.schoolContact.function.trimmed().isEmpty()
                        ? MeldingValidator::tr(
                              "The function of the school's contact person is missing.")
                        : QString();
         }},
        {Severity::Warning, u"reden"_s,
         [](M m, C) {
             const QString reason = m.reason.trimmed();
             static const QStringList nonAnswers{
                 u"."_s,      u"-"_s,   u"zie boven"_s, u"zie hierboven"_s,
                 u"n.v.t."_s, u"nvt"_s, u"onbekend"_s};
             if (!reason.isEmpty() &&
                 (reason.size() < kMinReasonLength || nonAnswers.contains(reason.toLower())) &&
                 !MeldingValidator::standardReasons().contains(reason))
                 return MeldingValidator::tr("The suspected reason does not answer the question; "
                                             "describe what the school thinks is going on.");
             return QString();
         }},
        {Severity::Warning, u"reden"_s,
         [](M m, C) {
             if (MeldingValidator::standardReasons().contains(m.reason.trimmed()) ||
                 !sensitiveWords().match(m.reason).hasMatch())
                 return QString();
             return MeldingValidator::tr("The reason seems to mention health, religion or justice. "
                                         "Use one of DUO's standard texts instead: %1.")
                 .arg(MeldingValidator::standardReasons().join(u"; "_s));
         }},
        sensitiveNote(u"toelichting_verzuim"_s, &Melding::absenceNote),
        sensitiveNote(u"toelichting_actie_gewenst"_s, &Melding::actionNote),
        sensitiveNote(u"toelichting_acties"_s, &Melding::actionsNote),
        sensitiveNote(u"actie_anders"_s, &Melding::otherAction),
        {Severity::Warning, u"onderwijslocatie"_s,
         [](M m, C) {
             return m.onderwijslocatie.trimmed().isEmpty()
                        ? MeldingValidator::tr("The leslocatie is missing.")
                        : QString();
         }},
        {Severity::Warning, u"verzuimstaat_bijgevoegd"_s,
         [](M m, C) {
             return m.verzuimstaatAttached ? QString()
                                           : MeldingValidator::tr("No verzuimstaat is attached.");
         }},
        {Severity::Warning, u"einddatum"_s,
         [](M m, C c) {
             // DUO: at most one melding per 7 kalenderdagen.
             if (!m.endDate.isValid() || !MeldingSoorten::needsEndDate(m.soort))
                 return QString();
             for (const Melding& other : c.otherMeldingen) {
                 if (other.id == m.id || !isLive(other) ||
                     !MeldingSoorten::needsEndDate(other.soort) || !other.endDate.isValid() ||
                     other.endDate > m.endDate)
                     continue;
                 if (other.endDate.daysTo(m.endDate) < 7)
                     return MeldingValidator::tr("This repeat melding comes within 7 days of the "
                                                 "previous one (%1).")
                         .arg(Dates::toDutch(other.endDate));
             }
             return QString();
         }},
        {Severity::Warning, u"soort"_s,
         [](M m, C c) {
             // After four repeat meldingen of continuous absence, DUO expects an LRV melding.
             if (m.soort != MeldingSoort::SixteenHours || !m.startDate.isValid())
                 return QString();
             QList<Melding> chain;
             for (const Melding& other : c.otherMeldingen) {
                 if (other.id != m.id && isLive(other) &&
                     other.soort == MeldingSoort::SixteenHours && other.endDate.isValid() &&
                     other.endDate < m.startDate)
                     chain.append(other);
             }
             std::sort(chain.begin(), chain.end(),
                       [](const Melding& a, const Melding& b) { return a.endDate > b.endDate; });
             int repeats = 0;
             QDate next = m.startDate;
             for (const Melding& previous : chain) {
                 if (previous.endDate.daysTo(next) > 7)
                     break;
                 ++repeats;
                 next = previous.startDate;
             }
             return repeats >= 4
                        ? MeldingValidator::tr("This is the 5th 16-hour melding in a row; "
                                               "report langdurig relatief verzuim instead.")
                        : QString();
         }},
    };
    return list;
}

} // namespace

QStringList MeldingValidator::standardReasons()
{
    // DUO's standard texts; they carry no special personal data themselves.
    return {u"afwezig vanwege ziekte"_s, u"afwezig vanwege contact met politie of justitie"_s,
            u"afwezig vanwege een geloofsverplichting"_s};
}

Validation MeldingValidator::validate(const Melding& melding, const MeldingContext& context)
{
    Validation result;
    int total = 0;
    int passed = 0;
    for (const Rule& rule : rules()) {
        const int weight = rule.severity == Severity::Error ? kErrorWeight : kWarningWeight;
        total += weight;
        const QString problem = rule.problem(melding, context);
        if (problem.isEmpty()) {
            passed += weight;
            continue;
        }
        (rule.severity == Severity::Error ? result.errors : result.warnings)
            .append({rule.field, problem});
    }
    result.completeness = total == 0 ? 100 : (100 * passed + total / 2) / total;
    return result;
}
