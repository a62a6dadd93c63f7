// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// One overview as rows of typed cells, written to CSV or XLSX by the same code. A cell holds a
// QString, a QDate, an int or a double (or nothing); the writers format each for Dutch Excel.
struct ExportTable
{
    QString title; // the sheet's name
    QStringList header;
    QList<QVariantList> rows;

    // Text that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first)
    // gets a leading apostrophe, so a name like "=HYPERLINK(…)" in an export stays text.
    static QString neutralised(const QString& text);
};
