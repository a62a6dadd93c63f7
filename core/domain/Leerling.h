// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Dates.h"

#include <QDate>
#include <QList>
#include <QString>

// 18 or older on that day: from then on the leerling, not the parents, decides and answers for
// attendance (Leerplichtwet art. 1b). False when either date is unknown.
inline bool isAdultOn(const QDate& birthDate, const QDate& date)
{
    return birthDate.isValid() && date.isValid() && birthDate.addYears(18) <= date;
}

struct Address
{
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;         // woonplaats
    QString municipality; // gemeente

    friend bool operator==(const Address&, const Address&) = default;
};

struct Leerling
{
    QString pgn;
    QString lastName;   // achternaam
    QString firstNames; // voornamen
    QString infix;      // tussenvoegsel
    QDate birthDate;
    QString gender;              // M, V, X or empty
    QDate startkwalificatieDate; // invalid = none obtained
    QString phone;
    QString email;
    Address address;
    QString opleiding;
    QString leerjaar;
    QString klas;
    QString locatie;
    // The package's own number for the leerling; its files name the leerling by it.
    QString leerlingnummer = {};

    // "Voornamen tussenvoegsel Achternaam" as a school letter writes it.
    QString displayName() const;
    // "Achternaam, Voornamen tussenvoegsel" for sorted lists.
    QString sortName() const;

    friend bool operator==(const Leerling&, const Leerling&) = default;
};

struct Inschrijving
{
    QString pgn;
    DateRange period; // open-ended while still enrolled

    friend bool operator==(const Inschrijving& a, const Inschrijving& b)
    {
        return a.pgn == b.pgn && a.period.from == b.period.from && a.period.to == b.period.to;
    }
};

struct Vrijstelling
{
    QString pgn;
    DateRange period;
    QString artikel;
};

// An ouder, verzorger or other contact person of a leerling.
struct Contact
{
    QString pgn;
    QString name;
    QString relation;
    QString phone;
    QString email;
    bool legalRepresentative = true; // wettelijk_vertegenwoordiger
    bool secret = false;             // geheim: never sent along
};
