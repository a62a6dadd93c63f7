// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace HugePages {

// Call first thing in main(). Loading a large school touches some 300 MB; in 4 KB pages that is
// 75,000 page faults, over half a second on a virtual machine (docs/performance.md). glibc's
// malloc asks for transparent huge pages when its tunable says so, and reads tunables only when
// a program starts: so the program starts itself once more with the tunable set (a marker in the
// environment stops it doing so twice, even where glibc drops the tunable). A GLIBC_TUNABLES the
// user set is left alone; elsewhere than glibc on Linux this does nothing.
void preferForThisProcess(char* argv[]);

} // namespace HugePages
