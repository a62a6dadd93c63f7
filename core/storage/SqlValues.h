// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Dates.h"

#include <QVariant>

// Dates are stored as TEXT YYYY-MM-DD in both dialects; an invalid date is NULL.
namespace SqlValues {

inline QVariant date(const QDate& date)
{
    return date.isValid() ? QVariant(Dates::toIso(date)) : QVariant();
}

inline QDate date(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace SqlValues
