// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "ImportBatch.h"

#include <QCoreApplication>

// Reads the files of the exchange format (uitwisselformaat) into one batch and checks it
// against itself and what is already stored. Nothing here writes; the caller stores the batch
// only when no error was reported, so an import is all or nothing.
class ExchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeImporter)

public:
    explicit ExchangeImporter(const ExistingData& existing)
        : m_existing(existing)
    {
    }

    ImportBatch prepare(const ImportFiles& files, ImportIssues& issues);

private:
    std::optional<CsvTable> load(const QString& path, const QList<ColumnSpec>& columns,
                                 const ColumnMapping& mapping, ImportIssues& issues) const;
    void readLeerlingen(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readContacts(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readVrijstellingen(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readAbsences(const QString& path, ImportBatch& batch, ImportIssues& issues);
    // absentiemeldingen.csv: spans of time, turned into day records through the lestijden.
    static bool isAbsenceSpanFile(const QByteArray& data);
    void readAbsenceSpans(const QString& path, const QByteArray& data, const School& school,
                          ImportBatch& batch, ImportIssues& issues);
    // A PGN that is valid and belongs to a leerling in this import or the database.
    bool checkKnown(const RowReader& row, const QString& pgn) const;

    const ExistingData& m_existing;
    QHash<CsvFileKind, ColumnMapping> m_mappings;
    QHash<QString, QList<DateRange>> m_inschrijvingen; // existing plus this import
    QHash<QString, QList<DateRange>> m_vrijstellingen;
};
