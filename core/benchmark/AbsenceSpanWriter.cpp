// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceSpanWriter.h"

#include "util/CsvField.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace {

// The clock time `position` lesson minutes into the day. A position on a lesson's end is that
// lesson's end for a span ending there, and the next lesson's start for a span starting there.
QTime clockAt(const QList<Lesson>& lessons, int position, bool ending)
{
    for (const Lesson& lesson : lessons) {
        if (position < lesson.minutes() || (ending && position == lesson.minutes()))
            return lesson.from.addSecs(position * 60);
        position -= lesson.minutes();
    }
    return lessons.constLast().to;
}

QByteArray timeField(const QTime& time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s).toLatin1() : QByteArray();
}

} // namespace

AbsenceSpanWriter::AbsenceSpanWriter(const School& school)
    : m_school(school)
    , m_lesdagen(school)
{
}

QList<AbsenceSpan> AbsenceSpanWriter::spansOf(const QList<AbsenceRecord>& records) const
{
    QList<AbsenceSpan> spans;
    for (qsizetype first = 0; first < records.size();) {
        qsizetype end = first;
        while (end < records.size() && records[end].date == records[first].date)
            ++end;
        layOutDay(records.mid(first, end - first), spans);
        first = end;
    }
    return spans;
}

void AbsenceSpanWriter::layOutDay(const QList<AbsenceRecord>& day, QList<AbsenceSpan>& spans) const
{
    const QDate date = day.constFirst().date;
    const QList<Lesson>& lessons = m_school.lestijden.on(date);
    if (lessons.isEmpty())
        return;
    const int dayMinutes = m_school.lestijden.minutesOn(date);
    int position = 0;
    for (const AbsenceRecord& record : day) {
        AbsenceSpan span;
        span.pgn = record.pgn;
        span.fromDate = date;
        span.toDate = date;
        span.code = record.code;
        span.remark = record.remark;
        if (record.wholeDay && day.size() == 1) {
            // Empty times: the whole day. Yesterday's span of the same code grows by this day.
            AbsenceSpan* previous = spans.isEmpty() ? nullptr : &spans.last();
            if (previous && !previous->fromTime.isValid() && !previous->toTime.isValid() &&
                previous->code == record.code && previous->remark == record.remark &&
                m_lesdagen.nextLesdag(previous->toDate) == date) {
                previous->toDate = date;
                return;
            }
            spans.append(span);
            return;
        }
        const int until = std::min(position + record.minutes, dayMinutes);
        if (until <= position)
            continue;
        span.fromTime = clockAt(lessons, position, false);
        span.toTime = clockAt(lessons, until, true);
        spans.append(span);
        position = until;
    }
}

QByteArray AbsenceSpanWriter::header()
{
    return "pgn;van_datum;van_tijd;tot_datum;tot_tijd;code;opmerking\n";
}

QByteArray AbsenceSpanWriter::line(const AbsenceSpan& span)
{
    return span.pgn.toLatin1() + ';' + Dates::toIso(span.fromDate).toLatin1() + ';' +
           timeField(span.fromTime) + ';' + Dates::toIso(span.toDate).toLatin1() + ';' +
           timeField(span.toTime) + ';' + Csv::field(span.code).toUtf8() + ';' +
           Csv::field(span.remark).toUtf8() + '\n';
}
