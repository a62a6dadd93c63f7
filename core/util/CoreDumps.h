// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace CoreDumps {

// Call first thing in main(). The programs hold secrets in memory (the DUO
// certificate's passphrase, a team database's password, leerlingen's data): a crash must not
// write them to disk in a core file. Sets the core file limit to zero, soft and hard, which the
// kernel and systemd-coredump both honour. (Making the process undumpable as well would hand
// its /proc files to root, and the benchmark reads and resets its own peak memory there.)
void forbidForThisProcess();

} // namespace CoreDumps
