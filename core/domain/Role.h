// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// What a user of a team database may do. In single-user (SQLite) mode the one user is beheerder.
enum class Role
{
    Beheerder,   // everything, and settings, users, purge and the audit trail
    Coordinator, // everything about leerlingen and meldingen
    Medewerker,  // need-to-know: only leerlingen in their scope (see Access)
    AlleenLezen, // reads every dossier, changes nothing
};

enum class Permission
{
    ViewLeerling,   // open a dossier (scoped for a medewerker)
    EditLeerling,   // absence, notes, signal work (scoped for a medewerker)
    EditMelding,    // draft and change meldingen (scoped for a medewerker)
    SubmitMelding,  // send to DUO or record the loket's registration
    Import,         // read the school's files
    ExportOverview, // overviews of the whole school
    ManageSettings, // school settings, DUO connection
    ManageUsers,    // users, roles and assignments
    Purge,          // remove leerlingen past the retention period
    ViewAudit,      // read and export the audit trail
};

namespace Roles {
QString key(Role role); // beheerder, verzuimcoordinator, verzuimmedewerker, alleen-lezen
std::optional<Role> fromKey(QStringView key);
QString displayName(Role role); // translated
bool allows(Role role, Permission permission);
// Whether the role sees only the leerlingen in its scope.
bool isScoped(Role role);
} // namespace Roles
