// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AttendanceYear.h"

#include <QWidget>

// A schooljaar at a glance: one row per month, one cell per day, coloured by what was recorded.
class YearCalendarWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit YearCalendarWidget(QWidget* parent = nullptr);
    void setYear(const AttendanceYear& year);
    QSize sizeHint() const override { return {760, 300}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    AttendanceYear m_year;
};

// Counted verzuim per lesweek, with the 4-lesweken sum the law looks at and the 16-hour line.
class WeeklyChartWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyChartWidget(QWidget* parent = nullptr);
    void setYear(const AttendanceYear& year);
    QSize sizeHint() const override { return {760, 220}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    AttendanceYear m_year;
};
