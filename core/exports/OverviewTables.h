// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"
#include "domain/AbsenceRecord.h"
#include "domain/Leerling.h"
#include "domain/Melding.h"
#include "domain/School.h"
#include "domain/Signal.h"

#include <QCoreApplication>
#include <QHash>

// The overviews coordinators take to Excel, as tables with Dutch headers (translated).
class OverviewTables
{
    Q_DECLARE_TR_FUNCTIONS(OverviewTables)

public:
    static ExportTable meldingen(const QList<Melding>& meldingen);
    static ExportTable signalen(const QList<TrackedSignal>& signals,
                                const QHash<QString, Leerling>& leerlingen, const QDate& today);
    // Every record of one leerling, geoorloofd included: this export is for the school itself.
    static ExportTable attendance(const Leerling& leerling, const QList<AbsenceRecord>& records,
                                  const CodeTable& codes);
};
