// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ImportIssues.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTime>

#include <functional>
#include <optional>

struct ColumnSpec
{
    QString name;
    bool required = false;
    QString insteadOf = {}; // a required column this one may stand in for (pgn ← leerlingnummer)
};

// A CSV file of the exchange format: columns matched by name, case-insensitive, in any order.
// Reading a value through a RowReader reports bad values with file, line and column.
class CsvTable
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    // Reads the file, reporting structural problems, missing required columns (errors) and
    // unknown columns (warnings). Returns nullopt when the records cannot be used at all.
    // `mapping` (our column → the file's header) reads an export that names columns its own way;
    // problems then name the file's header, as the user knows it.
    static std::optional<CsvTable> load(const QString& fileName, const QByteArray& data,
                                        const QList<ColumnSpec>& columns, ImportIssues& issues,
                                        const QHash<QString, QString>& mapping = {});
    // The same for text already decoded (a file that was not UTF-8 is reported as such).
    static std::optional<CsvTable> load(const QString& fileName, DecodedText text,
                                        const QList<ColumnSpec>& columns, ImportIssues& issues,
                                        const QHash<QString, QString>& mapping = {});

    // The warning that says a file was not UTF-8 and how it was read.
    static QString readAsNote(TextEncoding encoding);

    const QString& fileName() const { return m_fileName; }
    qsizetype recordCount() const { return m_recordCount; }
    // Parses the records again one at a time (load() checked them all): a large import never
    // holds two million records as fields.
    void forEachRecord(const std::function<void(const CsvRecordView&)>& visit) const;
    bool hasColumn(const QString& name) const { return indexOf(name) >= 0; }
    // The trimmed field of `column`; valid while the record is.
    QStringView value(const CsvRecordView& record, const QString& column) const;
    // The header of our column as the file writes it.
    QString shownName(const QString& column) const { return m_shownNames.value(column, column); }

private:
    CsvTable(QString fileName, QString text, QStringList header,
             const QHash<QString, QString>& mapping);

    QString m_fileName;
    QString m_text; // the whole file, decoded
    QChar m_separator;
    QStringList m_header;
    qsizetype m_recordCount = 0;
    qsizetype indexOf(const QString& column) const; // -1 when the file has no such column

    // Lower-case name → index. A record is read column by column, millions of times: scanning a
    // file's few columns is quicker than hashing the name each time (Qt's seeded hash, which on
    // Debian's baseline CPU has no AES instructions to lean on).
    QList<std::pair<QString, qsizetype>> m_columns;
    QHash<QString, QString> m_shownNames; // our column → the file's header, where they differ
};

// Typed, validating access to one record. Each accessor reports its own problem.
class RowReader
{
public:
    RowReader(const CsvTable& table, const CsvRecordView& record, ImportIssues& issues)
        : m_table(table)
        , m_record(record)
        , m_issues(issues)
    {
    }

    int line() const { return m_record.line; }
    bool has(const QString& column) const { return m_table.hasColumn(column); }
    QString text(const QString& column, bool required = false) const;
    // The same without making a string, for a value that is compared or parsed, not kept.
    QStringView view(const QString& column, bool required = false) const;
    std::optional<QDate> date(const QString& column, bool required = false) const;
    std::optional<int> count(const QString& column, bool required = false) const; // ≥ 0
    std::optional<QTime> time(const QString& column) const;                       // HH:MM
    bool flag(const QString& column, bool defaultValue) const;                    // "1"/"0"
    QString pgn(const QString& column) const;

    void error(const QString& column, const QString& reason) const;
    void warning(const QString& column, const QString& reason) const;

private:
    const CsvTable& m_table;
    const CsvRecordView& m_record;
    ImportIssues& m_issues;
};
