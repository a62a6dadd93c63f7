// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "TimeRangeConversion.h"

#include <QCoreApplication>

// Eduarte/KRD's absentiemeldingen file: no header, `;`, nine fields per line —
// deelnemernummer;begindatum;begintijd;einddatum;eindtijd;beginlesuur;eindlesuur;redencode;opmerking
// — dates YYYYMMDD, times HHmm. Read as Eduarte's own importer reads it: split on `;`, no
// quoting (docs/exchange-format.md has the public source).
class EduarteAbsenceFile
{
    Q_DECLARE_TR_FUNCTIONS(EduarteAbsenceFile)

public:
    // The field names problems are reported under, in file order.
    static const QStringList& fieldNames();
    static bool looksLike(QStringView firstLine);
    // The spans, leerlingen named by leerlingnummer and codes as written; every bad field is
    // reported with its line. The code and the leerling are the caller's to check.
    static QList<AbsenceSpan> read(const QString& path, QStringView text, ImportIssues& issues);
};
