// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "exports/ExportFile.h"
#include "exports/Verzuimstaat.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Progress.h"

#include <QCoreApplication>

class VerzuimstaatPages;

// Verzuimstaten from the database: one leerling's, a batch into one PDF or a PDF each, and the
// one attached to a melding.
class VerzuimstaatService
{
    Q_DECLARE_TR_FUNCTIONS(VerzuimstaatService)

public:
    struct Period
    {
        QDate from;
        QDate to;
        bool includeAuthorised = false; // only when the user explicitly asks
    };

    VerzuimstaatService(Database& database, const Clock& clock, QString user);

    Result<Verzuimstaat> build(const QString& pgn, const Period& period) const;
    // Lays the statements of all leerlingen out on `pages`, in the order given (a PDF, or the
    // printer of the GUI's preview). A stop through `progress` ends with an error.
    Status draw(const QStringList& pgns, const Period& period, VerzuimstaatPages& pages,
                const ProgressCallback& progress = {}) const;
    // The statement as a PDF file's content.
    Result<QByteArray> pdf(const QString& pgn, const Period& period) const;
    // The statements of all leerlingen, in the order given, in one PDF. A stop leaves no file.
    Status writeOne(const QStringList& pgns, const Period& period, const QString& path,
                    Overwrite overwrite, const ProgressCallback& progress = {}) const;
    // A PDF per leerling in `folder`; returns the paths written.
    Result<QStringList> writeEach(const QStringList& pgns, const Period& period,
                                  const QString& folder, Overwrite overwrite,
                                  const ProgressCallback& progress = {}) const;
    // Makes the statement for the melding's leerling, stores it with the melding and marks the
    // melding "verzuimstaat bijgevoegd", in one transaction.
    Result<Melding> attach(qint64 meldingId, const Period& period);
    // The period a melding's statement covers by default: its begindatum (or first verzuimdag)
    // back to four weeks before it, up to its einddatum or today.
    Period defaultPeriodFor(const Melding& melding) const;
    // A leerling's statement by default: the schooljaar so far.
    Period schoolYearSoFar() const;

private:
    Status checkPeriod(const Period& period) const;
    // One audit entry per leerling whose statement left the program (a file written).
    Status recordExport(const QStringList& pgns, const Period& period, const QString& path) const;
    // Read once per batch, not per leerling.
    Result<School> loadSchool() const;
    Result<Verzuimstaat> build(const School& school, const QString& pgn,
                               const Period& period) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
