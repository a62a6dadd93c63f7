// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreDumps.h"

#ifdef __linux__
#include <sys/resource.h>
#endif

void CoreDumps::forbidForThisProcess()
{
#ifdef __linux__
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
}
