// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lestijden.h"

#include "AbsenceRecord.h"
#include "School.h"

std::optional<LessonProblem> Lestijden::check(const QList<Lesson>& lessons)
{
    for (qsizetype i = 0; i < lessons.size(); ++i) {
        const Lesson& lesson = lessons[i];
        if (lesson.number < 1 || lesson.number > kHighestLesuur)
            return LessonProblem{i, QStringLiteral("lesuur"),
                                 tr("expected a lesuur number from 1 to %1").arg(kHighestLesuur)};
        if (lesson.to <= lesson.from)
            return LessonProblem{i, QStringLiteral("tot"), tr("the lesson ends before it starts")};
        if (i > 0 && (lesson.from < lessons[i - 1].to || lesson.number <= lessons[i - 1].number))
            return LessonProblem{i, QString(),
                                 tr("lesson %1 starts before lesson %2 ends: give the lessons in "
                                    "order, without overlap")
                                     .arg(lesson.number)
                                     .arg(lessons[i - 1].number)};
    }
    return std::nullopt;
}

bool Lestijden::isEmpty() const
{
    return m_standard.isEmpty() && std::all_of(m_weekdays.begin(), m_weekdays.end(),
                                               [](const auto& l) { return l.isEmpty(); });
}

const QList<Lesson>& Lestijden::forWeekday(int weekday) const
{
    if (weekday >= 1 && weekday <= 5 && !m_weekdays[size_t(weekday - 1)].isEmpty())
        return m_weekdays[size_t(weekday - 1)];
    return m_standard;
}

void Lestijden::setWeekday(int weekday, QList<Lesson> lessons)
{
    m_weekdays[size_t(weekday - 1)] = std::move(lessons);
}

const QList<Lesson>& Lestijden::on(const QDate& day) const
{
    return forWeekday(day.dayOfWeek());
}

int Lestijden::minutesOn(const QDate& day) const
{
    int minutes = 0;
    for (const Lesson& lesson : on(day))
        minutes += lesson.minutes();
    return minutes;
}

bool Lestijden::coversWholeDay(const AbsenceRecord& record, Sector sector) const
{
    const QList<Lesson>& lessons = on(record.date);
    if (lessons.isEmpty())
        return false;
    if (sector == Sector::Vo)
        return record.lesuren >= lessons.size();
    return record.minutes >= minutesOn(record.date);
}
