// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeRangeConversion.h"

#include <QHash>

#include <array>
#include <bit>
#include <map>
#include <tuple>

namespace {

constexpr int kDayMinutes = 24 * 60;

// The minutes of one day as a set of bits, for the days on which spans share minutes: lessons,
// spans and what a code has taken are intersected and subtracted minute by minute, which is the
// spec's rule word for word. Counting looks only at the words of one lesson.
class MinuteSet
{
public:
    // [from, to) in minutes since midnight.
    static MinuteSet range(int from, int to)
    {
        MinuteSet set;
        for (int word = from / 64; from < to && word * 64 < to && word < kWords; ++word)
            set.m_words[size_t(word)] = bitsOf(word, from, to);
        return set;
    }

    MinuteSet operator&(const MinuteSet& other) const
    {
        MinuteSet set;
        for (size_t i = 0; i < kWords; ++i)
            set.m_words[i] = m_words[i] & other.m_words[i];
        return set;
    }
    MinuteSet& operator|=(const MinuteSet& other)
    {
        for (size_t i = 0; i < kWords; ++i)
            m_words[i] |= other.m_words[i];
        return *this;
    }
    // These minutes without the other's.
    MinuteSet without(const MinuteSet& other) const
    {
        MinuteSet set;
        for (size_t i = 0; i < kWords; ++i)
            set.m_words[i] = m_words[i] & ~other.m_words[i];
        return set;
    }
    bool any() const
    {
        return std::any_of(m_words.begin(), m_words.end(), [](quint64 w) { return w != 0; });
    }
    // How many of [from, to) are in the set.
    int countIn(int from, int to) const
    {
        int count = 0;
        for (int word = from / 64; from < to && word * 64 < to && word < kWords; ++word)
            count += std::popcount(m_words[size_t(word)] & bitsOf(word, from, to));
        return count;
    }

private:
    static constexpr int kWords = (kDayMinutes + 63) / 64;

    // The bits of [from, to) that fall in one word.
    static quint64 bitsOf(int word, int from, int to)
    {
        const int low = std::max(from, word * 64) - word * 64;
        const int high = std::min(to, word * 64 + 64) - word * 64; // > low
        const quint64 upTo = high == 64 ? ~quint64(0) : (quint64(1) << high) - 1;
        return upTo & ~((quint64(1) << low) - 1);
    }

