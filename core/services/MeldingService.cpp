// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingService.h"
#include "storage/AuditLog.h"

#include "services/Permissions.h"

#include "calendar/LesdagRule.h"
#include "exports/Invulhulp.h"
#include "meldingen/MeldingDrafter.h"
#include "meldingen/MeldingPeriod.h"
#include "services/DuoChangeService.h"
#include "services/SignalService.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/MeldingRepository.h"
#include "storage/SchoolRepository.h"
#include "storage/SignalWorkRepository.h"
#include "submission/Outbox.h"
#include "util/Dates.h"

using namespace Qt::StringLiterals;

MeldingService::MeldingService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<MeldingContext> MeldingService::contextFor(const Melding& melding) const
{
    LeerlingRepository leerlingen(m_db);
    auto leerling = leerlingen.find(melding.pgn);
    auto others = MeldingRepository(m_db).forLeerling(melding.pgn);
    auto consent = leerlingen.consentToContactParents(melding.pgn);
    if (!leerling || !others || !consent)
        return Error{!leerling ? leerling.error() : !others ? others.error() : consent.error()};
    return MeldingContext{leerling->has_value() ? (*leerling)->birthDate : QDate(), *others,
                          m_clock.today(), *consent};
}

Result<Validation> MeldingService::validate(const Melding& melding) const
{
    auto context = contextFor(melding);
    if (!context)
        return Error{context.error()};
    return MeldingValidator::validate(melding, *context);
}

Result<Melding> MeldingService::draftFromSignal(const QString& pgn, SignalKind kind,
                                                const QDate& reachedOn)
{
    auto outcome = draft(pgn, kind, reachedOn);
    if (!outcome)
        return Error{outcome.error()};
    if (!outcome->melding) {
        return Error{tr("The signal's whole period is already covered by melding %1.")
                         .arg(outcome->coveredBy)};
    }
    return *outcome->melding;
}

Result<MeldingService::DraftOutcome> MeldingService::draft(const QString& pgn, SignalKind kind,
                                                           const QDate& reachedOn)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::EditMelding, pgn);
        !allowed)
        return Error{allowed.error()};
    // Signals are causal: the signal reached on a date is the same on every later peildatum;
    // today's run tells whether an LRV or LUXE run has ended (its einddatum).
    auto signalList = SignalService(m_db, std::max(reachedOn, m_clock.today())).signalsOf(pgn);
    if (!signalList)
        return Error{signalList.error()};
    const auto signal =
        std::find_if(signalList->cbegin(), signalList->cend(),
                     [&](const Signal& s) { return s.kind == kind && s.reachedOn == reachedOn; });
    if (signal == signalList->cend()) {
        return Error{tr("Leerling %1 has no signal %2 reached on %3.")
                         .arg(pgn, SignalKinds::key(kind), Dates::toDutch(reachedOn))};
    }
    auto school = SchoolRepository(m_db).load();
    if (!school || !school->has_value())
        return Error{school ? tr("No school has been imported yet.") : school.error()};
    LeerlingRepository leerlingen(m_db);
    auto leerling = leerlingen.find(pgn);
    auto contacts = leerlingen.contacts(pgn);
    auto consent = leerlingen.consentToContactParents(pgn);
    auto records = AbsenceRepository(m_db).forLeerling(pgn);
    auto earlier = MeldingRepository(m_db).forLeerling(pgn);
    if (!leerling || !contacts || !consent || !records || !earlier)
        return Error{!leerling   ? leerling.error()
                     : !contacts ? contacts.error()
                     : !consent  ? consent.error()
                     : !records  ? records.error()
                                 : earlier.error()};
    const LesdagRule lesdagen(**school);
    const PlannedPeriod period = MeldingPeriod(lesdagen, m_clock.today()).plan(*signal, *earlier);
    if (period.isCovered()) {
        // Handled: the signal's status says which melding covers it.
        const auto covering =
            std::find_if(earlier->cbegin(), earlier->cend(),
                         [&](const Melding& m) { return m.id == period.coveredBy; });
        const bool reported =
            covering != earlier->cend() && !MeldingStatuses::isDraft(covering->status);
        const Status noted = SignalWorkRepository(m_db).save(
            SignalKey::of(*signal),
            {reported ? SignalStatus::Reported : SignalStatus::InProgress,
             tr("covered by melding %1").arg(period.coveredBy), m_user, m_clock.now()});
        if (!noted)
            return Error{noted.error()};
        m_db.announce(&ChangeNotifier::signalWorkChanged, signal->pgn);
        return DraftOutcome{std::nullopt, period.coveredBy};
    }
    const LeerlingDossier dossier{**leerling, *contacts, *consent, *records, *earlier};
    auto drafted = MeldingDrafter(**school, m_clock, m_user).draft(*signal, dossier, period);
    if (!drafted)
        return Error{drafted.error()};
    Melding melding = *drafted;
    const auto saved = m_db.transaction([&]() -> Result<Melding> {
        auto inserted = MeldingRepository(m_db).insert(melding, m_user, m_clock.now());
        if (!inserted)
            return inserted;
        if (Status recorded = record(u"melding opgesteld"_s, *inserted); !recorded)
            return recorded.failure();
        m_db.announce(&ChangeNotifier::meldingChanged, inserted->id);
        m_db.announce(&ChangeNotifier::signalWorkChanged, inserted->pgn);
        // The signal is being worked on from the moment its melding exists.
        if (Status taken = SignalWorkRepository(m_db).save(
                *melding.signal, {SignalStatus::InProgress, {}, m_user, m_clock.now()});
            !taken)
            return taken.failure();
        return inserted;
    });
    if (!saved)
        return saved.failure();
    return DraftOutcome{*saved, 0};
}

