// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingTimeline.h"

#include <algorithm>

namespace {

bool inAny(const QList<DateRange>& ranges, const QDate& date)
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const DateRange& range) { return range.contains(date); });
}

bool countsForSixteenHours(LegalCategory category, const SchoolSettings& settings)
{
    return category == LegalCategory::Leerplichtig ||
           (category == LegalCategory::RmcDoelgroep && settings.report16HoursAdults);
}

} // namespace

// Inspectie: po and mbo count clock time; vo counts lesuren, each lesuur of at most 60 minutes
// as one hour. A vo school with longer lesuren counts clock time, so a 90-minute block weighs
// one and a half hours.
Quantity::Unit countingUnit(const School& school)
{
    return school.sector == Sector::Vo && school.lesuurMinutes <= 60 ? Quantity::Unit::Lesuren
                                                                     : Quantity::Unit::Minutes;
}

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
    // Records mostly come in date order (SignalService loads them so): days are appended and a
    // record on the same lesdag as the last one merges into it. Anything else is sorted after.
    // A std::map here, and a hash lookup of the code per record, were half the engine's time.
    std::vector<std::pair<QString, const AbsenceCode*>> codeCache;
    const auto codeOf = [&](const QString& key) {
        // Loaded codes share their text, so where it lives mostly decides without comparing.
        for (const auto& [cached, code] : codeCache) {
            if (cached.constData() == key.constData())
                return code;
        }
        for (const auto& [cached, code] : codeCache) {
            if (cached == key)
                return code;
        }
        return codeCache.emplace_back(key, school.codes.find(key)).second;
    };
    bool inOrder = true;
    for (const AbsenceRecord& record : records) {
        if (record.date > peildatum || !inAny(leerling.inschrijvingen, record.date) ||
            inAny(leerling.vrijstellingen, record.date))
            continue;
        const int lesdag = calendar.lesdagOrdinal(record.date);
        const AbsenceCode* code = codeOf(record.code);
        if (lesdag == SchoolCalendar::kNone || code == nullptr)
            continue;

        if (m_days.empty() || m_days.back().lesdag != lesdag) {
            inOrder = inOrder && (m_days.empty() || m_days.back().lesdag < lesdag);
            m_days.push_back({});
            m_days.back().lesdag = lesdag;
        }
        LesdagFacts& day = m_days.back();
        const LegalCategory category = m_categories.on(record.date);
        if (isCountedVerzuim(*code, school.settings)) {
            const int amount = m_unit == Quantity::Unit::Lesuren ? record.lesuren : record.minutes;
            day.counted += amount;
            if (countsForSixteenHours(category, school.settings))
                day.countedSixteen += amount;
        }
        if (!code->authorised && code->kind == AbsenceKind::Afwezig && school.isWholeDay(record) &&
            category != LegalCategory::None)
            day.continuous = true;
        if (code->kind == AbsenceKind::Ziek)
            day.sick = true;
        if (code->kind == AbsenceKind::Luxe)
            day.luxe = true;
        if (!code->authorised && code->kind == AbsenceKind::TeLaat)
            ++day.lateOccurrences;
    }
    if (!inOrder)
        mergeOutOfOrderDays();

    // Prefix sums per lesdag from the first day with records to the last, so that a window sum
    // is two lookups; the rules ask for one at nearly every day with records.
    if (m_days.empty())
        return;
    m_firstLesdag = m_days.front().lesdag;
    const size_t span = size_t(m_days.back().lesdag - m_firstLesdag) + 1;
    m_countedPrefix.assign(span + 1, 0);
    m_countedSixteenPrefix.assign(span + 1, 0);
    auto day = m_days.cbegin();
    for (size_t i = 0; i < span; ++i) {
        const bool recorded = day != m_days.cend() && day->lesdag == m_firstLesdag + int(i);
        m_countedPrefix[i + 1] = m_countedPrefix[i] + (recorded ? day->counted : 0);
        m_countedSixteenPrefix[i + 1] =
            m_countedSixteenPrefix[i] + (recorded ? day->countedSixteen : 0);
        day += recorded ? 1 : 0;
    }
}

void LeerlingTimeline::mergeOutOfOrderDays()
{
    std::stable_sort(m_days.begin(), m_days.end(), [](const LesdagFacts& a, const LesdagFacts& b) {
        return a.lesdag < b.lesdag;
    });
    std::vector<LesdagFacts> merged;
    for (const LesdagFacts& day : m_days) {
        if (merged.empty() || merged.back().lesdag != day.lesdag) {
            merged.push_back(day);
            continue;
        }
        LesdagFacts& into = merged.back();
        into.counted += day.counted;
        into.countedSixteen += day.countedSixteen;
        into.continuous = into.continuous || day.continuous;
        into.sick = into.sick || day.sick;
        into.luxe = into.luxe || day.luxe;
        into.lateOccurrences += day.lateOccurrences;
    }
    m_days = std::move(merged);
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
    if (prefix.empty())
        return 0;
    const int last = m_firstLesdag + int(prefix.size()) - 2;
    from = std::max(from, m_firstLesdag);
    to = std::min(to, last);
    if (to < from)
        return 0;
    return prefix[size_t(to - m_firstLesdag + 1)] - prefix[size_t(from - m_firstLesdag)];
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