    std::array<quint64, kWords> m_words{};
};

int minuteOf(const QTime& time)
{
    return time.hour() * 60 + time.minute();
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

// A day's lessons as minute ranges, and as sets for the days whose spans share minutes.
struct TimeRangeConversion::DayMasks
{
    QList<std::pair<int, int>> lessons; // [from, to) in minutes since midnight, in order
    int lessonMinutes = 0;
    MinuteSet all; // every lesson minute of the day
};

struct TimeRangeConversion::Piece
{
    int span = 0; // index into the spans
    QDate date;
    int from = 0; // the span's minutes of that day, [from, to); breaks not yet taken out
    int to = 0;
};

// What one piece of a span gives its day's record.
struct TimeRangeConversion::Share
{
    int minutes = 0;
    int lesuren = 0;
    bool wholeDay = false;
};

TimeRangeConversion::TimeRangeConversion(const School& school, const QDate& today)
    : m_school(school)
    , m_lesdagen(school)
    , m_today(today)
    , m_masks(std::make_unique<std::array<DayMasks, 8>>())
{
    for (int weekday = 1; weekday <= 7; ++weekday) {
        DayMasks& masks = (*m_masks)[size_t(weekday)];
        for (const Lesson& lesson : m_school.lestijden.forWeekday(weekday)) {
            masks.lessons.append({minuteOf(lesson.from), minuteOf(lesson.to)});
            masks.lessonMinutes += lesson.minutes();
            masks.all |= MinuteSet::range(minuteOf(lesson.from), minuteOf(lesson.to));
        }
    }
}

TimeRangeConversion::~TimeRangeConversion() = default;

const TimeRangeConversion::DayMasks& TimeRangeConversion::masksOn(const QDate& day) const
{
    return (*m_masks)[size_t(day.dayOfWeek())];
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
        pieces.append({index, day, from, to});
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
    // Each span's code looked up once, not once per question about its pieces.
    QHash<int, const AbsenceCode*> codes;
    for (int i : indexes)
        codes.insert(i, m_school.codes.find(spans[i].code));
    const Codes kinds{[&](const Piece& piece) {
                          const AbsenceCode* code = codes.value(piece.span);
                          return code && code->authorised;
                      },
                      [&](const Piece& piece) {
                          const AbsenceCode* code = codes.value(piece.span);
                          return code && !code->authorised && code->kind == AbsenceKind::Afwezig;
                      }};

    QHash<QDate, QList<qsizetype>> days;
    for (qsizetype i = 0; i < pieces.size(); ++i)
        days[pieces[i].date].append(i);
    QList<Share> shares(pieces.size());
    for (auto it = days.begin(); it != days.end(); ++it) {
        if (it.value().size() == 1)
            shareAlone(pieces[it.value().first()], kinds, shares[it.value().first()]);
        else
            shareDay(spans, pieces, it.value(), kinds, shares, converted);
    }

    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (shares[i].minutes == 0)
            continue; // every minute belongs to another code, or to a break
        const AbsenceSpan& span = spans[pieces[i].span];
        converted.records.append({span.pgn, pieces[i].date, span.code, shares[i].minutes,
                                  shares[i].lesuren, shares[i].wholeDay, span.remark, true});
        converted.spanOfRecord.append(pieces[i].span);
    }
}

// The day of nearly every record: one span, so nothing to share and no sets needed. A lesson
// counts as a lesuur when the span holds at least half of it.
void TimeRangeConversion::shareAlone(const Piece& piece, const Codes& kinds, Share& share) const
{
    const DayMasks& day = masksOn(piece.date);
    for (const auto& [from, to] : day.lessons) {
        const int inside = std::max(0, std::min(to, piece.to) - std::max(from, piece.from));
        share.minutes += inside;
        if (2 * inside >= to - from)
            ++share.lesuren;
    }
    share.wholeDay = kinds.unauthorisedAbsent(piece) && share.minutes == day.lessonMinutes &&
                     day.lessonMinutes > 0;
}

// A day with several spans, minute by minute as the spec says: on shared minutes the geoorloofd
// code wins, then the earlier line; a whole day is the union of the not-geoorloofd afwezig
// spans covering every lesson.
void TimeRangeConversion::shareDay(const QList<AbsenceSpan>& spans, const QList<Piece>& pieces,
                                   QList<qsizetype> order, const Codes& kinds, QList<Share>& shares,
                                   ConvertedSpans& converted) const
{
    std::stable_partition(order.begin(), order.end(),
                          [&](qsizetype i) { return kinds.authorised(pieces[i]); });
    const DayMasks& day = masksOn(pieces[order.first()].date);
    QList<MinuteSet> own(order.size());
    MinuteSet taken;
    MinuteSet unauthorisedAbsence;
    for (qsizetype n = 0; n < order.size(); ++n) {
        const Piece& piece = pieces[order[n]];
        const MinuteSet minutes = MinuteSet::range(piece.from, piece.to) & day.all;
        for (qsizetype m = 0; m < n; ++m) {
            const Piece& earlier = pieces[order[m]];
            if (kinds.authorised(earlier) == kinds.authorised(piece) &&
                (MinuteSet::range(earlier.from, earlier.to) & minutes).any())
                converted.overlaps.append(
                    {spans[piece.span].line, spans[earlier.span].line, piece.date});
        }
        own[n] = minutes.without(taken);
        taken |= own[n];
        if (kinds.unauthorisedAbsent(piece))
            unauthorisedAbsence |= own[n];
    }
    const bool wholeDay = day.all.any() && !day.all.without(unauthorisedAbsence).any();
    for (qsizetype n = 0; n < order.size(); ++n) {
        Share& share = shares[order[n]];
        for (const auto& [from, to] : day.lessons) {
            const int inside = own[n].countIn(from, to);
            share.minutes += inside;
            if (2 * inside >= to - from)
                ++share.lesuren;
        }
        share.wholeDay = wholeDay && kinds.unauthorisedAbsent(pieces[order[n]]);
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
