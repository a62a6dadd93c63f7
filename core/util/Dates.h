// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Dates {

// Accepts YYYY-MM-DD and DD-MM-YYYY (the form DUO's loket uses). Returns nullopt for
// anything else, including impossible dates such as 31-02-2026.
std::optional<QDate> parse(QStringView text);

// HH:MM, as 08:30; nullopt for anything else. Much faster than QTime::fromString, which
// a file of a million absentiemeldingen calls twice a line.
std::optional<QTime> parseTime(QStringView text);

QString toIso(const QDate& date);
// DD-MM-YYYY as Dutch readers and DUO's loket write it; empty for an invalid date.
QString toDutch(const QDate& date);

// "5 werkdagen": Monday to Friday, holidays not skipped (Inspectie: melden binnen 5 werkdagen).
QDate addWorkdays(QDate date, int workdays);

// The schooljaar runs from 1 August to 31 July; returns its first day.
QDate schoolYearStart(const QDate& date);

// ISO week start: the Monday on or before the date.
QDate mondayOf(const QDate& date);

} // namespace Dates

// An inclusive date range; an invalid `to` means open-ended.
struct DateRange
{
    QDate from;
    QDate to;

    bool contains(const QDate& date) const { return date >= from && (!to.isValid() || date <= to); }
};
