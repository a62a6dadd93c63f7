// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Leerling.h"
#include "domain/School.h"
#include "rules/SignalEngine.h"

#include <QList>

// The statement the leerplichtambtenaar asks for with a melding: one leerling's recorded absence
// over a period, with totals per soort and per lesweek and the 16-hour count per 4 lesweken.
// Plain data; VerzuimstaatPdf draws it.
struct Verzuimstaat
{
    struct Row
    {
        QDate date;
        QString code;
        QString meaning; // the code's description
        AbsenceKind kind = AbsenceKind::Afwezig;
        bool authorised = false;
        bool counted = false; // counted verzuim (§2)
        bool wholeDay = false;
        int lesuren = 0;
        int minutes = 0;
    };
    struct Week
    {
        int isoWeek = 0;
        QDate monday;
        double hours = 0;         // counted verzuim in this lesweek, within the period
        double fourWeekHours = 0; // in the 4 lesweken ending with this one
        bool thresholdReached = false;
    };
    struct KindTotal
    {
        AbsenceKind kind = AbsenceKind::Afwezig;
        bool authorised = false;
        int records = 0;
        int lesuren = 0;
        int minutes = 0;
    };

    // Who and what.
    QString schoolName;
    QString instellingscode;
    QString locatie;
    QString leerlingName;
    QString pgn;
    QDate birthDate;
    QString klas;
    QString opleiding;
    QDate from;
    QDate to;
    QDate printedOn;
    QString meldingNumber; // DUO's meldingsnummer of the melding it belongs to, if any
    // Geoorloofd absence (ziek, verlof, schorsing) is left out unless asked for: sending it
    // without need is a data leak under the AVG. The statement says which was chosen.
    bool includesAuthorised = false;
    bool inLesuren = false; // vo counts lesuren, po and mbo clock hours
    double threshold = 16;

    QList<Row> rows;   // in date order
    QList<Week> weeks; // the lesweken with counted verzuim in their 4-lesweken window
    QList<KindTotal> totals;
    double countedHours = 0; // counted verzuim over the period

    struct Input
    {
        const School& school;
        const Leerling& leerling;
        const LeerlingFacts& facts;
        const QList<AbsenceRecord>& records;
        QDate from;
        QDate to;
        bool includeAuthorised = false;
        QString meldingNumber;
        QDate printedOn;
    };
    static Verzuimstaat build(const Input& input);
};
