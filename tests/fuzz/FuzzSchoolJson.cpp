// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: school.json of any content gives a school or problems, never a crash.
#include "io/SchoolJsonReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ImportIssues issues;
    const auto school =
        SchoolJsonReader(QStringLiteral("school.json"),
                         QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), issues)
            .read();
    // Either a school or at least one error: never both, never neither.
    if (school.has_value() == issues.hasErrors())
        __builtin_trap();
    return 0;
}
