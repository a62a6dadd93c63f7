// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeRangeConversion.h"

#include <QHash>

#include <bitset>
#include <map>
#include <tuple>

namespace {

constexpr int kDayMinutes = 24 * 60;
// The minutes of one day, as a set: lessons, spans and what a code has taken are intersected
// and subtracted minute by minute, which is the spec's rule word for word.
using Minutes = std::bitset<kDayMinutes>;

int minuteOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
}

Minutes range(int from, int to)
{
    if (to <= from)
        return {};
    Minutes all;
    all.set();
    return (all >> (kDayMinutes - (to - from))) << from;
}

Minutes lessonMinutes(const QList<Lesson>& lessons)
{
    Minutes minutes;
    for (const Lesson& lesson : lessons)
        minutes |= range(minuteOf(lesson.from), minuteOf(lesson.to));
    return minutes;
}

const Lesson* lessonNumbered(const QList<Lesson>& lessons, std::optional<int> number)
{
    if (!number)
        return nullptr;
    const auto found = std::find_if(lessons.begin(), lessons.end(),
                                    [&](const Lesson& lesson) { return lesson.number == *number; });
    return found == lessons.end() ? nullptr : &*found;
}

} // namespace

struct TimeRangeConversion::Piece
{
    int span = 0; // index into the spans
    QDate date;
    Minutes minutes; // the lesson minutes of that day inside the span
};

TimeRangeConversion::TimeRangeConversion(const School& school, const QDate& today)
    : m_school(school)
    , m_lesdagen(school)
    , m_today(today)
{
}

QList<TimeRangeConversion::Piece> TimeRangeConversion::piecesOf(const AbsenceSpan& span,
                                                                int index) const
{
    const LesdagRule& lesdagen = m_lesdagen;
    const QDate end = span.toDate.isValid() ? span.toDate : m_today;
    // A span that starts (ends) on a day without lessons starts (ends) with the first (last)
    // lesson of the next (previous) lesdag.
    QDate first = span.fromDate;
    while (first <= end && !lesdagen.isLesdag(first))
        first = first.addDays(1);
    QDate last = end;
    while (last >= first && !lesdagen.isLesdag(last))
        last = last.addDays(-1);
    const AbsenceCode* code = m_school.codes.find(span.code);
    if (code && code->kind == AbsenceKind::TeLaat)
        last = std::min(last, first); // te laat: its first lesdag only
    QList<Piece> pieces;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const QList<Lesson>& lessons = m_school.lestijden.on(day);
        if (lessons.isEmpty() || !lesdagen.isLesdag(day))
            continue;
        int from = minuteOf(lessons.first().from);
        int to = minuteOf(lessons.last().to);
        if (day == span.fromDate) {
            if (span.fromTime.isValid())
                from = minuteOf(span.fromTime);
            else if (const Lesson* lesson = lessonNumbered(lessons, span.fromLesuur))
                from = minuteOf(lesson->from);
        }
        if (day == span.toDate) {
            if (span.toTime.isValid())
                to = minuteOf(span.toTime);
            else if (const Lesson* lesson = lessonNumbered(lessons, span.toLesuur))
                to = minuteOf(lesson->to);
        }
        pieces.append({index, day, range(from, to) & lessonMinutes(lessons)});
    }
    return pieces;
}

ConvertedSpans TimeRangeConversion::convert(const QList<AbsenceSpan>& spans) const
{
    // One leerling at a time: overlaps only ever join one leerling's spans, and the minute sets
    // of a whole school's pieces would not fit in memory at once.
    QStringList leerlingen;
    QHash<QString, QList<int>> spansOf;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QList<int>& own = spansOf[spans[i].pgn];
        if (own.isEmpty())
            leerlingen.append(spans[i].pgn);
        own.append(int(i));
    }
    ConvertedSpans converted;
    for (const QString& pgn : std::as_const(leerlingen))
        convertLeerling(spans, spansOf.value(pgn), converted);
    return converted;
}

void TimeRangeConversion::convertLeerling(const QList<AbsenceSpan>& spans,
                                          const QList<int>& indexes,
                                          ConvertedSpans& converted) const
{
    QList<Piece> pieces;
    for (int i : indexes)
        pieces += piecesOf(spans[i], i);
    const auto codeOf = [&](const Piece& piece) {
        return m_school.codes.find(spans[piece.span].code);
    };
    const auto authorised = [&](const Piece& piece) {
        const AbsenceCode* code = codeOf(piece);
        return code && code->authorised;
    };
    const auto unauthorisedAbsent = [&](const Piece& piece) {
        const AbsenceCode* code = codeOf(piece);
        return code && !code->authorised && code->kind == AbsenceKind::Afwezig;
    };

    // Each day apart: on shared minutes the geoorloofd code wins, then the earlier line.
    QHash<QDate, QList<qsizetype>> days;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        days[pieces[i].date].append(i);
    QList<Minutes> own(pieces.size());
    QList<bool> wholeDay(pieces.size(), false);
    for (auto it = days.begin(); it != days.end(); ++it) {
        QList<qsizetype>& order = it.value();
        std::stable_partition(order.begin(), order.end(),
                              [&](qsizetype i) { return authorised(pieces[i]); });
        Minutes taken;
        Minutes unauthorisedAbsence;
        for (qsizetype n = 0; n < order.size(); ++n) {
            const Piece& piece = pieces[order[n]];
            for (qsizetype m = 0; m < n; ++m) {
                const Piece& earlier = pieces[order[m]];
                if (authorised(earlier) == authorised(piece) &&
                    (earlier.minutes & piece.minutes).any())
                    converted.overlaps.append(
                        {spans[piece.span].line, spans[earlier.span].line, piece.date});
            }
            own[order[n]] = piece.minutes & ~taken;
            taken |= own[order[n]];
            if (unauthorisedAbsent(piece))
                unauthorisedAbsence |= own[order[n]];
        }
        const Minutes lessons = lessonMinutes(m_school.lestijden.on(it.key()));
        if (lessons.any() && (lessons & ~unauthorisedAbsence).none()) {
            for (qsizetype i : std::as_const(order))
                wholeDay[i] = unauthorisedAbsent(pieces[i]);
        }
    }

    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (own[i].none())
            continue; // every minute belongs to another code
        const AbsenceSpan& span = spans[pieces[i].span];
        int lesuren = 0;
        for (const Lesson& lesson : m_school.lestijden.on(pieces[i].date)) {
            const Minutes lessonRange = range(minuteOf(lesson.from), minuteOf(lesson.to));
            if (2 * int((own[i] & lessonRange).count()) >= lesson.minutes())
                ++lesuren;
        }
        converted.records.append({span.pgn, pieces[i].date, span.code, int(own[i].count()), lesuren,
                                  wholeDay[i], span.remark, true});
        converted.spanOfRecord.append(pieces[i].span);
    }
}

QList<AbsenceRecord> TimeRangeConversion::joinedPerDayAndCode(const QList<AbsenceRecord>& records)
{
    QList<AbsenceRecord> joined;
    std::map<std::tuple<QString, QDate, QString>, qsizetype> indexOf;
    for (const AbsenceRecord& record : records) {
        const auto key = std::make_tuple(record.pgn, record.date, record.code);
        const auto [it, isNew] = indexOf.try_emplace(key, joined.size());
        if (isNew) {
            joined.append(record);
            continue;
        }
        AbsenceRecord& day = joined[it->second];
        day.minutes += record.minutes;
        day.lesuren += record.lesuren;
        day.wholeDay = day.wholeDay || record.wholeDay;
        if (day.remark.isEmpty())
            day.remark = record.remark;
    }
    return joined;
}
