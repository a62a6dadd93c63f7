// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dates.h"

namespace {

std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QDate> makeDate(QStringView year, QStringView month, QStringView day)
{
    const auto y = digits(year);
    const auto m = digits(month);
    const auto d = digits(day);
    if (!y || !m || !d)
        return std::nullopt;
    const QDate date(*y, *m, *d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

namespace Dates {

std::optional<QDate> parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 10)
        return std::nullopt;
    if (text[4] == u'-' && text[7] == u'-')
        return makeDate(text.sliced(0, 4), text.sliced(5, 2), text.sliced(8, 2));
    if (text[2] == u'-' && text[5] == u'-')
        return makeDate(text.sliced(6, 4), text.sliced(3, 2), text.sliced(0, 2));
    return std::nullopt;
}

std::optional<QTime> parseTime(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 5 || text[2] != u':')
        return std::nullopt;
    const auto hour = digits(text.sliced(0, 2));
    const auto minute = digits(text.sliced(3, 2));
    if (!hour || !minute || *hour > 23 || *minute > 59)
        return std::nullopt;
    return QTime(*hour, *minute);
}

QString toIso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString toDutch(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QDate addWorkdays(QDate date, int workdays)
{
    while (workdays > 0) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            --workdays;
    }
    return date;
}

QDate schoolYearStart(const QDate& date)
{
    int year = 0, month = 0;
    date.getDate(&year, &month, nullptr); // one conversion from the julian day, not two
    return QDate(month >= 8 ? year : year - 1, 8, 1);
}

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace Dates
