// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calendar/LesdagRule.h"
#include "domain/AbsenceRecord.h"
#include "domain/School.h"
#include "io/TimeRangeConversion.h"

#include <QByteArray>
#include <QList>

// Writes a leerling's day records as the absentiemeldingen a package would export for them, so
// that the benchmark can import the same absence as time ranges: a day's records laid one after
// another over its lessons from the first (breaks skipped), whole days of one code on
// consecutive lesdagen joined into one span over several days. Converting the spans back through
// the same lestijden gives the same minutes per day (a record never ends inside a break).
class AbsenceSpanWriter
{
public:
    // `school` must have lestijden.
    explicit AbsenceSpanWriter(const School& school);

    // `records`: one leerling's, in date order.
    QList<AbsenceSpan> spansOf(const QList<AbsenceRecord>& records) const;

    static QByteArray header();
    static QByteArray line(const AbsenceSpan& span);

private:
    void layOutDay(const QList<AbsenceRecord>& day, QList<AbsenceSpan>& spans) const;

    const School& m_school;
    LesdagRule m_lesdagen;
};
