// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// The kinds of absence file `import --absenties` takes (uitwisselformaat.md, "The packages' own
// files"): recognised by their content, or named with --formaat.
enum class AbsenceFormat
{
    PerDay,            // absenties.csv: minutes per leerling per day
    Absentiemeldingen, // absentiemeldingen.csv: spans of time with a header
    Eduarte,           // Eduarte/KRD's nine fields without a header
    Somtoday,          // Somtoday's REST JSON of absentiemeldingen and waarnemingen
    Magister,          // Magister's absence JSON, per leerling with its stamnummer
};

class AbsenceFormats
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceFormats)

public:
    // The --formaat word: uitwissel, absentiemeldingen, eduarte, somtoday, magister.
    static QString key(AbsenceFormat format);
    static std::optional<AbsenceFormat> fromKey(const QString& key);
    static QStringList keys();
    // As the import reports it: "Eduarte/KRD absentiemeldingen".
    static QString displayName(AbsenceFormat format);
    // By content: JSON with Verantwoordingtype is Magister, JSON with beginDatumTijd Somtoday, a
    // header with van_datum is absentiemeldingen, a first line of nine `;` fields whose second is a
    // YYYYMMDD date is Eduarte, anything else the per-day format (whose own checks then name what
    // is missing).
    static AbsenceFormat detect(QStringView text);
};
