// SPDX-License-Identifier: GPL-3.0-or-later
//
// Leerlingen's spans converted on the thread pool come back in the order they were started, each
// as converting it on this thread gives it, however many are under way and whenever they are
// taken.
#include "io/ConversionQueue.h"

#include "FourLessonSchool.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestConversionQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLeerlingComesBackInOrder_data();
    void everyLeerlingComesBackInOrder();
};

namespace {

const QDate kMonday(2026, 1, 12);

// Leerling `n`'s spans: a few days of lessons, one without an end, so that conversions take
// different times.
QList<AbsenceSpan> spansOf(int n)
{
    QList<AbsenceSpan> spans;
    for (int k = 0; k <= n % 4; ++k) {
        AbsenceSpan span;
        span.line = n * 10 + k + 2;
        span.pgn = u"3%1"_s.arg(n, 8, 10, QChar(u'0'));
        span.fromDate = kMonday.addDays(k * 2);
        span.fromTime = QTime(8, 30).addSecs(60 * 10 * (n % 7));
        span.toDate = k == 3 ? QDate() : span.fromDate.addDays(n % 3);
        span.toTime = QTime(11, 20);
        span.code = k % 2 == 0 ? u"O"_s : u"Z"_s;
        spans.append(span);
    }
    return spans;
}

} // namespace

void TestConversionQueue::everyLeerlingComesBackInOrder_data()
{
    QTest::addColumn<int>("leerlingen");
    QTest::addColumn<bool>("takenAfterEachStart");

    QTest::newRow("one_leerling") << 1 << true;
    QTest::newRow("a_few_taken_as_they_finish") << 10 << true;
    QTest::newRow("more_than_are_under_way_at_once") << 500 << true;
    QTest::newRow("all_taken_at_the_end") << 500 << false;
}

void TestConversionQueue::everyLeerlingComesBackInOrder()
{
    QFETCH(int, leerlingen);
    QFETCH(bool, takenAfterEachStart);

    const School school = fourLessonSchool();
    const QDate today = kMonday.addDays(9);
    int taken = 0;
    const ConversionQueue::Take take = [&](const QList<AbsenceSpan>& spans,
                                           ConvertedSpans converted) {
        const ConvertedSpans expected = TimeRangeConversion(school, today).convert(spansOf(taken));
        QVERIFY(!expected.records.isEmpty());
        QCOMPARE(spans.first().pgn, spansOf(taken).first().pgn);
        QCOMPARE(converted.records, expected.records);
        QCOMPARE(converted.spanOfRecord, expected.spanOfRecord);
        ++taken;
    };
    {
        ConversionQueue queue(school, today);
        for (int n = 0; n < leerlingen; ++n) {
            queue.start(spansOf(n));
            if (takenAfterEachStart)
                queue.takeFinished(take);
        }
        queue.takeAll(take);
    }
    QCOMPARE(taken, leerlingen);
}

QTEST_GUILESS_MAIN(TestConversionQueue)
#include "TestConversionQueue.moc"
