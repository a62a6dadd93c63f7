// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "TimeRangeConversion.h"

#include <QCoreApplication>

// Magister's absence JSON as its API returns it per leerling (GET /api/personen/{id}/absenties:
// `{"Items": [...]}`, one item per lesson: Start, Lesuur, Code, Verantwoordingtype and the lesson
// itself in Afspraak). Magister names the leerling only in the URL, so the file carries the
// leerling's stamnummer beside the items: `{"Stamnummer": "100122", "Items": [...]}`, or an
// array of such objects (docs/exchange-format.md has the public sources and this envelope).
class MagisterAbsenceFile
{
    Q_DECLARE_TR_FUNCTIONS(MagisterAbsenceFile)

public:
    // The fields problems are reported under.
    static const QString kLeerling;
    static const QString kCode;
    static const QString kBegin;

    static bool looksLike(QStringView text);
    // One span per item, in the school's own time, leerlingen named by stamnummer (as
    // leerlingnummer) and codes as written; items that are not absence (boeken or huiswerk
    // vergeten) are left out. The code and the leerling are the caller's to check.
    static QList<AbsenceSpan> read(const QString& path, QStringView text, ImportIssues& issues);
};
