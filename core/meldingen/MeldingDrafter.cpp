// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingDrafter.h"

#include "calendar/LesdagRule.h"
#include "util/Dates.h"

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// DUO: a contactpersoon needs a phone number or an e-mail address; at most five are sent.
constexpr int kMaxContactsSent = 5;

} // namespace

MeldingDrafter::MeldingDrafter(const School& school, const Clock& clock, QString user)
    : m_school(school)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

std::optional<MeldingSoort> MeldingDrafter::soortFor(const Signal& signal) const
{
    switch (signal.kind) {
    case SignalKind::SixteenHours:
        return MeldingSoort::SixteenHours;
    case SignalKind::SixteenHoursAdult:
        return MeldingSoort::SixteenHoursAdult;
    case SignalKind::Lrv:
        return MeldingSoort::Lrv;
    case SignalKind::Rmc:
        return MeldingSoort::Rmc;
    case SignalKind::Luxe:
        return MeldingSoort::Luxe;
    case SignalKind::Late: {
        // The te-laat ladder (3-6-9) reports at its last level only; the levels before it are
        // the school's own action.
        const QList<int>& levels = m_school.settings.latenessLevels;
        if (!levels.isEmpty() &&
            signal.hours.value == *std::max_element(levels.begin(), levels.end()))
            return MeldingSoort::Overig;
        return std::nullopt;
    }
    case SignalKind::Preventive:
        return std::nullopt; // the school's own action: a letter, a gesprek
    case SignalKind::SickMazl:
        return std::nullopt; // ziekteverzuim is geoorloofd: sending it is a data leak (Ingrado)
    }
    return std::nullopt;
}

QList<MeldingContact> MeldingDrafter::contactsFor(const LeerlingDossier& dossier,
                                                  const QDate& on) const
{
    // AVG: from 18 the leerling decides whether the parents' data goes along.
    const bool adult = isAdultOn(dossier.leerling.birthDate, on);
    const bool mayShareParents = !adult || dossier.consentToContactParents;
    QList<Contact> ordered = dossier.contacts;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Contact& a, const Contact& b) {
        return a.legalRepresentative && !b.legalRepresentative;
    });
    QList<MeldingContact> result;
    int sent = 0;
    for (const Contact& c : ordered) {
        const bool reachable = !c.phone.isEmpty() || !c.email.isEmpty();
        const bool send = mayShareParents && !c.secret && reachable && sent < kMaxContactsSent;
        sent += send ? 1 : 0;
        result.append({c.name, c.relation, c.phone, c.email, send, c.secret});
    }
    return result;
}

SchoolContact MeldingDrafter::defaultSchoolContact() const
{
    // The coordinator's own entry first, then the school's default, then the first listed.
    const QList<SchoolContact>& contacts = m_school.contactPersons;
    for (const SchoolContact& c : contacts) {
        if (!c.user.isEmpty() && c.user == m_user)
            return c;
    }
    for (const SchoolContact& c : contacts) {
        if (c.isDefault)
            return c;
    }
    return contacts.isEmpty() ? SchoolContact{} : contacts.first();
}

void MeldingDrafter::addDays(Melding& melding, const LeerlingDossier& dossier,
                             const QDate& until) const
{
    // Only not-geoorloofd absence goes to DUO; sickness, leave and suspension never do.
    std::map<QDate, VerzuimDag> byDate;
    for (const AbsenceRecord& r : dossier.records) {
        const AbsenceCode* code = m_school.codes.find(r.code);
        if (!code || code->authorised || r.date < melding.startDate || r.date > until ||
            code->kind == AbsenceKind::Ziek)
            continue;
        VerzuimDag& day = byDate[r.date];
        day.date = r.date;
        day.wholeDay = day.wholeDay || r.wholeDay;
        day.lesuren += r.lesuren;
        day.minutes += r.minutes;
    }
    for (auto& [date, day] : byDate)
        day.lesuren = lesurenOf(m_school, date, day.minutes, day.lesuren);
    const LesdagRule lesdagen(m_school);
    bool everyLesdagWhole = !byDate.empty();
    for (QDate d = melding.startDate; d.isValid() && d <= until && everyLesdagWhole;
         d = d.addDays(1)) {
        if (lesdagen.isLesdag(d)) {
            const auto it = byDate.find(d);
            everyLesdagWhole = it != byDate.end() && it->second.wholeDay;
        }
    }
    for (const auto& [date, day] : byDate)
        melding.days.append(day);
    melding.allLessonsMissed = everyLesdagWhole;
}

int MeldingDrafter::lesurenOf(const School& school, const QDate& date, int minutes, int lesuren)
{
    if (school.sector == Sector::Vo && lesuren > 0)
        return lesuren;
    if (minutes <= 0)
        return lesuren;
    const QList<Lesson>& lessons = school.lestijden.on(date);
    if (!lessons.isEmpty()) {
        if (lesuren > 0)
            return lesuren;
        int left = minutes;
        int counted = 0;
        for (const Lesson& lesson : lessons) {
            if (left <= 0)
                break;
            if (2 * std::min(left, lesson.minutes()) >= lesson.minutes())
                ++counted;
            left -= lesson.minutes();
        }
        return std::max(counted, 1);
    }
    if (school.lesuurMinutes <= 0)
        return lesuren;
    return (minutes + school.lesuurMinutes - 1) / school.lesuurMinutes;
}

