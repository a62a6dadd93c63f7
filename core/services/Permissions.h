// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/Access.h"

class Clock;

// Access as the services and programs ask for it: the user's role, with a verzuimmedewerker's
// scope following the signals open today.
namespace Permissions {
Result<Access> of(Database& database, const QString& user, const Clock& clock);
// The one-line check at the top of a service method: `user` may do `permission`, on the
// leerling `pgn` when one is named.
Status check(Database& database, const QString& user, const Clock& clock, Permission permission,
             const QString& pgn = {});
// The leerlingen `user`'s lists show: every one, or a verzuimmedewerker's scope as of today.
Result<QList<Leerling>> visibleLeerlingen(Database& database, const QString& user,
                                          const Clock& clock);
} // namespace Permissions