Result<Melding> MeldingService::copy(qint64 id)
{
    auto original = find(id);
    if (!original)
        return original;
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::EditMelding, original->pgn);
        !allowed)
        return Error{allowed.error()};
    Melding copy = *original;
    copy.id = 0;
    copy.status = MeldingStatus::Concept;
    copy.duoNumber.clear();
    copy.handler.clear();
    copy.feedback.clear();
    copy.withdrawal.reset();
    copy.signal.reset();
    copy.signalReachedOn = QDate();
    // A repeat melding has its own period: the old dates and verzuimdagen would only overlap
    // the original (van-signaal-naar-melding §3). It starts after the original; the
    // coordinator gives its end.
    auto school = SchoolRepository(m_db).load();
    if (!school || !school->has_value())
        return Error{school ? tr("No school has been imported yet.") : school.error()};
    const LesdagRule lesdagen(**school);
    const MeldingPeriod period(lesdagen, m_clock.today());
    copy.startDate = period.firstLesdagAfter(period.coveredUntil(*original));
    copy.endDate = QDate();
    copy.days.clear();
    copy.allLessonsMissed = false;
    copy.verzuimstaatAttached = false;
    copy.copiedFrom = id;
    return m_db.transaction([&]() -> Result<Melding> {
        auto saved = MeldingRepository(m_db).insert(copy, m_user, m_clock.now());
        if (!saved)
            return saved;
        m_db.announce(&ChangeNotifier::meldingChanged, saved->id);
        if (Status recorded = record(u"melding gekopieerd"_s, *saved); !recorded)
            return recorded.failure();
        return saved;
    });
}

Result<Melding> MeldingService::find(qint64 id) const
{
    auto found = MeldingRepository(m_db).find(id);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{tr("There is no melding %1.").arg(id)};
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, (*found)->pgn);
        !allowed)
        return Error{allowed.error()};
    return **found;
}

Result<QList<Melding>> MeldingService::all() const
{
    const auto access = Permissions::of(m_db, m_user, m_clock);
    if (!access)
        return Error{access.error()};
    auto meldingen = MeldingRepository(m_db).all();
    if (!meldingen || !Roles::isScoped(access->role()))
        return meldingen;
    QHash<QString, bool> visible; // one scope check per leerling, not per melding
    QList<Melding> inScope;
    for (const Melding& melding : std::as_const(*meldingen)) {
        if (!visible.contains(melding.pgn)) {
            const auto seen = access->inScope(melding.pgn);
            if (!seen)
                return Error{seen.error()};
            visible.insert(melding.pgn, *seen);
        }
        if (visible.value(melding.pgn))
            inScope.append(melding);
    }
    return inScope;
}

Result<QList<Melding>> MeldingService::forLeerling(const QString& pgn) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    return MeldingRepository(m_db).forLeerling(pgn);
}

Result<QList<MeldingVersion>> MeldingService::versions(qint64 id) const
{
    if (auto found = find(id); !found)
        return Error{found.error()};
    return MeldingRepository(m_db).versions(id);
}

Result<Melding> MeldingService::save(Melding melding)
{
    return m_db.transaction([&] { return update(melding); });
}

Result<Melding> MeldingService::update(const Melding& melding)
{
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::EditMelding, melding.pgn);
        !allowed)
        return Error{allowed.error()};
    auto saved = MeldingRepository(m_db).update(melding, m_user, m_clock.now());
    if (!saved)
        return saved;
    if (Status followed = Outbox(m_db, m_clock, m_user).follow(*saved); !followed)
        return Error{followed.error()};
    if (Status recorded = record(u"melding opgeslagen"_s, *saved); !recorded)
        return Error{recorded.error()};
    m_db.announce(&ChangeNotifier::meldingChanged, saved->id);
    m_db.announce(&ChangeNotifier::submissionsChanged, saved->id); // the outbox follows it
    return saved;
}

