// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Leerling.h"
#include "domain/School.h"
#include "io/AbsenceFormat.h"
#include "io/ImportColumns.h"
#include "io/TimeRangeConversion.h"

#include <QHash>
#include <QSet>

#include <optional>

// One absentiemelding as read and the day records it became, for the import's preview.
struct ConvertedSpan
{
    AbsenceSpan span;
    QList<AbsenceRecord> records;
};

// Everything one import stores, validated as a whole before any of it is written.
struct ImportBatch
{
    std::optional<School> school;
    QList<Leerling> leerlingen;
    QList<Inschrijving> inschrijvingen;
    QList<Contact> contacts; // replaces the contacts of every leerling listed
    bool hasContacts = false;
    QList<Vrijstelling> vrijstellingen;
    QList<AbsenceRecord> absences;              // replace per leerling per datum
    std::optional<DateRange> replacing;         // and every record inside this period
    std::optional<AbsenceFormat> absenceFormat; // the kind of absence file read, when one was
    QList<ConvertedSpan> convertedSpans;        // a time-range file's first spans (preview)
    bool leerlingenFromEdexml = false;          // the leerlingen file was an EDEXML roster
    bool vakantiesFromSomtoday = false;         // the school file was Somtoday's vakanties

    // Leerlingen whose signals may change.
    QSet<QString> affectedPgns() const;
};

// What the database already holds that an import is checked against.
struct ExistingData
{
    std::optional<School> school;
    QHash<QString, QList<DateRange>> inschrijvingen; // every known leerling has an entry
    QHash<QString, QList<DateRange>> vrijstellingen;
    QHash<QString, QString> pgnByLeerlingnummer;
    QDate today; // the import's day: an absentiemelding without end runs up to it
};

// The files of one import; any may be absent.
struct ImportFiles
{
    QString school;
    QString leerlingen;
    QString contacten;
    QString absenties;
    QString vrijstellingen;
    // For exports that name their columns their own way (the import wizard's mapping).
    QHash<CsvFileKind, ColumnMapping> mappings = {};
    // The period the absence export covers (import --van --tot): every stored record inside it
    // is replaced by the file's, so an absence deleted in the package disappears here too.
    std::optional<DateRange> replacing = {};
    // The kind of absence file (import --formaat); without it the content tells.
    std::optional<AbsenceFormat> absenceFormat = {};
    // The leerlingen file is an EDEXML roster (import --formaat edexml); else the content tells.
    bool leerlingenAsEdexml = false;

    QString path(CsvFileKind kind) const;
};
