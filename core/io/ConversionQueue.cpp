// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversionQueue.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {

// Enough to keep the pool busy between two lines that end a leerling's spans.
constexpr size_t kMostUnderWay = 64;

} // namespace

ConversionQueue::ConversionQueue(const School& school, const QDate& today)
    : m_school(school)
    , m_today(today)
{
}

ConversionQueue::~ConversionQueue()
{
    for (Pending& pending : m_pending)
        pending.converted.waitForFinished(); // they read the school
}

void ConversionQueue::start(QList<AbsenceSpan> spans)
{
    // Each conversion has its own TimeRangeConversion: it keeps the day's lessons per weekday
    // as it goes, which two threads must not share.
    QFuture<ConvertedSpans> converted =
        QtConcurrent::run([&school = m_school, today = m_today, spans] {
            return TimeRangeConversion(school, today).convert(spans);
        });
    m_pending.push_back({std::move(spans), std::move(converted)});
}

void ConversionQueue::takeFinished(const Take& take)
{
    while (!m_pending.empty() &&
           (m_pending.front().converted.isFinished() || m_pending.size() > kMostUnderWay))
        takeFront(take);
}

void ConversionQueue::takeAll(const Take& take)
{
    while (!m_pending.empty())
        takeFront(take);
}

void ConversionQueue::takeFront(const Take& take)
{
    Pending front = std::move(m_pending.front());
    m_pending.pop_front();
    take(front.spans, front.converted.takeResult());
}
