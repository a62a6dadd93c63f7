// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/LesdagRule.h"
#include "domain/AbsenceRecord.h"
#include "domain/School.h"

#include <QCoreApplication>
#include <QTime>

#include <array>
#include <functional>
#include <memory>
#include <optional>

// One absentiemelding: a reason code over a span of time, often over several days, often without
// an end (uitwisselformaat.md, absentiemeldingen.csv).
struct AbsenceSpan
{
    int line = 0; // in its file, for warnings
    QString pgn;
    QString leerlingnummer; // where the file names the leerling by the school's number
    QDate fromDate;
    QTime fromTime;                // invalid: from the first lesson (or fromLesuur)
    std::optional<int> fromLesuur; // used where fromTime is invalid
    QDate toDate;                  // invalid: still going on, up to the import's day
    QTime toTime;
    std::optional<int> toLesuur;
    QString code;
    QString remark;
};

// Two spans of one leerling sharing lesson minutes of a day, both (not) geoorloofd: the earlier
// line keeps the shared minutes.
struct SpanOverlap
{
    int line = 0;
    int earlierLine = 0;
    QDate date;
};

// The day records of some spans, each with the span it came from.
struct ConvertedSpans
{
    QList<AbsenceRecord> records; // per leerling (first seen first), in the order of the spans
    QList<int> spanOfRecord;      // per record, the index of its span
    QList<SpanOverlap> overlaps;  // to warn about
};

// Turns absentiemeldingen into the day records of absenties.csv through the school's lestijden,
// exactly as the spec's conversion says: per lesdag the minutes of its lessons inside the span
// (breaks never count), lesuren for lessons at least half covered, hele_dag where the day's
// not-geoorloofd afwezig spans cover every lesson; te laat on its first lesdag only; on shared
// minutes the geoorloofd code wins.
class TimeRangeConversion
{
public:
    // `today`: where a span without tot_datum ends.
    TimeRangeConversion(const School& school, const QDate& today);
    ~TimeRangeConversion();

    ConvertedSpans convert(const QList<AbsenceSpan>& spans) const;
    // One record per leerling, day and code, in the order first seen: minutes and lesuren
    // added up, the first remark kept. For files that register each lesson apart.
    static QList<AbsenceRecord> joinedPerDayAndCode(const QList<AbsenceRecord>& records);

private:
    struct Piece;
    struct DayMasks;
    struct Share;
    // What a piece's code is, as the sharing of a day asks it.
    struct Codes
    {
        std::function<bool(const Piece&)> authorised;
        std::function<bool(const Piece&)> unauthorisedAbsent;
    };
    // The lessons of a day of that date's weekday, worked out once per weekday.
    const DayMasks& masksOn(const QDate& day) const;
    QList<Piece> piecesOf(const AbsenceSpan& span, int index) const;
    void convertLeerling(const QList<AbsenceSpan>& spans, const QList<int>& indexes,
                         ConvertedSpans& converted) const;
    void shareAlone(const Piece& piece, const Codes& kinds, Share& share) const;
    void shareDay(const QList<AbsenceSpan>& spans, const QList<Piece>& pieces,
                  QList<qsizetype> order, const Codes& kinds, QList<Share>& shares,
                  ConvertedSpans& converted) const;

    const School& m_school;
    LesdagRule m_lesdagen;
    QDate m_today;
    std::unique_ptr<std::array<DayMasks, 8>> m_masks; // by QDate::dayOfWeek()
};
