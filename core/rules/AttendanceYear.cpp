// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceYear.h"

#include "LeerlingTimeline.h"
#include "util/Dates.h"

#include <QHash>

namespace {

// What a day shows when it holds several records: unauthorised absence above all.
int severity(AttendanceYear::DayMark mark)
{
    switch (mark) {
    case AttendanceYear::DayMark::NoLesdag:
    case AttendanceYear::DayMark::NotYet:
    case AttendanceYear::DayMark::Present:
        return 0;
    case AttendanceYear::DayMark::Authorised:
        return 1;
    case AttendanceYear::DayMark::Sick:
        return 2;
    case AttendanceYear::DayMark::Late:
        return 3;
    case AttendanceYear::DayMark::Unauthorised:
        return 4;
    }
    return 0;
}

} // namespace

AttendanceYear AttendanceYear::compute(const School& school, const LeerlingFacts& leerling,
                                       const QList<AbsenceRecord>& records, const QDate& today)
{
    AttendanceYear year;
    year.schoolYearStart = Dates::schoolYearStart(today);
    const QDate last = year.schoolYearStart.addYears(1).addDays(-1);
    // Three lesweken before the schooljaar, so its first weeks have a whole window.
    const SchoolCalendar calendar(LesdagRule(school), year.schoolYearStart.addDays(-28), last);
    const LeerlingTimeline timeline(school, calendar, leerling, records, today);
    const double perHour = timeline.unit() == Quantity::Unit::Minutes ? 60.0 : 1.0;
    year.inLesuren = timeline.unit() == Quantity::Unit::Lesuren;

    // The worst thing recorded on a day decides its colour.
    QHash<QDate, DayMark> marks;
    for (const AbsenceRecord& r : records) {
        const AbsenceCode* code = school.codes.find(r.code);
        if (!code)
            continue;
        DayMark mark = DayMark::Authorised;
        if (code->kind == AbsenceKind::Ziek)
            mark = DayMark::Sick;
        else if (code->kind == AbsenceKind::TeLaat)
            mark = code->authorised ? DayMark::Authorised : DayMark::Late;
        else if (!code->authorised)
            mark = DayMark::Unauthorised;
        const DayMark current = marks.value(r.date, DayMark::Present);
        marks.insert(r.date, severity(mark) > severity(current) ? mark : current);
    }
    for (QDate d = year.schoolYearStart; d <= last; d = d.addDays(1)) {
        const int lesdag = calendar.lesdagOrdinal(d);
        year.days.append({d, lesdag == SchoolCalendar::kNone ? DayMark::NoLesdag
                             : d > today                     ? DayMark::NotYet
                                                             : marks.value(d, DayMark::Present)});
    }
    const int first = calendar.firstLesdagOnOrAfter(year.schoolYearStart);
    for (int week = first < calendar.lesdagCount() ? calendar.lesweekOf(first) : 0;
         first < calendar.lesdagCount() && week <= calendar.lesweekOf(calendar.lesdagCount() - 1);
         ++week) {
        const int from = calendar.firstLesdagOfWeek(week);
        const int to = calendar.lastLesdagOfWeek(week);
        if (calendar.dateOf(from) > today)
            break;
        year.weeks.append({Dates::mondayOf(calendar.dateOf(from)),
                           timeline.countedBetween(from, to) / perHour,
                           timeline.countedBetween(calendar.windowStart(to, 4), to) / perHour});
    }
    return year;
}
