// SPDX-License-Identifier: GPL-3.0-or-later
#include "Role.h"

#include "util/KeyTable.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
};

constexpr std::array kKeys{std::pair{Role::Beheerder, u"beheerder"},
                           std::pair{Role::Coordinator, u"verzuimcoordinator"},
                           std::pair{Role::Medewerker, u"verzuimmedewerker"},
                           std::pair{Role::AlleenLezen, u"alleen-lezen"}};

} // namespace

namespace Roles {

QString key(Role role)
{
    return KeyTable::keyOf(kKeys, role);
}

std::optional<Role> fromKey(QStringView key)
{
    return KeyTable::valueOf<Role>(kKeys, key);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Beheerder:
        return RoleNames::tr("Administrator");
    case Role::Coordinator:
        return RoleNames::tr("Attendance coordinator");
    case Role::Medewerker:
        return RoleNames::tr("Attendance officer");
    case Role::AlleenLezen:
        return RoleNames::tr("Read only");
    }
    return {};
}

bool allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Beheerder:
        return true;
    case Role::Coordinator:
        return permission != Permission::ManageSettings && permission != Permission::ManageUsers &&
               permission != Permission::Purge && permission != Permission::ViewAudit;
    case Role::Medewerker:
        return permission == Permission::ViewLeerling || permission == Permission::EditLeerling ||
               permission == Permission::EditMelding;
    case Role::AlleenLezen:
        return permission == Permission::ViewLeerling;
    }
    return false;
}

bool isScoped(Role role)
{
    return role == Role::Medewerker;
}

} // namespace Roles
