// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Melding.h"
#include "domain/School.h"
#include "meldingen/MeldingPeriod.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>

// Everything the school already knows about a leerling, gathered for one draft.
struct LeerlingDossier
{
    Leerling leerling;
    QList<Contact> contacts;
    bool consentToContactParents = false; // given by a leerling of 18 or older
    QList<AbsenceRecord> records;
    QList<Melding> meldingen; // earlier meldingen of the leerling
};

// Turns a signal into a complete concept melding: the coordinator never retypes what the school
// already knows.
class MeldingDrafter
{
    Q_DECLARE_TR_FUNCTIONS(MeldingDrafter)

public:
    MeldingDrafter(const School& school, const Clock& clock, QString user);

    // The melding for the signal over the period MeldingPeriod planned (not covered).
    Result<Melding> draft(const Signal& signal, const LeerlingDossier& dossier,
                          const PlannedPeriod& period) const;

    // What a herhaalmelding takes over from the previous melding: everything a person typed or
    // chose; only the dates and the verzuimdagen come fresh (van-signaal-naar-melding §3).
    static void takeOver(Melding& melding, const Melding& previous);
    // The latest melding of the leerling that was not withdrawn, or null.
    static const Melding* previousMelding(const QList<Melding>& meldingen);
    // The lesuren a verzuimdag reports (§5), from the day's records' minutes and lesuren: vo
    // counts lesuren itself. In po and mbo the lestijden tell — the records' own lesuren where
    // the time-range conversion counted them lesson by lesson, else the minutes laid over the
    // day's lessons from the first, a lesson counting when at least half of it was missed —
    // and without lestijden the minutes ÷ lesuur_minuten, rounded up. Never 0 for a day with
    // counted minutes.
    static int lesurenOf(const School& school, const QDate& date, int minutes, int lesuren);

private:
    std::optional<MeldingSoort> soortFor(const Signal& signal) const;
    QList<MeldingContact> contactsFor(const LeerlingDossier& dossier, const QDate& on) const;
    SchoolContact defaultSchoolContact() const;
    void addDays(Melding& melding, const LeerlingDossier& dossier, const QDate& until) const;
    // The part of an LRV/RMC run reported before as 16 uur, at the top of the toelichting.
    static void describeEarlierPartOfRun(Melding& melding, const Signal& signal);

    const School& m_school;
    const Clock& m_clock;
    QString m_user;
};
