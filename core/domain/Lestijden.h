// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>

#include <array>
#include <optional>

// One lesson of a lesdag in the bell schedule.
struct Lesson
{
    int number = 0; // lesuur
    QTime from;
    QTime to;

    int minutes() const { return int(from.secsTo(to) / 60); }

    friend bool operator==(const Lesson&, const Lesson&) = default;
};

// Why a day's lessons cannot be lestijden, and at which lesson.
struct LessonProblem
{
    qsizetype index = 0;
    QString field; // of the lesson: "lesuur", "tot", or empty for the lesson as a whole
    QString reason;
};

struct AbsenceRecord;
enum class Sector;

// The school's lestijden (uitwisselformaat.md): the lessons of a standard lesdag, optionally
// replaced for a weekday. A break is the gap between two lessons. Turns clock times into lesson
// minutes and lesuren, and tells a whole day's absence (verzuimregels.md §4.2).
class Lestijden
{
    Q_DECLARE_TR_FUNCTIONS(Lestijden)

public:
    static constexpr int kHighestLesuur = 20;

    // The first lesson that is not a lesuur from 1 to kHighestLesuur, ends before it starts, or
    // starts before the one before it ends: the lessons of a day come in order, without overlap.
    static std::optional<LessonProblem> check(const QList<Lesson>& lessons);

    bool isEmpty() const;

    const QList<Lesson>& standard() const { return m_standard; }
    void setStandard(QList<Lesson> lessons) { m_standard = std::move(lessons); }
    // Monday = 1 … Friday = 5; empty: the standard lessons.
    const QList<Lesson>& forWeekday(int weekday) const;
    const QList<Lesson>& ownLessons(int weekday) const { return m_weekdays[size_t(weekday - 1)]; }
    void setWeekday(int weekday, QList<Lesson> lessons);

    // The lessons on that day (its weekday's, else the standard ones).
    const QList<Lesson>& on(const QDate& day) const;
    int minutesOn(const QDate& day) const;

    // Whether the record's minutes (vo: lesuren) cover every lesson of its day. False without
    // lessons for that day: nothing can be judged.
    bool coversWholeDay(const AbsenceRecord& record, Sector sector) const;

    friend bool operator==(const Lestijden&, const Lestijden&) = default;

private:
    QList<Lesson> m_standard;
    std::array<QList<Lesson>, 5> m_weekdays;
};
