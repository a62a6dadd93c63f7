// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCharts.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

QColor colourOf(AttendanceYear::DayMark mark)
{
    switch (mark) {
    case AttendanceYear::DayMark::NoLesdag:
        return QColor(0xe4, 0xe4, 0xe4);
    case AttendanceYear::DayMark::Present:
        return QColor(0xd8, 0xf0, 0xd8);
    case AttendanceYear::DayMark::Unauthorised:
        return QColor(0xc6, 0x28, 0x28);
    case AttendanceYear::DayMark::Late:
        return QColor(0xf2, 0x9b, 0x38);
    case AttendanceYear::DayMark::Authorised:
        return QColor(0x7a, 0xa6, 0xd6);
    case AttendanceYear::DayMark::Sick:
        return QColor(0xb3, 0x9d, 0xdb);
    case AttendanceYear::DayMark::NotYet:
        return QColor(0xfa, 0xfa, 0xfa);
    }
    return Qt::white;
}

} // namespace

YearCalendarWidget::YearCalendarWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"yearCalendar"_s);
    setMinimumSize(560, 260);
}

void YearCalendarWidget::setYear(const AttendanceYear& year)
{
    m_year = year;
    update();
}

void YearCalendarWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const int labelWidth = 70;
    const int legendHeight = 24;
    const qreal cellWidth = (width() - labelWidth - 8) / 31.0;
    const qreal cellHeight = (height() - legendHeight - 8) / 12.0;
    const QLocale locale;
    for (int month = 0; month < 12; ++month) {
        const QDate first = m_year.schoolYearStart.addMonths(month);
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(4, 4 + month * cellHeight, labelWidth - 8, cellHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, locale.toString(first, u"MMM yyyy"_s));
    }
    for (const AttendanceYear::Day& day : m_year.days) {
        const int month = int((day.date.year() - m_year.schoolYearStart.year()) * 12 +
                              day.date.month() - m_year.schoolYearStart.month());
        const QRectF cell(labelWidth + (day.date.day() - 1) * cellWidth, 4 + month * cellHeight,
                          cellWidth - 1, cellHeight - 1);
        painter.fillRect(cell, colourOf(day.mark));
    }
    const QList<std::pair<AttendanceYear::DayMark, QString>> legend{
        {AttendanceYear::DayMark::Present, tr("present")},
        {AttendanceYear::DayMark::Unauthorised, tr("unauthorised absent")},
        {AttendanceYear::DayMark::Late, tr("late")},
        {AttendanceYear::DayMark::Sick, tr("sick")},
        {AttendanceYear::DayMark::Authorised, tr("authorised")},
        {AttendanceYear::DayMark::NoLesdag, tr("no lesdag")},
        {AttendanceYear::DayMark::NotYet, tr("still to come")}};
    qreal x = labelWidth;
    const qreal y = height() - legendHeight + 6;
    for (const auto& [mark, label] : legend) {
        painter.fillRect(QRectF(x, y, 12, 12), colourOf(mark));
        painter.setPen(palette().text().color());
        const int textWidth = painter.fontMetrics().horizontalAdvance(label);
        painter.drawText(QPointF(x + 16, y + 11), label);
        x += 16 + textWidth + 18;
    }
}

WeeklyChartWidget::WeeklyChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"weeklyChart"_s);
    setMinimumSize(560, 180);
}

void WeeklyChartWidget::setYear(const AttendanceYear& year)
{
    m_year = year;
    update();
}

void WeeklyChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRectF plot(40, 10, width() - 50, height() - 40);
    double top = m_year.threshold * 1.5;
    for (const AttendanceYear::Week& w : m_year.weeks)
        top = std::max(top, w.fourWeekHours * 1.1);
    const auto yOf = [&](double hours) {
        return plot.bottom() - hours / top * plot.height();
    };
    const int count = std::max(1, int(m_year.weeks.size()));
    const qreal slot = plot.width() / count;

    painter.setPen(QPen(palette().mid().color(), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int i = 0; i < count && i < m_year.weeks.size(); ++i) {
        const AttendanceYear::Week& w = m_year.weeks[i];
        const qreal x = plot.left() + i * slot;
        // Light bar: the 4-lesweken window; dark bar: this lesweek alone.
        painter.fillRect(
            QRectF(x + 1, yOf(w.fourWeekHours), slot - 2, plot.bottom() - yOf(w.fourWeekHours)),
            w.fourWeekHours >= m_year.threshold ? QColor(0xef, 0x9a, 0x9a)
                                                : QColor(0xc5, 0xd8, 0xee));
        painter.fillRect(
            QRectF(x + slot * 0.25, yOf(w.hours), slot * 0.5, plot.bottom() - yOf(w.hours)),
            QColor(0x1f, 0x4e, 0x79));
        if (w.monday.day() <= 7) {
            painter.setPen(palette().text().color());
            painter.drawText(QPointF(x, plot.bottom() + 16),
                             QLocale().toString(w.monday, u"d MMM"_s));
        }
    }
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
    painter.drawLine(QPointF(plot.left(), yOf(m_year.threshold)),
                     QPointF(plot.right(), yOf(m_year.threshold)));
    painter.setPen(palette().text().color());
    painter.drawText(QPointF(4, yOf(m_year.threshold) + 4), QString::number(m_year.threshold));
    painter.drawText(QPointF(plot.left() + 4, plot.top() + 12),
                     m_year.inLesuren
                         ? tr("Lesuren per lesweek (dark) and over 4 lesweken (light); the "
                              "line is the 16 of the law")
                         : tr("Hours per lesweek (dark) and over 4 lesweken (light); the "
                              "line is the 16 of the law"));
}
