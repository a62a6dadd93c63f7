// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbsenceCode.h"
#include "Lestijden.h"
#include "Melding.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

enum class Sector
{
    Po,
    Vo,
    Mbo
};

namespace Sectors {
std::optional<Sector> fromKey(QStringView key); // "po", "vo", "mbo"
QString key(Sector sector);
} // namespace Sectors

// The school's choices where the law leaves room (verzuimregels, marked "(choice)").
struct SchoolSettings
{
    bool report16HoursAdults = true;    // melden_16uur_18plus
    int rmcWeeks = 4;                   // rmc_weken
    int continuousToleranceDays = 0;    // continu_tolerantie_lesdagen
    bool latenessCounts = false;        // te_laat_telt_mee
    int preventiveHours = 8;            // preventief_uren
    QList<int> latenessLevels{3, 6, 9}; // te_laat_niveaus

    friend bool operator==(const SchoolSettings&, const SchoolSettings&) = default;
};

struct Holiday
{
    QString name;
    QDate from; // inclusive
    QDate to;   // inclusive

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

// How a new melding starts (peers differ: actie gewenst is ja in Esis, Magister, Somtoday).
struct MeldingDefaults
{
    bool actionWanted = true;
    bool priority = false;

    friend bool operator==(const MeldingDefaults&, const MeldingDefaults&) = default;
};

struct School
{
    QString name;
    QString instellingscode;
    Sector sector = Sector::Vo;
    QString region;
    int lesuurMinutes = 50;
    Lestijden lestijden; // empty: not known
    QList<Holiday> holidays;
    QList<QDate> daysOff; // vrije dagen: studiedagen, feestdagen
    CodeTable codes = CodeTable::defaults();
    SchoolSettings settings;
    QList<SchoolContact> contactPersons; // contactpersoon school, to pick from
    QList<SchoolLocation> locations;     // leslocaties with their RIO codes
    MeldingDefaults meldingDefaults;

    // A whole day's absence: hele_dag where the file gave it, else judged by the lestijden
    // (verzuimregels.md §4.2).
    bool isWholeDay(const AbsenceRecord& record) const;
};
