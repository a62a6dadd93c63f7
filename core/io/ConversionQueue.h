// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeRangeConversion.h"

#include <QFuture>

#include <deque>
#include <functional>

// Converts leerlingen's spans on the thread pool while the caller reads the file on, and hands
// back what each became in the order they were started. A school's time ranges took a sixth of
// their import to convert on the one core that also read them (perf, 2026-12-08).
class ConversionQueue
{
public:
    using Take = std::function<void(const QList<AbsenceSpan>& spans, ConvertedSpans converted)>;

    // `school` must outlive the queue.
    ConversionQueue(const School& school, const QDate& today);
    ~ConversionQueue(); // waits for the conversions under way
    ConversionQueue(const ConversionQueue&) = delete;
    ConversionQueue& operator=(const ConversionQueue&) = delete;

    void start(QList<AbsenceSpan> spans);
    // The conversions finished at the front of the queue; waits for the front one only when
    // many are under way, so that a fast reader holds no more than those in memory.
    void takeFinished(const Take& take);
    // Every conversion, waiting for those under way.
    void takeAll(const Take& take);

private:
    struct Pending
    {
        QList<AbsenceSpan> spans;
        QFuture<ConvertedSpans> converted;
    };
    void takeFront(const Take& take);

    const School& m_school;
    QDate m_today;
    std::deque<Pending> m_pending;
};
