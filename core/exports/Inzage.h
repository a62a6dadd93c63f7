// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceRecord.h"
#include "domain/Attachment.h"
#include "domain/AuditEntry.h"
#include "domain/DossierNote.h"
#include "domain/Leerling.h"
#include "domain/Melding.h"
#include "domain/Signal.h"
#include "domain/Submission.h"
#include "exports/ExportFile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPagedPaintDevice>

// What became of one melding: every version saved, the verzuimstaten sent along (their content is
// the dossier's absence), and each submission to DUO with its log.
struct InzageMeldingHistory
{
    qint64 meldingId = 0;
    QList<MeldingVersion> versions;
    QList<Attachment> verzuimstaten; // without the PDF itself
    QList<std::pair<Submission, QList<SubmissionEvent>>> submissions;
};

// Everything Verzuimdesk stores about one leerling, for an inzage request (AVG art. 15): the
// leerling and their contacts, inschrijvingen, vrijstellingen, the consent to send the ouders'
// contact data along, to whom they are assigned, absence, what was done with their signals,
// meldingen with their history, dossier notes and who did what with their data. The
// coordinator's personal work notes and the contacts the school keeps geheim are left out;
// nothing else is.
struct InzageDossier
{
    QDateTime madeAt;
    QString madeBy;
    Leerling leerling;
    QList<DateRange> inschrijvingen;
    QList<DateRange> vrijstellingen;
    QList<Contact> contacts;
    bool consentToContactParents = false; // (18+) the ouders' contact data may go along
    QStringList assignedTo;               // verzuimmedewerkers, in a team database
    QList<AbsenceRecord> absence;
    QList<std::pair<SignalKey, SignalWork>> signalWork;
    QList<Melding> meldingen;
    QList<InzageMeldingHistory> meldingHistory; // in the order of meldingen
    QList<DossierNote> notes;                   // without work notes
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
