// SPDX-License-Identifier: GPL-3.0-or-later
#include "Verzuimstaat.h"

#include "rules/LeerlingTimeline.h"

#include <algorithm>

namespace {

// Four lesweken before the period can lie behind a zomervakantie: ten weeks back is enough.
constexpr int kDaysBeforePeriod = 70;

QList<Verzuimstaat::KindTotal> totalsOf(const QList<Verzuimstaat::Row>& rows)
{
    QList<Verzuimstaat::KindTotal> totals;
    for (AbsenceKind kind : AbsenceKinds::all()) {
        for (bool authorised : {false, true}) {
            Verzuimstaat::KindTotal total{kind, authorised, 0, 0, 0};
            for (const Verzuimstaat::Row& row : rows) {
                if (row.kind == kind && row.authorised == authorised) {
                    ++total.records;
                    total.lesuren += row.lesuren;
                    total.minutes += row.minutes;
                }
            }
            if (total.records > 0)
                totals.append(total);
        }
    }
    return totals;
}

} // namespace

Verzuimstaat Verzuimstaat::build(const Input& in)
{
    Verzuimstaat staat;
    staat.schoolName = in.school.name;
    staat.instellingscode = in.school.instellingscode;
    staat.locatie = in.leerling.locatie;
    staat.leerlingName = in.leerling.displayName();
    staat.pgn = in.leerling.pgn;
    staat.birthDate = in.leerling.birthDate;
    staat.klas = in.leerling.klas;
    staat.opleiding = in.leerling.opleiding;
    staat.from = in.from;
    staat.to = in.to;
    staat.printedOn = in.printedOn;
    staat.meldingNumber = in.meldingNumber;
    staat.includesAuthorised = in.includeAuthorised;

    const SchoolCalendar calendar(LesdagRule(in.school), in.from.addDays(-kDaysBeforePeriod),
                                  in.to);
    const LeerlingTimeline timeline(in.school, calendar, in.facts, in.records, in.to);
    staat.inLesuren = timeline.unit() == Quantity::Unit::Lesuren;
    const double perHour = staat.inLesuren ? 1.0 : 60.0;

    for (const AbsenceRecord& r : in.records) {
        const AbsenceCode* code = in.school.codes.find(r.code);
        if (r.date < in.from || r.date > in.to || !code ||
            calendar.lesdagOrdinal(r.date) == SchoolCalendar::kNone)
            continue;
        if (code->authorised && !in.includeAuthorised)
            continue;
        staat.rows.append({r.date, code->code, code->description, code->kind, code->authorised,
                           isCountedVerzuim(*code, in.school.settings), r.wholeDay, r.lesuren,
                           r.minutes});
    }
    std::stable_sort(staat.rows.begin(), staat.rows.end(),
                     [](const Row& a, const Row& b) { return a.date < b.date; });
    staat.totals = totalsOf(staat.rows);

    const int first = calendar.firstLesdagOnOrAfter(in.from);
    const int last = calendar.firstLesdagOnOrAfter(in.to.addDays(1)) - 1;
    if (first > last)
        return staat; // no lesdag in the period
    staat.countedHours = timeline.countedBetween(first, last) / perHour;
    for (int week = calendar.lesweekOf(first); week <= calendar.lesweekOf(last); ++week) {
        const int weekFrom = std::max(first, calendar.firstLesdagOfWeek(week));
        const int weekTo = std::min(last, calendar.lastLesdagOfWeek(week));
        const double fourWeeks =
            timeline.countedBetween(calendar.windowStart(weekTo, 4), weekTo) / perHour;
        if (fourWeeks == 0)
            continue; // nothing counted in the window: the statement stays short
        const QDate date = calendar.dateOf(weekFrom);
        staat.weeks.append({date.weekNumber(), date.addDays(1 - date.dayOfWeek()),
                            timeline.countedBetween(weekFrom, weekTo) / perHour, fourWeeks,
                            fourWeeks >= staat.threshold});
    }
    return staat;
}
