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
    constexpr const char* kRestarted = "VERZUIMDESK_HUGE_PAGES";
    if (std::getenv(kRestarted) != nullptr) {
        // glibc has read the tunable; programs we start (a PDF viewer) get their own choice.
        unsetenv(kRestarted);
        unsetenv("GLIBC_TUNABLES");
        return;
    }
    if (std::getenv("GLIBC_TUNABLES") != nullptr)
        return; // the user's own tunables (set any, e.g. to run under valgrind, to skip this)
    if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) != 0 ||
        setenv(kRestarted, "1", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Only returns when exec failed: carry on with normal pages.
    unsetenv(kRestarted);
    unsetenv("GLIBC_TUNABLES");
#else
    Q_UNUSED(argv);
#endif
}

} // namespace HugePages
