// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

// The only way code reads "now": production uses SystemClock, tests a FixedClock,
// so every date rule is tested on fixed dates.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// The programs' clock: the system's, unless VERZUIMDESK_VANDAAG=YYYY-MM-DD fixes "today" (to
// reconstruct a past day, and for the acceptance tests of deadlines).
std::unique_ptr<Clock> clockFromEnvironment();

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    explicit FixedClock(QDate today)
        : m_now(today.startOfDay().addSecs(9 * 3600))
    {
    }

    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

// Who is working: the operating-system account until users arrive with team mode.
QString currentUserName();
