// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportService.h"

#include "services/Permissions.h"
#include "services/SignalService.h"

#include "io/ExchangeImporter.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"

using namespace Qt::StringLiterals;

Result<ExistingData> ImportService::existingData() const
{
    ExistingData existing;
    auto school = SchoolRepository(m_db).load();
    if (!school)
        return Error{school.error()};
    existing.school = *school;
    LeerlingRepository leerlingen(m_db);
    auto inschrijvingen = leerlingen.inschrijvingen();
    auto vrijstellingen = leerlingen.vrijstellingen();
    auto leerlingnummers = leerlingen.leerlingnummers();
    if (!inschrijvingen || !vrijstellingen || !leerlingnummers)
        return Error{!inschrijvingen   ? inschrijvingen.error()
                     : !vrijstellingen ? vrijstellingen.error()
                                       : leerlingnummers.error()};
    existing.pgnByLeerlingnummer = *leerlingnummers;
    existing.inschrijvingen = *inschrijvingen;
    existing.vrijstellingen = *vrijstellingen;
    existing.today = m_backups.clock().today();
    return existing;
}

std::optional<ImportBatch> ImportService::prepare(const ImportFiles& files,
                                                  ImportOutcome& outcome) const
{
    const auto existing = existingData();
    if (!existing) {
        outcome.failure = existing.error();
        return std::nullopt;
    }
    ImportBatch batch = ExchangeImporter(*existing).prepare(files, outcome.issues);
    outcome.absenceFormat = batch.absenceFormat;
    outcome.leerlingenFromEdexml = batch.leerlingenFromEdexml;
    outcome.vakantiesFromSomtoday = batch.vakantiesFromSomtoday;
    outcome.convertedSpans = batch.convertedSpans;
    if (outcome.issues.hasUnreadableFile()) {
        outcome.status = ImportOutcome::Status::Failed;
        outcome.failure = tr("Nothing was imported: an input file cannot be read.");
        return std::nullopt;
    }
    if (outcome.issues.hasErrors()) {
        outcome.status = ImportOutcome::Status::InvalidInput;
        return std::nullopt;
    }
    outcome.schoolStored = batch.school.has_value();
    if (batch.school && existing->school)
        outcome.schoolChanges = SchoolChanges::between(*existing->school, *batch.school);
    outcome.leerlingen = int(batch.leerlingen.size());
    outcome.contacts = int(batch.contacts.size());
    outcome.vrijstellingen = int(batch.vrijstellingen.size());
    outcome.absences = int(batch.absences.size());
    outcome.affectedPgns = batch.affectedPgns();
    return batch;
}

ImportOutcome ImportService::check(const ImportFiles& files) const
{
    ImportOutcome outcome;
    if (Status allowed = Permissions::check(m_db, m_user, m_backups.clock(), Permission::Import);
        !allowed) {
        outcome.failure = allowed.error();
        return outcome;
    }
    if (prepare(files, outcome))
        outcome.status = ImportOutcome::Status::Checked;
    return outcome;
}

ImportOutcome ImportService::run(const ImportFiles& files, const ProgressCallback& progress)
{
    ImportOutcome outcome;
    if (Status allowed = Permissions::check(m_db, m_user, m_backups.clock(), Permission::Import);
        !allowed) {
        outcome.failure = allowed.error();
        return outcome;
    }
    const std::optional<ImportBatch> batch = prepare(files, outcome);
    if (!batch)
        return outcome;
    auto backup = m_backups.begin(u"import"_s);
    if (!backup) {
        outcome.failure = tr("Nothing was imported: %1").arg(backup.error());
        return outcome;
    }
    bool cancelled = false;
    const ProgressCallback watched = [&](qint64 done, qint64 total) {
        cancelled = progress && !progress(done, total);
        return !cancelled;
    };
    // The backup of the state before the import is checked while the import writes; nothing is
    // committed before it is known good.
    const auto storeChecked = [&]() -> Status {
        const Status written = store(*batch, watched);
        auto made = (*backup)->finish();
        if (made)
            outcome.backup = *made;
        if (!written)
            return written;
        return made ? Status() : Status(made.failure());
    };
    if (Status stored = m_db.transaction(storeChecked); !stored) {
        outcome.status =
            cancelled ? ImportOutcome::Status::Cancelled : ImportOutcome::Status::Failed;
        outcome.failure = tr("Nothing was imported: %1").arg(stored.error());
        return outcome;
    }
    outcome.status = ImportOutcome::Status::Stored;
    return outcome;
}

Status ImportService::store(const ImportBatch& batch, const ProgressCallback& progress)
{
    if (batch.school) {
        if (Status s = SchoolRepository(m_db).save(*batch.school); !s)
            return s;
        m_db.announce(&ChangeNotifier::schoolChanged);
    }
    const QSet<QString> affected = batch.affectedPgns();
    m_db.announce(&ChangeNotifier::leerlingenChanged,
                  QStringList(affected.cbegin(), affected.cend()));
    LeerlingRepository leerlingen(m_db);
    Status s = leerlingen.upsert(batch.leerlingen);
    if (s)
        s = leerlingen.upsert(batch.inschrijvingen);
    if (s)
        s = leerlingen.replaceContacts(batch.contacts);
    if (s)
        s = leerlingen.upsert(batch.vrijstellingen);
    if (s && batch.replacing)
        s = AbsenceRepository(m_db).clearPeriod(batch.replacing->from, batch.replacing->to);
    // The absences are nearly all of a large import's time.
    if (s)
        s = AbsenceRepository(m_db).replaceDays(batch.absences, progress);
    // The signals of the leerlingen it changed are stored with the import, so the signal
    // screen after it reads them instead of computing the school.
    if (s)
        s = SignalService(m_db, m_backups.clock().today()).storeWithChange(affected);
    return s;
}
