// SPDX-License-Identifier: GPL-3.0-or-later
#include "HugePages.h"

#include <QtGlobal>

#include <cstdlib>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace HugePages {

void preferForThisProcess(char* argv[])
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    if (std::getenv("GLIBC_TUNABLES") != nullptr)
        return; // the user's choice, or this is the restarted process
    if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Only returns when exec failed: carry on with normal pages.
#else
    Q_UNUSED(argv);
#endif
}

} // namespace HugePages
