// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AbsenceFormat.h"
#include "CsvTable.h"
#include "ImportBatch.h"
#include "TimeRangeConversion.h"

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
    // school.json, or Somtoday's vakanties into the stored school.
    void readSchool(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readLeerlingen(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readLeerlingenCsv(const QString& path, const QByteArray& data, ImportBatch& batch,
                           ImportIssues& issues);
    void readRoster(const QString& path, const QByteArray& data, ImportBatch& batch,
                    ImportIssues& issues);
    void readContacts(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readVrijstellingen(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readAbsences(const QString& path, ImportBatch& batch, ImportIssues& issues);
    void readAbsencesPerDay(const QString& path, DecodedText text, const School& school,
                            ImportBatch& batch, ImportIssues& issues);
    // Spans of time, turned into day records through the lestijden: our absentiemeldingen.csv
    // and the packages' files.
    void readAbsenceSpans(const QString& path, DecodedText text, const School& school,
                          ImportBatch& batch, ImportIssues& issues);
    // The fields a package's file names the leerling, the code and the span's start in.
    struct PackageFields
    {
        QString leerling;
        QString code;
        QString from;
        // Magister registers every lesson apart: a day's records of one code are one record,
        // as the per-day file has them.
        bool perLesson = false;
    };
    // A package's spans name the leerling by leerlingnummer and the code as written.
    void convertPackageSpans(const QString& path, QList<AbsenceSpan> spans,
                             const PackageFields& fields, const School& school, ImportBatch& batch,
                             ImportIssues& issues);
    void convertSpans(const QString& path, const QList<AbsenceSpan>& spans,
                      const QString& fromColumn, const School& school, ImportBatch& batch,
                      ImportIssues& issues, bool perLesson = false) const;
    // Adds what the spans became to the batch: their records, the preview, the overlaps.
    static void addConverted(const QString& path, const QList<AbsenceSpan>& spans,
                             ConvertedSpans converted, const QString& fromColumn,
                             ImportBatch& batch, ImportIssues& issues, bool perLesson);

    // Where a problem of one line goes: its column (as the file names it) and the reason.
    using ReportProblem = std::function<void(const QString& column, const QString& reason)>;
    // How a line names its leerling: by PGN (already checked), or by leerlingnummer.
    struct LeerlingName
    {
        QString pgn;
        QString leerlingnummer;
        QString leerlingnummerColumn;
    };
    // Which leerling a line of absentiemeldingen names, as written (the pgn, or the leerling of
    // its leerlingnummer): for grouping a leerling's lines, the checks come later.
    QString leerlingKey(const CsvTable& table, const CsvRecordView& record) const;
    // The PGN of a leerling in this import or the database; nullopt with the problem reported.
    std::optional<QString> knownLeerling(const LeerlingName& name,
                                         const ReportProblem& report) const;
    // The same for a CSV row, by its pgn or leerlingnummer column.
    std::optional<QString> leerlingOf(const RowReader& row) const;
    // Adds a leerling of the leerlingen file at `line`: its pgn listed once, its leerlingnummer
    // no other leerling's; and its inschrijving, where the file gave one.
    void addLeerling(const Leerling& leerling, const std::optional<DateRange>& inschrijving,
                     int line, const ReportProblem& report, ImportBatch& batch);
    // A code of the school's table in its canonical spelling (one string shared by every record
    // of the code); a code the table does not hold as written, with the problem reported.
    static QString knownCode(const School& school, QStringView code, const QString& column,
                             const ReportProblem& report);

    const ExistingData& m_existing;
    QHash<CsvFileKind, ColumnMapping> m_mappings;
    std::optional<AbsenceFormat> m_absenceFormat;      // --formaat; else detected per file
    QHash<QString, QList<DateRange>> m_inschrijvingen; // existing plus this import
    QHash<QString, QList<DateRange>> m_vrijstellingen;
    QHash<QString, QString> m_pgnByLeerlingnummer; // existing plus this import
    QHash<QString, QString> m_leerlingnummerByPgn;
    QHash<QString, int> m_leerlingLines; // of the leerlingen file, by pgn
    bool m_rosterAsEdexml = false;       // --formaat edexml; else detected
};
