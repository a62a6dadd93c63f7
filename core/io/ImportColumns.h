// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvTable.h"
#include "domain/School.h"

#include <QHash>

// The CSV files of the exchange format and their columns.
enum class CsvFileKind
{
    Leerlingen,
    Contacten,
    Absenties,
    Vrijstellingen
};

namespace CsvFileKinds {
QList<CsvFileKind> all();
QString key(CsvFileKind kind);      // leerlingen, contacten, absenties, vrijstellingen
QString fileName(CsvFileKind kind); // leerlingen.csv, …
// The columns of the file in the exchange format; `lesuren` is required in vo only.
QList<ColumnSpec> columns(CsvFileKind kind, Sector sector = Sector::Po);
} // namespace CsvFileKinds

// For an export that does not follow our format: which of the file's columns holds each of
// ours (our column name → the file's header, as written there).
using ColumnMapping = QHash<QString, QString>;

// A named mapping for an administration package's usual export.
struct ColumnPreset
{
    QString name;
    QHash<CsvFileKind, ColumnMapping> mappings;
};

namespace ColumnPresets {
// Our own format first; then the packages schools export from. The packages' column names are
// their usual export headers and must be checked against a school's real export: the wizard shows
// the mapping so a wrong guess is seen and corrected, and remembers the corrected one.
QList<ColumnPreset> all();
// Our column for each header we recognise: our own names, and the synonyms the packages use
// ("BSN", "Geb. datum"), compared without case, spaces or punctuation.
ColumnMapping guess(CsvFileKind kind, const QStringList& header);
} // namespace ColumnPresets
