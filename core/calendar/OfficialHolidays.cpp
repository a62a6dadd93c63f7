// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficialHolidays.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    int schoolYear;
    const char16_t* name;
    const char16_t* region; // empty: every region
    QDate from;
    QDate to;
};

// Saturday to Sunday inclusive, from the sources listed in ../shared/reference/domain-rules.md §8.
const std::array kEntries{
    Entry{2025, u"Herfstvakantie", u"noord", {2025, 10, 18}, {2025, 10, 26}},
    Entry{2025, u"Herfstvakantie", u"midden", {2025, 10, 18}, {2025, 10, 26}},
    Entry{2025, u"Herfstvakantie", u"zuid", {2025, 10, 11}, {2025, 10, 19}},
    Entry{2025, u"Kerstvakantie", u"", {2025, 12, 20}, {2026, 1, 4}},
    Entry{2025, u"Voorjaarsvakantie", u"noord", {2026, 2, 21}, {2026, 3, 1}},
    Entry{2025, u"Voorjaarsvakantie", u"midden", {2026, 2, 14}, {2026, 2, 22}},
    Entry{2025, u"Voorjaarsvakantie", u"zuid", {2026, 2, 14}, {2026, 2, 22}},
    Entry{2025, u"Meivakantie", u"", {2026, 4, 25}, {2026, 5, 3}},
    Entry{2025, u"Zomervakantie", u"noord", {2026, 7, 4}, {2026, 8, 16}},
    Entry{2025, u"Zomervakantie", u"midden", {2026, 7, 18}, {2026, 8, 30}},
    Entry{2025, u"Zomervakantie", u"zuid", {2026, 7, 11}, {2026, 8, 23}},
    Entry{2026, u"Herfstvakantie", u"noord", {2026, 10, 10}, {2026, 10, 18}},
    Entry{2026, u"Herfstvakantie", u"midden", {2026, 10, 17}, {2026, 10, 25}},
    Entry{2026, u"Herfstvakantie", u"zuid", {2026, 10, 17}, {2026, 10, 25}},
    Entry{2026, u"Kerstvakantie", u"", {2026, 12, 19}, {2027, 1, 3}},
};

const std::array kNames{u"Herfstvakantie", u"Kerstvakantie", u"Voorjaarsvakantie", u"Meivakantie",
                        u"Zomervakantie"};

} // namespace

namespace OfficialHolidays {

QStringList regions()
{
    return {u"noord"_s, u"midden"_s, u"zuid"_s};
}

QList<Holiday> forSchoolYear(const QString& region, int schoolYear)
{
    QList<Holiday> holidays;
    for (const Entry& e : kEntries) {
        const QString entryRegion = QString::fromUtf16(e.region);
        if (e.schoolYear == schoolYear && (entryRegion.isEmpty() || entryRegion == region))
            holidays.append({QString::fromUtf16(e.name), e.from, e.to});
    }
    return holidays;
}

QStringList missing(const QString& region, int schoolYear)
{
    const QList<Holiday> bundled = forSchoolYear(region, schoolYear);
    QStringList names;
    for (const char16_t* name : kNames) {
        const QString n = QString::fromUtf16(name);
        if (std::none_of(bundled.cbegin(), bundled.cend(),
                         [&](const Holiday& h) { return h.name == n; }))
            names.append(n);
    }
    return names;
}

} // namespace OfficialHolidays
