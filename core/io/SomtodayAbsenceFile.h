// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "TimeRangeConversion.h"

#include <QCoreApplication>

// Somtoday's absence as its REST API returns it (uitwisselformaat.md): `{"items": [...]}`, or a
// bare array, of participatie.RAbsentieMelding — leerling.leerlingnummer,
// absentieReden.afkorting, beginDatumTijd and eindDatumTijd (ISO 8601 with offset; no eind while
// it goes on), beginLesuur, eindLesuur, opmerkingen — and of participatie.RWaarneming, of which
// only waarnemingSoort Afwezig is absence. docs/exchange-format.md has the public sources.
class SomtodayAbsenceFile
{
    Q_DECLARE_TR_FUNCTIONS(SomtodayAbsenceFile)

public:
    // The fields problems are reported under.
    static const QString kLeerling;
    static const QString kCode;
    static const QString kBegin;

    static bool looksLike(QStringView text);
    // The spans in the school's own time (Europe/Amsterdam), leerlingen named by leerlingnummer
    // and codes as written; every bad field is reported with the line its item starts on. The
    // code and the leerling are the caller's to check.
    static QList<AbsenceSpan> read(const QString& path, QStringView text, ImportIssues& issues);
};
