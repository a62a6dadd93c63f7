// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/DossierNote.h"
#include "domain/Leerling.h"
#include "domain/Melding.h"
#include "domain/Signal.h"
#include "exports/ExportFile.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPagedPaintDevice>

// Everything Verzuimdesk stores about one leerling, for an inzage request (AVG art. 15): the
// leerling and their contacts, inschrijvingen, vrijstellingen, absence, what was done with their
// signals, meldingen, dossier notes and who did what with their data. The coordinator's
// personal work notes are left out; nothing else is.
struct InzageDossier
{
    QDateTime madeAt;
    QString madeBy;
    Leerling leerling;
    QList<DateRange> inschrijvingen;
    QList<DateRange> vrijstellingen;
    QList<Contact> contacts;
    QList<AbsenceRecord> absence;
    QList<std::pair<SignalKey, SignalWork>> signalWork;
    QList<Melding> meldingen;
    QList<DossierNote> notes; // without work notes
    QList<AuditEntry> audit;
};

class Inzage
{
    Q_DECLARE_TR_FUNCTIONS(Inzage)

public:
    static QJsonObject toJson(const InzageDossier& dossier);
    static QString html(const InzageDossier& dossier);
    // Writes the dossier as .json or .pdf, as the file name asks. The PDF needs a
    // QGuiApplication (fonts).
    static Status write(const InzageDossier& dossier, const QString& path, Overwrite overwrite);
};
