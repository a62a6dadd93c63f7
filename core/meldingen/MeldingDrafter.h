// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Melding.h"
#include "domain/School.h"
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
};

// Turns a signal into a complete concept melding: the coordinator never retypes what the school
// already knows.
class MeldingDrafter
{
    Q_DECLARE_TR_FUNCTIONS(MeldingDrafter)

public:
    MeldingDrafter(const School& school, const Clock& clock, QString user);

    Result<Melding> draft(const Signal& signal, const LeerlingDossier& dossier) const;

private:
    static std::optional<MeldingSoort> soortFor(SignalKind kind);
    QList<MeldingContact> contactsFor(const LeerlingDossier& dossier) const;
    SchoolContact defaultSchoolContact() const;
    void addDays(Melding& melding, const LeerlingDossier& dossier, const QDate& until) const;

    const School& m_school;
    const Clock& m_clock;
    QString m_user;
};