Status MeldingService::record(const QString& action, const Melding& melding,
                              const QString& destination) const
{
    QString details = u"melding %1 versie %2, %3"_s.arg(melding.id)
                          .arg(melding.version)
                          .arg(MeldingStatuses::key(melding.status));
    if (!destination.isEmpty())
        details += u" naar "_s + destination;
    return AuditLog(m_db).append({m_user, action, melding.pgn, details});
}

Status MeldingService::writeInvulhulp(qint64 id, const QString& path, Overwrite overwrite) const
{
    const auto melding = find(id);
    if (!melding)
        return Error{melding.error()};
    Invulhulp help = Invulhulp::of(*melding);
    // Registered at DUO: what the loket still needs is the change.
    if (MeldingStatuses::isOpenAtDuo(melding->status)) {
        auto change = DuoChangeService(m_db, m_clock, m_user).pending(id);
        if (!change)
            return Error{change.error()};
        if (change->screens.isEmpty())
            return Error{
                tr("Melding %1 is registered at DUO and has no change to pass on.").arg(id)};
        help = *change;
    }
    if (Status written = Invulhulp::writePdf(help, path, overwrite); !written)
        return written;
    return record(u"invulhulp geëxporteerd"_s, *melding, path);
}

Status MeldingService::requireChangeable(const Melding& melding, const QString& key)
{
    const bool changeable =
        MeldingStatuses::isDraft(melding.status) ||
        (MeldingStatuses::isOpenAtDuo(melding.status) && MeldingFields::changeableAtDuo(key));
    if (changeable)
        return {};
    return Error{tr("'%1' cannot be changed while the melding is %2.")
                     .arg(key, MeldingStatuses::displayName(melding.status))};
}

Result<Melding> MeldingService::setFields(qint64 id,
                                          const QList<std::pair<QString, QString>>& changes)
{
    auto found = find(id);
    if (!found)
        return found; // gone, or outside the user's scope
    Melding melding = *found;
    for (const auto& [key, value] : changes) {
        if (Status changeable = requireChangeable(melding, key); !changeable)
            return Error{changeable.error()};
        if (Status set = MeldingFields::set(melding, key, value); !set)
            return Error{tr("%1: %2").arg(key, set.error())};
    }
    return saveChanged(std::move(melding));
}

Result<Melding> MeldingService::saveEdit(const Melding& basedOn, const Melding& edited)
{
    if (auto stored = find(basedOn.id); !stored)
        return stored; // gone, or outside the user's scope
    // Copied field by field through the field table, the one list of what a person may set:
    // whatever else `edited` holds (its version, status, meldingsnummer) stays basedOn's.
    Melding melding = basedOn;
    const QList<FieldDifference> changed = differences(basedOn, edited);
    for (const FieldDifference& difference : changed) {
        if (difference.key == u"contactpersonen"_s && onlySendAlongDiffers(basedOn, edited)) {
            for (qsizetype i = 0; i < melding.contacts.size(); ++i)
                melding.contacts[i].send = edited.contacts[i].send;
            continue; // meesturen.N: always changeable
        }
        const MeldingField* field = MeldingFields::find(difference.key);
        if (!field || !field->set)
            return Error{tr("'%1' is not changed by hand.").arg(difference.label)};
        if (Status changeable = requireChangeable(basedOn, difference.key); !changeable)
            return Error{changeable.error()};
        if (Status set = field->set(melding, difference.after); !set)
            return Error{tr("%1: %2").arg(difference.key, set.error())};
    }
    if (changed.isEmpty())
        return basedOn;
    return saveChanged(std::move(melding));
}

bool MeldingService::onlySendAlongDiffers(const Melding& a, const Melding& b)
{
    if (a.contacts.size() != b.contacts.size())
        return false;
    for (qsizetype i = 0; i < a.contacts.size(); ++i) {
        MeldingContact sameSend = b.contacts[i];
        sameSend.send = a.contacts[i].send;
        if (!(sameSend == a.contacts[i]))
            return false;
    }
    return true;
}

Result<Melding> MeldingService::saveChanged(Melding melding)
{
    // A changed draft must be checked again before it can be submitted.
    if (melding.status == MeldingStatus::Gereed)
        melding.status = MeldingStatus::Concept;
    return save(std::move(melding));
}

