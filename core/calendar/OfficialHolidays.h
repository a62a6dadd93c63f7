// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/School.h"

#include <QCoreApplication>

// The schoolvakanties per region that ship with Verzuimdesk, to fill a new school's calendar.
// The government fixes zomer-, kerst- and meivakantie; the others are advice dates, and mbo
// institutions set their own. Only what we could confirm is bundled (see
// docs/rules-decisions.md); the school checks and completes the list in Instellingen.
namespace OfficialHolidays {

// Regions as school.json writes them: noord, midden, zuid.
QStringList regions();
// The bundled vakanties of the schooljaar starting 1 August of `schoolYear` in the region.
QList<Holiday> forSchoolYear(const QString& region, int schoolYear);
// The vakanties of that schooljaar we do not ship, by name, for the user to fill in.
QStringList missing(const QString& region, int schoolYear);

} // namespace OfficialHolidays
