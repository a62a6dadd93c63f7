// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolSignalRules.h"

#include <algorithm>

QList<Signal> preventiveSignals(const RuleContext& context, const QList<Signal>& legalSignals,
                                const std::vector<ContinuousRuns::Raised>& raisedRuns)
{
    const SchoolCalendar& calendar = context.calendar;
    const LeerlingTimeline& timeline = context.timeline;
    const int threshold = timeline.unitsForHours(context.school.settings.preventiveHours);

    std::vector<int> legalDays;
    for (const Signal& s : legalSignals)
        legalDays.push_back(calendar.lesdagOrdinal(s.reachedOn));

    QList<Signal> result;
    int countingStart = 0;
    for (const LesdagFacts& day : timeline.days()) {
        if (day.counted == 0 || day.lesdag < countingStart)
            continue;
        const int windowStart = calendar.windowStart(day.lesdag, 4);
        const int from = std::max(countingStart, windowStart);
        const int sum = timeline.countedBetween(from, day.lesdag);
        if (sum < threshold)
            continue;
        // A legal signal in the same 4 lesweken, or an LRV/RMC run, already covers this leerling.
        const bool coveredByLegal = std::any_of(legalDays.cbegin(), legalDays.cend(), [&](int d) {
            return d >= windowStart && d <= day.lesdag;
        });
        const bool inRaisedRun =
            std::any_of(raisedRuns.cbegin(), raisedRuns.cend(), [&](const auto& raised) {
                return raised.candidate.lesdag <= day.lesdag && day.lesdag >= raised.run->first &&
                       day.lesdag <= raised.run->last;
            });
        if (!coveredByLegal && !inRaisedRun) {
            result.append(context.signal(SignalKind::Preventive, day.lesdag,
                                         timeline.firstCountedFrom(from), timeline.quantity(sum)));
        }
        countingStart = day.lesdag + 1;
    }
    return result;
}

QList<Signal> latenessSignals(const RuleContext& context)
{
    const QList<int>& levels = context.school.settings.latenessLevels;
    QList<Signal> result;
    QDate nextSchoolYear;
    int occurrences = 0;
    int firstOccurrence = 0;
    for (const LesdagFacts& day : context.timeline.days()) {
        if (day.lateOccurrences == 0)
            continue;
        const QDate date = context.dateOf(day.lesdag);
        if (!nextSchoolYear.isValid() || date >= nextSchoolYear) {
            // the ladder starts again every schooljaar
            nextSchoolYear = Dates::schoolYearStart(date).addYears(1);
            occurrences = 0;
            firstOccurrence = day.lesdag;
        }
        for (int i = 0; i < day.lateOccurrences; ++i) {
            ++occurrences;
            if (levels.contains(occurrences)) {
                result.append(context.signal(SignalKind::Late, day.lesdag, firstOccurrence,
                                             {Quantity::Unit::Count, occurrences}));
            }
        }
    }
    return result;
}

namespace {

struct Ziekmelding
{
    int first;
    int last;
};

std::vector<Ziekmelding> ziekmeldingen(const LeerlingTimeline& timeline)
{
    std::vector<Ziekmelding> result;
    for (const LesdagFacts& day : timeline.days()) {
        if (!day.sick)
            continue;
        if (!result.empty() && result.back().last + 1 == day.lesdag)
            result.back().last = day.lesdag;
        else
            result.push_back({day.lesdag, day.lesdag});
    }
    return result;
}

} // namespace

QList<Signal> sickLeaveSignals(const RuleContext& context)
{
    // M@ZL (NCJ): "vier ziekmeldingen in twaalf weken of een zevende schooldag aaneengesloten".
    constexpr int kMeldingen = 4;
    constexpr int kWeeks = 12;
    constexpr int kConsecutiveDays = 7;
    const std::vector<Ziekmelding> meldingen = ziekmeldingen(context.timeline);

    QList<Signal> result;
    int countingStart = 0; // ziekmeldingen starting before this lesdag no longer count
    for (size_t i = 0; i < meldingen.size(); ++i) {
        const Ziekmelding& melding = meldingen[i];
        bool runUsed = false;
        if (melding.first >= countingStart) {
            const int windowStart =
                std::max(countingStart, context.calendar.windowStart(melding.first, kWeeks));
            int count = 0;
            int firstCounted = melding.first;
            for (size_t j = 0; j <= i; ++j) {
                if (meldingen[j].first >= windowStart) {
                    firstCounted = count == 0 ? meldingen[j].first : firstCounted;
                    ++count;
                }
            }
            if (count >= kMeldingen) {
                result.append(context.signal(SignalKind::SickMazl, melding.first, firstCounted,
                                             {Quantity::Unit::Count, count}));
                countingStart = melding.first + 1;
                runUsed = true;
            }
        }
        const int seventhDay = melding.first + kConsecutiveDays - 1;
        if (!runUsed && melding.last >= seventhDay) {
            result.append(context.signal(SignalKind::SickMazl, seventhDay, melding.first,
                                         {Quantity::Unit::Count, kConsecutiveDays}));
            countingStart = seventhDay + 1;
        }
    }
    return result;
}

QList<Signal> luxeSignals(const RuleContext& context)
{
    QList<Signal> result;
    int previousLuxeDay = SchoolCalendar::kNone;
    const auto closeRun = [&] {
        if (!result.isEmpty() && context.exists(previousLuxeDay + 1))
            result.last().runEnd = context.dateOf(previousLuxeDay);
    };
    for (const LesdagFacts& day : context.timeline.days()) {
        if (!day.luxe)
            continue;
        if (previousLuxeDay == SchoolCalendar::kNone || previousLuxeDay + 1 != day.lesdag) {
            closeRun();
            result.append(context.signal(SignalKind::Luxe, day.lesdag, day.lesdag,
                                         context.timeline.quantity(day.counted)));
        }
        previousLuxeDay = day.lesdag;
    }
    closeRun();
    return result;
}
