// SPDX-License-Identifier: GPL-3.0-or-later
#include "InzageService.h"

#include "services/Permissions.h"
#include "storage/AbsenceRepository.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/DossierNoteRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/MeldingRepository.h"
#include "storage/SignalWorkRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/TeamRepository.h"

using namespace Qt::StringLiterals;

InzageService::InzageService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<InzageDossier> InzageService::collect(const QString& pgn) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    LeerlingRepository leerlingen(m_db);
    const auto leerling = leerlingen.find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    InzageDossier dossier;
    dossier.madeAt = m_clock.now();
    dossier.madeBy = m_user;
    dossier.leerling = **leerling;

    const auto inschrijvingen = leerlingen.inschrijvingen(pgn);
    const auto vrijstellingen = leerlingen.vrijstellingen(pgn);
    const auto contacts = leerlingen.contacts(pgn);
    const auto absence = AbsenceRepository(m_db).forLeerling(pgn);
    const auto work = SignalWorkRepository(m_db).all();
    const auto meldingen = MeldingRepository(m_db).forLeerling(pgn);
    const auto notes = DossierNoteRepository(m_db).forLeerling(pgn);
    const auto audit = AuditLog(m_db).forLeerling(pgn);
    for (const QString* failure :
         {!inschrijvingen ? &inschrijvingen.error() : nullptr,
          !vrijstellingen ? &vrijstellingen.error() : nullptr,
          !contacts ? &contacts.error() : nullptr, !absence ? &absence.error() : nullptr,
          !work ? &work.error() : nullptr, !meldingen ? &meldingen.error() : nullptr,
          !notes ? &notes.error() : nullptr, !audit ? &audit.error() : nullptr}) {
        if (failure)
            return Error{*failure};
    }
    dossier.inschrijvingen = inschrijvingen->value(pgn);
    dossier.vrijstellingen = vrijstellingen->value(pgn);
    // Geheim contacts stay with the school (see withoutSecretContacts).
    std::copy_if(contacts->cbegin(), contacts->cend(), std::back_inserter(dossier.contacts),
                 [](const Contact& c) { return !c.secret; });
    dossier.absence = *absence;
    for (auto it = work->cbegin(); it != work->cend(); ++it) {
        if (it.key().pgn == pgn)
            dossier.signalWork.append({it.key(), it.value()});
    }
    std::sort(dossier.signalWork.begin(), dossier.signalWork.end(),
              [](const auto& a, const auto& b) { return a.first.startDate < b.first.startDate; });
    dossier.meldingen = *meldingen;
    for (Melding& melding : dossier.meldingen) {
        withoutSecretContacts(melding);
        auto history = historyOf(melding.id);
        if (!history)
            return Error{history.error()};
        dossier.meldingHistory.append(*history);
    }
    const auto consent = leerlingen.consentToContactParents(pgn);
    if (!consent)
        return Error{consent.error()};
    dossier.consentToContactParents = *consent;
    const auto assignees = TeamRepository(m_db).assigneesOf(pgn);
    if (!assignees)
        return Error{assignees.error()};
    dossier.assignedTo = *assignees;
    for (const DossierNote& note : *notes) {
        if (!note.workNote)
            dossier.notes.append(note);
    }
    dossier.audit = *audit;
    return dossier;
}

Result<InzageMeldingHistory> InzageService::historyOf(qint64 meldingId) const
{
    InzageMeldingHistory history{meldingId, {}, {}, {}};
    auto versions = MeldingRepository(m_db).versions(meldingId);
    if (!versions)
        return Error{versions.error()};
    for (MeldingVersion& version : *versions)
        withoutSecretContacts(version.melding);
    history.versions = *versions;
    auto verzuimstaten = AttachmentRepository(m_db).verzuimstatenOf(meldingId);
    if (!verzuimstaten)
        return Error{verzuimstaten.error()};
    history.verzuimstaten = *verzuimstaten;
    SubmissionRepository submissions(m_db);
    const auto sent = submissions.forMelding(meldingId);
    if (!sent)
        return Error{sent.error()};
    for (const Submission& submission : *sent) {
        auto events = submissions.events(submission.id);
        if (!events)
            return Error{events.error()};
        history.submissions.append({submission, *events});
    }
    return history;
}

// A geheim contact (a parent's address kept from the other parent, a shelter) stays with the
// school, also where a melding took it over: an inzage goes to the leerling or the ouders.
void InzageService::withoutSecretContacts(Melding& melding)
{
    melding.contacts.removeIf([](const MeldingContact& c) { return c.secret; });
}

Status InzageService::exportTo(const QString& pgn, const QString& path, Overwrite overwrite)
{
    const auto dossier = collect(pgn);
    if (!dossier)
        return Error{dossier.error()};
    if (Status written = Inzage::write(*dossier, path, overwrite); !written)
        return written;
    return AuditLog(m_db).append({m_user, u"inzage geëxporteerd"_s, pgn, path});
}
