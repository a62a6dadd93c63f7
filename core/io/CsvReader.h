// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// One CSV record and the physical line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A structural problem: invalid UTF-8, an unterminated quote.
struct CsvProblem
{
    int line = 0;
    QString reason;
};

struct CsvDocument
{
    QChar separator = u';';
    QStringList header;
    QList<CsvRecord> records;   // data records, header excluded, blank lines skipped
    QList<CsvProblem> problems; // when not empty, records may be incomplete
};

// A small RFC 4180 reader: UTF-8 with or without BOM, `;` or `,` detected from the header line,
// quoted fields with separators, doubled quotes and newlines. Linear in the input size.
class CsvReader
{
public:
    static CsvDocument read(const QByteArray& data);

private:
    static QChar detectSeparator(QStringView text);
};
