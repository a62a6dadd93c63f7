// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "meldingen/MeldingValidator.h"
#include "util/Result.h"

#include <QCoreApplication>

// What DUO said, read from its XML answer. Like the message, the answer's shape is ours until
// DUO's schema is obtained (docs/duo-m2m.md):
//
//   <antwoord>
//     <uitkomst>geaccepteerd | afgewezen | onbekend | status</uitkomst>
//     <meldingsnummer>…</meldingsnummer>
//     <fout veld="reden">…</fout> …
//     <status>geregistreerd | in_behandeling | …</status>
//     <behandelaar>…</behandelaar> <toelichting>…</toelichting>
//   </antwoord>
//
// The answer comes from the network, so the parser trusts nothing: no DTD, bounded sizes, and
// every required part checked.
struct DuoAnswer
{
    Q_DECLARE_TR_FUNCTIONS(DuoAnswer)

public:
    enum class Outcome
    {
        Accepted, // registered: meldingsnummer
        Rejected, // refused: errors per field
        Unknown,  // DUO has no melding with that key or number
        Status    // the melding's current status at DUO
    };

    Outcome outcome = Outcome::Unknown;
    QString meldingsnummer;
    QList<Finding> errors; // field is a MeldingFields key, or empty for the melding as a whole
    std::optional<MeldingStatus> status;
    QString handler;  // behandelaar
    QString feedback; // toelichting of the municipality

    static Result<DuoAnswer> parse(const QByteArray& xml);
};