const Melding* MeldingDrafter::previousMelding(const QList<Melding>& meldingen)
{
    const Melding* latest = nullptr;
    for (const Melding& m : meldingen) {
        if (!MeldingPeriod::counts(m))
            continue;
        if (!latest || std::pair(m.startDate, m.id) > std::pair(latest->startDate, latest->id))
            latest = &m;
    }
    return latest;
}

void MeldingDrafter::takeOver(Melding& melding, const Melding& previous)
{
    melding.reason = previous.reason;
    melding.absenceNote = previous.absenceNote;
    melding.actions = previous.actions;
    melding.otherAction = previous.otherAction;
    melding.actionsNote = previous.actionsNote;
    melding.schoolContact = previous.schoolContact;
    melding.onderwijslocatie = previous.onderwijslocatie;
    melding.onderwijsaanbiedercode = previous.onderwijsaanbiedercode;
    melding.onderwijslocatiecode = previous.onderwijslocatiecode;
    melding.actionWanted = previous.actionWanted;
    melding.actionNote = previous.actionNote;
    melding.priority = previous.priority || melding.soort == MeldingSoort::Lrv;
    // A contact the coordinator left out before stays out; what may not go along now (geheim,
    // no consent of an 18+ leerling) never does, whatever was chosen before.
    for (MeldingContact& contact : melding.contacts) {
        for (const MeldingContact& before : previous.contacts) {
            if (before.name == contact.name && before.relation == contact.relation)
                contact.send = contact.send && before.send;
        }
    }
}

void MeldingDrafter::describeEarlierPartOfRun(Melding& melding, const Signal& signal)
{
    // An LRV or Doorstroompunt (RMC) melding starts after the 16-uur meldingen of its run, yet the
    // leerplichtambtenaar must see the whole run (van-signaal-naar-melding §1). Written for DUO,
    // so in Dutch whatever language the program speaks.
    const bool continuous =
        melding.soort == MeldingSoort::Lrv || melding.soort == MeldingSoort::Rmc;
    if (!continuous || !signal.startDate.isValid() || melding.startDate <= signal.startDate)
        return;
    const QString run =
        u"Ononderbroken afwezig sinds %1; de dagen vóór %2 zijn eerder gemeld (16 uur)."_s.arg(
            Dates::toDutch(signal.startDate), Dates::toDutch(melding.startDate));
    melding.absenceNote = melding.absenceNote.isEmpty() ? run : run + u'\n' + melding.absenceNote;
}

Result<Melding> MeldingDrafter::draft(const Signal& signal, const LeerlingDossier& dossier,
                                      const PlannedPeriod& period) const
{
    const auto soort = soortFor(signal);
    if (!soort) {
        if (signal.kind == SignalKind::SickMazl) {
            return Error{tr("%1 is never reported to DUO: sick leave is authorised absence. "
                            "Follow the school's care route instead.")
                             .arg(SignalKinds::displayName(signal.kind))};
        }
        return Error{tr("%1 is not reported to DUO: it asks for the school's own action (a "
                        "letter to the ouders, a gesprek), recorded in the dossier.")
                         .arg(SignalKinds::displayName(signal.kind))};
    }
    const Leerling& leerling = dossier.leerling;
    Melding m;
    m.pgn = leerling.pgn;
    m.leerlingName = leerling.displayName();
    m.soort = *soort;
    if (m.soort == MeldingSoort::Overig)
        m.verbijzondering = u"vermoedelijk ongeoorloofd"_s;
    m.startDate = period.from;
    m.endDate = period.to;
    m.actionWanted = m_school.meldingDefaults.actionWanted;
    m.priority = m_school.meldingDefaults.priority || m.soort == MeldingSoort::Lrv;
    m.schoolContact = defaultSchoolContact();
    m.onderwijslocatie = leerling.locatie;
    for (const SchoolLocation& location : m_school.locations) {
        if (location.name.compare(leerling.locatie, Qt::CaseInsensitive) == 0) {
            m.onderwijsaanbiedercode = location.onderwijsaanbiedercode;
            m.onderwijslocatiecode = location.onderwijslocatiecode;
        }
    }
    m.leerlingPhone = leerling.phone;
    m.leerlingEmail = leerling.email;
    m.contacts = contactsFor(dossier, signal.reachedOn);
    if (const Melding* previous = previousMelding(dossier.meldingen))
        takeOver(m, *previous);
    describeEarlierPartOfRun(m, signal);
    addDays(m, dossier,
            period.to.isValid() ? period.to : std::max(signal.reachedOn, m_clock.today()));
    m.signal = SignalKey::of(signal);
    m.signalReachedOn = signal.reachedOn;
    return m;
}
