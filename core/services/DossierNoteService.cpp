// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierNoteService.h"

#include "services/Permissions.h"

#include "storage/AuditLog.h"
#include "storage/DossierNoteRepository.h"
#include "storage/LeerlingRepository.h"

using namespace Qt::StringLiterals;

DossierNoteService::DossierNoteService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<DossierNote> DossierNoteService::add(const QString& pgn, const QString& text, bool workNote)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::EditLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    const QString trimmed = text.trimmed();
    // A note that says nothing is the "." the loket gets from hurried coordinators.
    if (trimmed.size() < 3)
        return Error{tr("Write the note in words; it is empty or too short.")};
    const auto leerling = LeerlingRepository(m_db).find(pgn);
    if (!leerling)
        return Error{leerling.error()};
    if (!leerling->has_value())
        return Error{tr("There is no leerling with PGN %1.").arg(pgn)};
    const QDateTime now = m_clock.now();
    return m_db.transaction([&]() -> Result<DossierNote> {
        auto stored = DossierNoteRepository(m_db).insert({0, pgn, trimmed, workNote, m_user, now});
        if (!stored)
            return stored;
        m_db.announce(&ChangeNotifier::dossierChanged, pgn);
        if (Status recorded = AuditLog(m_db).append(
                {m_user, workNote ? u"werknotitie toegevoegd"_s : u"notitie toegevoegd"_s, pgn,
                 u"notitie %1"_s.arg(stored->id)});
            !recorded)
            return recorded.failure();
        return stored;
    });
}

Result<QList<DossierNote>> DossierNoteService::forLeerling(const QString& pgn) const
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ViewLeerling, pgn);
        !allowed)
        return Error{allowed.error()};
    return DossierNoteRepository(m_db).forLeerling(pgn);
}
