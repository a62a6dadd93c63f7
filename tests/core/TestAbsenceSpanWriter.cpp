// SPDX-License-Identifier: GPL-3.0-or-later
//
// The benchmark's day records → absentiemeldingen, and back through the conversion to the same
// minutes. The school has four lessons a day: 1 08:30–09:20, 2 09:20–10:10, a break, 3
// 10:30–11:20, 4 11:20–12:10 (200 minutes). Fri 16 January 2026 is day 0.
#include "benchmark/AbsenceSpanWriter.h"

#include "FourLessonSchool.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<AbsenceRecord>;

class TestAbsenceSpanWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

namespace {

const QDate kFriday(2026, 1, 16);

AbsenceRecord record(int day, const char* code, int minutes, bool wholeDay = false)
{
    return {
        u"300000017"_s, kFriday.addDays(day), QString::fromLatin1(code), minutes, 0, wholeDay, {}};
}

QString minutesText(const Records& records)
{
    QStringList days;
    for (const AbsenceRecord& r : records)
        days.append(u"%1 %2 %3"_s.arg(r.date.toString(Qt::ISODate), r.code).arg(r.minutes));
    return days.join(u", "_s);
}

} // namespace

void TestAbsenceSpanWriter::roundTrip_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<QByteArray>("lines");      // what the writer gives, after the header
    QTest::addColumn<QString>("convertedBack"); // date code minutes, per record

    QTest::newRow("whole_days_over_a_weekend_are_one_span")
        << Records{record(0, "Z", 200, true), record(3, "Z", 200, true)}
        << QByteArray("300000017;2026-01-16;;2026-01-19;;Z;\n")
        << u"2026-01-16 Z 200, 2026-01-19 Z 200"_s;
    QTest::newRow("whole_days_with_a_lesdag_between_stay_apart")
        << Records{record(0, "Z", 200, true), record(4, "Z", 200, true)}
        << QByteArray("300000017;2026-01-16;;2026-01-16;;Z;\n"
                      "300000017;2026-01-20;;2026-01-20;;Z;\n")
        << u"2026-01-16 Z 200, 2026-01-20 Z 200"_s;
    QTest::newRow("late_then_absent_laid_one_after_the_other")
        << Records{record(0, "L", 17), record(0, "O", 50)}
        << QByteArray("300000017;2026-01-16;08:30;2026-01-16;08:47;L;\n"
                      "300000017;2026-01-16;08:47;2026-01-16;09:37;O;\n")
        << u"2026-01-16 L 17, 2026-01-16 O 50"_s;
    QTest::newRow("a_span_ending_on_a_lesson_end_skips_the_break")
        << Records{record(0, "O", 100), record(0, "V", 50)}
        << QByteArray("300000017;2026-01-16;08:30;2026-01-16;10:10;O;\n"
                      "300000017;2026-01-16;10:30;2026-01-16;11:20;V;\n")
        << u"2026-01-16 O 100, 2026-01-16 V 50"_s;
    QTest::newRow("more_than_the_day_is_cut_at_its_end")
        << Records{record(0, "O", 150), record(0, "O", 100)}
        << QByteArray("300000017;2026-01-16;08:30;2026-01-16;11:20;O;\n"
                      "300000017;2026-01-16;11:20;2026-01-16;12:10;O;\n")
        << u"2026-01-16 O 150, 2026-01-16 O 50"_s;
}

void TestAbsenceSpanWriter::roundTrip()
{
    QFETCH(Records, records);
    QFETCH(QByteArray, lines);
    QFETCH(QString, convertedBack);
    const School s = fourLessonSchool();
    const QList<AbsenceSpan> spans = AbsenceSpanWriter(s).spansOf(records);
    QByteArray written;
    for (const AbsenceSpan& span : spans)
        written += AbsenceSpanWriter::line(span);
    QCOMPARE(written, lines);

    const ConvertedSpans converted = TimeRangeConversion(s, kFriday.addDays(7)).convert(spans);
    QVERIFY(converted.overlaps.isEmpty());
    QCOMPARE(minutesText(converted.records), convertedBack);
}

QTEST_GUILESS_MAIN(TestAbsenceSpanWriter)
#include "TestAbsenceSpanWriter.moc"
