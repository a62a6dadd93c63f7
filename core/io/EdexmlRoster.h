// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "domain/Leerling.h"

#include <QCoreApplication>

// One leerling of an EDEXML roster, as leerlingen.csv would hold it.
struct RosterLeerling
{
    int line = 0; // of its <leerling> element
    Leerling leerling;
    DateRange inschrijving;
};

// EDEXML 2.1, the roster ParnasSys, ESIS and other packages export (uitwisselformaat.md, "The
// packages' own files"): <EDEX> (or UWLR's <leerlinggegevens>) with <school>, <groepen> and
// <leerlingen>, elements matched by their local name. A leerling's bsn or onderwijsnummer is its
// pgn, its key the leerlingnummer, its <groep> the klas; the inschrijving runs from its
// instroomdatum (else the start of the roster's schooljaar) to its uitstroomdatum. EDEXML holds
// no address but the postcode, and no parents (contacten.csv). docs/exchange-format.md has the
// sources.
class EdexmlRoster
{
    Q_DECLARE_TR_FUNCTIONS(EdexmlRoster)

public:
    static bool looksLike(const QByteArray& data);
    // Every bad field is reported under its element name at the line of its leerling; the pgn's
    // own check and the checks across leerlingen are the caller's.
    static QList<RosterLeerling> read(const QString& path, const QByteArray& data,
                                      ImportIssues& issues);
};
