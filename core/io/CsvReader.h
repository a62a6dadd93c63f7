// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextDecoding.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// One CSV record and the physical line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A record as the parser reads it: its fields are views into the parsed text, so that reading
// two million records makes strings only of the values a reader keeps. A quoted field with a
// doubled quote or a line break has no such view; its text is unescaped into `unescaped`, which
// its view points into (a QString's characters stay put when the list around it grows).
struct CsvRecordView
{
    int line = 0;
    QList<QStringView> fields;
    QList<QString> unescaped;

    CsvRecord toRecord() const;
};

// A structural problem: an encoding not read, an unterminated quote.
struct CsvProblem
{
    int line = 0;
    QString reason;
};

struct CsvDocument
{
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator = u';';
    QStringList header;
    QList<CsvRecord> records;   // data records, header excluded, blank lines skipped
    QList<CsvProblem> problems; // when not empty, records may be incomplete
};

// Reads decoded CSV text one record at a time, so that a file of two million records never
// sits in memory as fields. The text must outlive the parser.
class CsvParser
{
public:
    CsvParser(QStringView text, QChar separator);
    ~CsvParser();
    CsvParser(const CsvParser&) = delete;
    CsvParser& operator=(const CsvParser&) = delete;

    // Parses the next record; false at the end of the input. Its views are valid until the next
    // call.
    bool next(CsvRecordView& record, QList<CsvProblem>& problems);
    // The next record's line and number of fields, without making its fields (a check of the
    // file's shape); false at the end of the input.
    bool measure(int& line, qsizetype& fieldCount, QList<CsvProblem>& problems);

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

// A small RFC 4180 reader: UTF-8 with or without BOM (or UTF-16, Windows-1252: TextDecoding),
// `;` or `,` detected from the header line,
// quoted fields with separators, doubled quotes and newlines. Linear in the input size.
class CsvReader
{
public:
    // The whole document at once (small files), or its first `maxRecords` (previews).
    static CsvDocument read(const QByteArray& data, qsizetype maxRecords = -1);
    // The text and the encoding it was in; nullopt with a problem when no encoding we read fits.
    static std::optional<DecodedText> decode(const QByteArray& data, QList<CsvProblem>& problems);
    static QChar detectSeparator(QStringView text);
};
