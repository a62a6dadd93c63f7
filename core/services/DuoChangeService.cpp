// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoChangeService.h"

#include "services/MeldingService.h"
#include "services/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/MeldingRepository.h"

using namespace Qt::StringLiterals;

DuoChangeService::DuoChangeService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<Melding> DuoChangeService::versionAtDuo(const Melding& melding) const
{
    auto history = MeldingRepository(m_db).versions(melding.id);
    if (!history)
        return Error{history.error()};
    for (const MeldingVersion& version : std::as_const(*history)) {
        // Meldingen registered before the version was kept: DUO has the one registered first.
        const bool atDuo = melding.duoVersion > 0
                               ? version.version == melding.duoVersion
                               : MeldingStatuses::isOpenAtDuo(version.melding.status);
        if (atDuo)
            return version.melding;
    }
    return Error{
        tr("The version of melding %1 that DUO has is not in its history.").arg(melding.id)};
}

Result<Invulhulp> DuoChangeService::pending(qint64 meldingId) const
{
    const auto melding = MeldingService(m_db, m_clock, m_user).find(meldingId); // the user's scope
    if (!melding)
        return Error{melding.error()};
    return pendingFor(*melding);
}

Result<Invulhulp> DuoChangeService::pendingFor(const Melding& melding) const
{
    if (Status allowed =
            Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, melding.pgn);
        !allowed)
        return Error{allowed.error()};
    // DUO has the latest version (the usual case): no need to read the history.
    if (!MeldingStatuses::isOpenAtDuo(melding.status) || melding.duoVersion == melding.version)
        return Invulhulp{melding.id, melding.leerlingName, melding.pgn, melding.duoNumber, {}};
    auto atDuo = versionAtDuo(melding);
    if (!atDuo)
        return Error{atDuo.error()};
    return Invulhulp::ofChange(*atDuo, melding);
}

Result<Melding> DuoChangeService::confirmPassedOn(qint64 meldingId)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::SubmitMelding);
        !allowed)
        return Error{allowed.error()};
    const auto change = pending(meldingId);
    if (!change)
        return Error{change.error()};
    if (change->screens.isEmpty())
        return Error{tr("Melding %1 has no change to pass on to DUO.").arg(meldingId)};
    return m_db.transaction([&]() -> Result<Melding> {
        MeldingService meldingen(m_db, m_clock, m_user);
        auto melding = meldingen.find(meldingId);
        if (!melding)
            return melding;
        melding->duoVersion = melding->version + 1; // the version this save writes
        auto saved = meldingen.update(*melding);
        if (!saved)
            return saved;
        if (Status recorded = AuditLog(m_db).append(
                {m_user, u"wijziging doorgegeven in het verzuimloket"_s, saved->pgn,
                 u"melding %1 versie %2"_s.arg(saved->id).arg(saved->version)});
            !recorded)
            return recorded.failure();
        return saved;
    });
}
