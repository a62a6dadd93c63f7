// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingTimeline.h"

#include <algorithm>
#include <map>

namespace {

bool inAny(const QList<DateRange>& ranges, const QDate& date)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const DateRange& range) { return range.contains(date); });
}

// Inspectie: po and mbo count clock time; vo counts lesuren, each lesuur of at most 60 minutes
// as one hour. A vo school with longer lesuren counts clock time, so a 90-minute block weighs
// one and a half hours.
Quantity::Unit countingUnit(const School& school)
{
    return school.sector == Sector::Vo && school.lesuurMinutes <= 60 ? Quantity::Unit::Lesuren
                                                                     : Quantity::Unit::Minutes;
}

bool countsForSixteenHours(LegalCategory category, const SchoolSettings& settings)
{
    return category == LegalCategory::Leerplichtig ||
           (category == LegalCategory::RmcDoelgroep && settings.report16HoursAdults);
}

} // namespace

bool isCountedVerzuim(const AbsenceCode& code, const SchoolSettings& settings)
{
    return !code.authorised &&
           (code.kind == AbsenceKind::Afwezig || code.kind == AbsenceKind::Luxe ||
            (code.kind == AbsenceKind::TeLaat && settings.latenessCounts));
}

LeerlingTimeline::LeerlingTimeline(const School& school, const SchoolCalendar& calendar,
                                   const LeerlingFacts& leerling,
                                   const QList<AbsenceRecord>& records, const QDate& peildatum)
    : m_categories(leerling.birthDate, leerling.startkwalificatieDate)
    , m_unit(countingUnit(school))
{
    std::map<int, LesdagFacts> byLesdag;
    for (const AbsenceRecord& record : records) {
        if (record.date > peildatum || !inAny(leerling.inschrijvingen, record.date) ||
            inAny(leerling.vrijstellingen, record.date))
            continue;
        const int lesdag = calendar.lesdagOrdinal(record.date);
        const AbsenceCode* code = school.codes.find(record.code);
        if (lesdag == SchoolCalendar::kNone || code == nullptr)
            continue;

        LesdagFacts& day = byLesdag[lesdag];
        day.lesdag = lesdag;
        const LegalCategory category = m_categories.on(record.date);
        if (isCountedVerzuim(*code, school.settings)) {
            const int amount = m_unit == Quantity::Unit::Lesuren ? record.lesuren : record.minutes;
            day.counted += amount;
            if (countsForSixteenHours(category, school.settings))
                day.countedSixteen += amount;
        }
        if (!code->authorised && code->kind == AbsenceKind::Afwezig && record.wholeDay &&
            category != LegalCategory::None)
            day.continuous = true;
        if (code->kind == AbsenceKind::Ziek)
            day.sick = true;
        if (code->kind == AbsenceKind::Luxe)
            day.luxe = true;
        if (!code->authorised && code->kind == AbsenceKind::TeLaat)
            ++day.lateOccurrences;
    }

    m_days.reserve(byLesdag.size());
    m_countedPrefix.reserve(byLesdag.size() + 1);
    m_countedSixteenPrefix.reserve(byLesdag.size() + 1);
    m_countedPrefix.push_back(0);
    m_countedSixteenPrefix.push_back(0);
    for (const auto& [lesdag, day] : byLesdag) {
        m_days.push_back(day);
        m_countedPrefix.push_back(m_countedPrefix.back() + day.counted);
        m_countedSixteenPrefix.push_back(m_countedSixteenPrefix.back() + day.countedSixteen);
    }
}

int LeerlingTimeline::unitsForHours(int hours) const
{
    return m_unit == Quantity::Unit::Minutes ? hours * 60 : hours;
}

size_t LeerlingTimeline::indexAtOrAfter(int lesdag) const
{
    const auto it =
        std::lower_bound(m_days.cbegin(), m_days.cend(), lesdag,
                         [](const LesdagFacts& day, int value) { return day.lesdag < value; });
    return size_t(it - m_days.cbegin());
}

int LeerlingTimeline::sumBetween(const std::vector<int>& prefix, int from, int to) const
{
    if (to < from)
        return 0;
    return prefix[indexAtOrAfter(to + 1)] - prefix[indexAtOrAfter(from)];
}

int LeerlingTimeline::countedBetween(int from, int to) const
{
    return sumBetween(m_countedPrefix, from, to);
}

int LeerlingTimeline::countedSixteenBetween(int from, int to) const
{
    return sumBetween(m_countedSixteenPrefix, from, to);
}

int LeerlingTimeline::firstCountedSixteenFrom(int from) const
{
    for (size_t i = indexAtOrAfter(from); i < m_days.size(); ++i) {
        if (m_days[i].countedSixteen > 0)
            return m_days[i].lesdag;
    }
    return SchoolCalendar::kNone;
}

int LeerlingTimeline::firstCountedFrom(int from) const
{
    for (size_t i = indexAtOrAfter(from); i < m_days.size(); ++i) {
        if (m_days[i].counted > 0)
            return m_days[i].lesdag;
    }
    return SchoolCalendar::kNone;
}
