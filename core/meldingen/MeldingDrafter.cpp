// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingDrafter.h"

#include "calendar/LesdagRule.h"

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

std::optional<MeldingSoort> MeldingDrafter::soortFor(SignalKind kind)
{
    switch (kind) {
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
    case SignalKind::Preventive:
    case SignalKind::Late:
        return MeldingSoort::Overig; // optional for DUO; the 3-6-9 ladder reports at 9
    case SignalKind::SickMazl:
        return std::nullopt; // ziekteverzuim is geoorloofd: sending it is a data leak (Ingrado)
    }
    return std::nullopt;
}

QList<MeldingContact> MeldingDrafter::contactsFor(const LeerlingDossier& dossier) const
{
    // AVG: from 18 the leerling decides whether the parents' data goes along.
    const bool adult = isAdultOn(dossier.leerling.birthDate, m_clock.today());
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
        result.append({c.name, c.relation, c.phone, c.email, send});
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

Result<Melding> MeldingDrafter::draft(const Signal& signal, const LeerlingDossier& dossier) const
{
    const auto soort = soortFor(signal.kind);
    if (!soort) {
        return Error{tr("%1 is never reported to DUO: sick leave is authorised absence. Follow "
                        "the school's care route instead.")
                         .arg(SignalKinds::displayName(signal.kind))};
    }
    const Leerling& leerling = dossier.leerling;
    Melding m;
    m.pgn = leerling.pgn;
    m.leerlingName = leerling.displayName();
    m.soort = *soort;
    if (m.soort == MeldingSoort::Overig)
        m.verbijzondering = u"vermoedelijk ongeoorloofd"_s;
    m.startDate = signal.startDate;
    m.endDate = signal.endDate;
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
    m.contacts = contactsFor(dossier);
    addDays(m, dossier, signal.endDate.isValid() ? signal.endDate : signal.reachedOn);
    m.signal = SignalKey::of(signal);
    return m;
}
