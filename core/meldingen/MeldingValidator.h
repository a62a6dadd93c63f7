// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Finding.h"
#include "domain/Melding.h"

#include <QCoreApplication>

struct Validation
{
    QList<Finding> errors;   // fouten: DUO would reject the melding
    QList<Finding> warnings; // waarschuwingen: the leerplichtambtenaar misses something
    int completeness = 0;    // 0–100

    bool hasErrors() const { return !errors.isEmpty(); }
};

// What a melding is checked against besides itself.
struct MeldingContext
{
    QDate birthDate;                      // of the leerling
    QList<Melding> otherMeldingen;        // of the same leerling
    QDate today;                          // an open melding runs up to today
    bool consentToContactParents = false; // given by the leerling at 18 or older
};

// DUO's rules of the verzuimloket and the receiving side's needs (Ingrado 2024), as checks.
class MeldingValidator
{
    Q_DECLARE_TR_FUNCTIONS(MeldingValidator)

public:
    static Validation validate(const Melding& melding, const MeldingContext& context);

    // DUO's standard texts for a reason that touches health, religion or justice.
    static QStringList standardReasons();
};
