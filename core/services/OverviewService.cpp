// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewService.h"
#include "storage/AuditLog.h"

#include "services/Permissions.h"

#include "exports/OverviewTables.h"
#include "services/SignalService.h"
#include "services/SignalWorkService.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/MeldingRepository.h"
#include "storage/SchoolRepository.h"

using namespace Qt::StringLiterals;

OverviewService::OverviewService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Status OverviewService::record(const QString& overview, const QString& pgn) const
{
    // Asked for to be exported (the caller writes it); the trail says who took which overview.
    return AuditLog(m_db).append({m_user, overview, pgn, QString()});
}

Result<ExportTable> OverviewService::meldingen() const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ExportOverview);
        !allowed)
        return Error{allowed.error()};
    const auto all = MeldingRepository(m_db).all();
    if (!all)
        return Error{all.error()};
    if (Status recorded = record(u"overzicht meldingen"_s); !recorded)
        return Error{recorded.error()};
    return OverviewTables::meldingen(*all);
}

Result<ExportTable> OverviewService::signalen(const QDate& peildatum) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ExportOverview);
        !allowed)
        return Error{allowed.error()};
    SignalService service(m_db, peildatum);
    const auto current = service.signals();
    if (!current)
        return Error{current.error()};
    const auto tracked = SignalWorkService(m_db, m_clock, m_user).track(*current);
    if (!tracked)
        return Error{tracked.error()};
    const auto leerlingen = LeerlingRepository(m_db).all();
    if (!leerlingen)
        return Error{leerlingen.error()};
    QHash<QString, Leerling> byPgn;
    for (const Leerling& l : *leerlingen)
        byPgn.insert(l.pgn, l);
    if (Status recorded = record(u"overzicht signalen"_s); !recorded)
        return Error{recorded.error()};
    return OverviewTables::signalen(*tracked, byPgn, m_clock.today());
}

Result<ExportTable> OverviewService::attendance(const QString& pgn) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    const auto leerling = LeerlingRepository(m_db).find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    const auto school = SchoolRepository(m_db).load();
    if (!school)
        return Error{school.error()};
    const auto records = AbsenceRepository(m_db).forLeerling(pgn);
    if (!records)
        return Error{records.error()};
    const CodeTable codes = school->has_value() ? (*school)->codes : CodeTable::defaults();
    if (Status recorded = record(u"overzicht absenties"_s, pgn); !recorded)
        return Error{recorded.error()};
    return OverviewTables::attendance(**leerling, *records, codes);
}
