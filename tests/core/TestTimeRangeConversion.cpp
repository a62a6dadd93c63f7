// SPDX-License-Identifier: GPL-3.0-or-later
//
// absentiemeldingen → day records, by the spec's conversion (uitwisselformaat.md). The school has
// four lessons a day: 1 08:30–09:20, 2 09:20–10:10, a break, 3 10:30–11:20, 4 11:20–12:10 (200
// minutes). Mon 12 January 2026 is the first day; "today" is Wed 14 January.
#include "io/TimeRangeConversion.h"

#include "FourLessonSchool.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Spans = QList<AbsenceSpan>;

class TestTimeRangeConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data();
    void convert();
};

namespace {

const QDate kMonday(2026, 1, 12);

// A span from day `from` (0 = Monday 12 January) at `fromTime` to day `to` (-1: no end) at
// `toTime`; empty times: the first or last lesson.
AbsenceSpan span(int from, const char* fromTime, int to, const char* toTime, const char* code)
{
    AbsenceSpan s;
    s.pgn = u"300000017"_s;
    s.fromDate = kMonday.addDays(from);
    s.fromTime = QTime::fromString(QString::fromLatin1(fromTime), u"HH:mm"_s);
    s.toDate = to < 0 ? QDate() : kMonday.addDays(to);
    s.toTime = QTime::fromString(QString::fromLatin1(toTime), u"HH:mm"_s);
    s.code = QString::fromLatin1(code);
    return s;
}

AbsenceSpan lesuren(int fromLesuur, int toLesuur, const char* code)
{
    AbsenceSpan s = span(0, "", 0, "", code);
    s.fromLesuur = fromLesuur;
    s.toLesuur = toLesuur;
    return s;
}

} // namespace

void TestTimeRangeConversion::convert_data()
{
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<QStringList>("records");  // date code minuten lesuren hele_dag
    QTest::addColumn<QStringList>("overlaps"); // line, earlier line, date

    QTest::newRow("two_lessons_in_the_morning")
        << Spans{span(0, "08:30", 0, "10:10", "O")} << QStringList{u"2026-01-12 O 100 2 0"_s}
        << QStringList{};
    QTest::newRow("across_the_break_half_lessons_count")
        << Spans{span(0, "09:45", 0, "10:55", "O")} << QStringList{u"2026-01-12 O 50 2 0"_s}
        << QStringList{};
    QTest::newRow("less_than_half_a_lesson_is_no_lesuur")
        << Spans{span(0, "08:30", 0, "08:50", "O")} << QStringList{u"2026-01-12 O 20 0 0"_s}
        << QStringList{};
    QTest::newRow("no_times_is_the_whole_day")
        << Spans{span(0, "", 0, "", "O")} << QStringList{u"2026-01-12 O 200 4 1"_s}
        << QStringList{};
    QTest::newRow("monday_to_thursday")
        << Spans{span(0, "10:30", 3, "09:20", "O")}
        << QStringList{u"2026-01-12 O 100 2 0"_s, u"2026-01-13 O 200 4 1"_s,
                       u"2026-01-14 O 200 4 1"_s, u"2026-01-15 O 50 1 0"_s}
        << QStringList{};
    QTest::newRow("without_end_up_to_today")
        << Spans{span(0, "", -1, "", "O")}
        << QStringList{u"2026-01-12 O 200 4 1"_s, u"2026-01-13 O 200 4 1"_s,
                       u"2026-01-14 O 200 4 1"_s}
        << QStringList{};
    QTest::newRow("weekend_skipped")
        << Spans{span(4, "", 7, "", "O")}
        << QStringList{u"2026-01-16 O 200 4 1"_s, u"2026-01-19 O 200 4 1"_s} << QStringList{};
    QTest::newRow("starting_on_saturday_starts_with_mondays_first_lesson")
        << Spans{span(5, "10:00", 7, "", "O")} << QStringList{u"2026-01-19 O 200 4 1"_s}
        << QStringList{};
    QTest::newRow("lesuur_numbers_where_no_time")
        << Spans{lesuren(2, 3, "O")} << QStringList{u"2026-01-12 O 100 2 0"_s} << QStringList{};
    QTest::newRow("te_laat_on_its_first_lesdag_only")
        << Spans{span(0, "08:30", 1, "08:45", "L")} << QStringList{u"2026-01-12 L 200 4 0"_s}
        << QStringList{};
    QTest::newRow("a_break_only_is_nothing")
        << Spans{span(0, "10:10", 0, "10:30", "O")} << QStringList{} << QStringList{};
    QTest::newRow("geoorloofd_wins_on_shared_minutes")
        << Spans{span(0, "", 0, "", "O"), span(0, "08:30", 0, "10:10", "Z")}
        << QStringList{u"2026-01-12 O 100 2 0"_s, u"2026-01-12 Z 100 2 0"_s} << QStringList{};
    QTest::newRow("morning_and_afternoon_make_a_whole_day")
        << Spans{span(0, "08:30", 0, "10:10", "O"), span(0, "10:30", 0, "12:10", "O")}
        << QStringList{u"2026-01-12 O 100 2 1"_s, u"2026-01-12 O 100 2 1"_s} << QStringList{};
    // Lesson 3 (10:30–11:20) and the Z inside it both cross a 64-minute word of the day's set.
    QTest::newRow("shared_minutes_inside_one_lesson")
        << Spans{span(0, "10:30", 0, "11:20", "O"), span(0, "10:35", 0, "10:50", "Z")}
        << QStringList{u"2026-01-12 O 35 1 0"_s, u"2026-01-12 Z 15 0 0"_s} << QStringList{};
    QTest::newRow("two_unexplained_the_earlier_line_wins")
        << Spans{span(0, "08:30", 0, "10:10", "O"), span(0, "09:20", 0, "11:20", "O")}
        << QStringList{u"2026-01-12 O 100 2 0"_s, u"2026-01-12 O 50 1 0"_s}
        << QStringList{u"3 2 2026-01-12"_s};
}

void TestTimeRangeConversion::convert()
{
    QFETCH(Spans, spans);
    QFETCH(QStringList, records);
    QFETCH(QStringList, overlaps);
    for (qsizetype i = 0; i < spans.size(); ++i)
        spans[i].line = int(i) + 2; // after the header
    const School s = fourLessonSchool();
    const ConvertedSpans converted = TimeRangeConversion(s, kMonday.addDays(2)).convert(spans);
    QStringList actual;
    for (const AbsenceRecord& r : converted.records) {
        QVERIFY(r.wholeDayGiven);
        actual.append(u"%1 %2 %3 %4 %5"_s.arg(r.date.toString(Qt::ISODate), r.code)
                          .arg(r.minutes)
                          .arg(r.lesuren)
                          .arg(int(r.wholeDay)));
    }
    QCOMPARE(actual, records);
    // Each record names the span it came from (the import's preview shows them side by side).
    QCOMPARE(converted.spanOfRecord.size(), converted.records.size());
    for (qsizetype r = 0; r < converted.records.size(); ++r)
        QCOMPARE(spans[converted.spanOfRecord[r]].code, converted.records[r].code);
    QStringList actualOverlaps;
    for (const SpanOverlap& o : converted.overlaps)
        actualOverlaps.append(
            u"%1 %2 %3"_s.arg(o.line).arg(o.earlierLine).arg(o.date.toString(Qt::ISODate)));
    QCOMPARE(actualOverlaps, overlaps);
}

QTEST_GUILESS_MAIN(TestTimeRangeConversion)
#include "TestTimeRangeConversion.moc"