Result<Melding> MeldingService::setStatus(qint64 id, MeldingStatus status)
{
    // Gereed queues a melding for sending to DUO: that is submitting, not editing.
    if (status == MeldingStatus::Gereed) {
        if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
            !allowed)
            return Error{allowed.error()};
    }
    auto found = find(id);
    if (!found)
        return found;
    Melding melding = *found;
    // Only the outbox knows whether a message left: "submitted" is never set by hand.
    if (status == MeldingStatus::Ingediend || melding.status == MeldingStatus::Ingediend) {
        return Error{tr("Whether a melding is submitted is recorded by the outbox; use Submit "
                        "(or enter DUO's meldingsnummer).")};
    }
    if (!MeldingStatuses::canBecome(melding.status, status)) {
        return Error{tr("A melding that is %1 cannot become %2.")
                         .arg(MeldingStatuses::displayName(melding.status),
                              MeldingStatuses::displayName(status))};
    }
    if (status == MeldingStatus::Gereed) {
        auto validation = validate(melding);
        if (!validation)
            return Error{validation.error()};
        if (validation->hasErrors()) {
            return Error{tr("The melding is not ready: %1").arg(validation->errors.first().text)};
        }
    }
    // One path to Geregistreerd, so the signal is marked gemeld whichever way it is reached.
    if (status == MeldingStatus::Geregistreerd)
        return registerAtDuo(id, melding.duoNumber);
    melding.status = status;
    return save(melding);
}

Result<Melding> MeldingService::registerAtDuo(qint64 id, const QString& meldingsnummer)
{
    if (meldingsnummer.trimmed().isEmpty())
        return Error{tr("Enter DUO's meldingsnummer to record the registration.")};
    auto found = find(id);
    if (!found)
        return found;
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    Melding melding = *found;
    if (!MeldingStatuses::canBecome(melding.status, MeldingStatus::Geregistreerd)) {
        return Error{tr("A melding that is %1 cannot become %2.")
                         .arg(MeldingStatuses::displayName(melding.status),
                              MeldingStatuses::displayName(MeldingStatus::Geregistreerd))};
    }
    return m_db.transaction([&] {
        return writeRegistration(melding, meldingsnummer.trimmed(),
                                 tr("entered by %1 from the verzuimloket").arg(m_user));
    });
}

Result<Melding> MeldingService::writeRegistration(Melding melding, const QString& meldingsnummer,
                                                  const QString& how)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    melding.duoNumber = meldingsnummer;
    melding.status = MeldingStatus::Geregistreerd;
    melding.duoVersion = melding.version + 1; // the version this save writes is what DUO has
    auto saved = MeldingRepository(m_db).update(melding, m_user, m_clock.now());
    if (!saved)
        return saved;
    if (Status recorded = record(u"melding geregistreerd bij DUO"_s, *saved); !recorded)
        return Error{recorded.error()};
    m_db.announce(&ChangeNotifier::meldingChanged, saved->id);
    m_db.announce(&ChangeNotifier::submissionsChanged, saved->id);
    m_db.announce(&ChangeNotifier::signalWorkChanged, saved->pgn);
    if (Status accepted = Outbox(m_db, m_clock, m_user).accept(melding.id, meldingsnummer, how);
        !accepted)
        return Error{accepted.error()};
    if (!melding.signal)
        return saved;
    // Registered at DUO: the signal it came from has been reported.
    const Status reported = SignalWorkRepository(m_db).save(
        *melding.signal, {SignalStatus::Reported, tr("meldingsnummer %1").arg(meldingsnummer),
                          m_user, m_clock.now()});
    return reported ? saved : Result<Melding>(Error{reported.error()});
}

Result<Melding> MeldingService::withdraw(qint64 id, WithdrawalReason reason)
{
    auto found = find(id);
    if (!found)
        return found;
    // Withdrawing is done at DUO, like submitting.
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    Melding melding = *found;
    if (!MeldingStatuses::isOpenAtDuo(melding.status)) {
        return Error{
            tr("Only a melding that is Registered or In progress can be withdrawn; this one "
               "is %1.")
                .arg(MeldingStatuses::displayName(melding.status))};
    }
    const QDate today = m_clock.today();
    if (reason == WithdrawalReason::GeenInschrijving &&
        melding.startDate < Dates::schoolYearStart(today)) {
        return Error{tr("'Geen inschrijving' is only possible for meldingen that start on or after "
                        "%1.")
                         .arg(Dates::toDutch(Dates::schoolYearStart(today)))};
    }
    if (reason != WithdrawalReason::GeenInschrijving && melding.startDate < today.addYears(-1)) {
        return Error{
            tr("A melding can be withdrawn as wrongly entered up to one year back; this one "
               "started on %1.")
                .arg(Dates::toDutch(melding.startDate))};
    }
    melding.status = MeldingStatus::Ingetrokken;
    melding.withdrawal = reason;
    return save(melding);
}
