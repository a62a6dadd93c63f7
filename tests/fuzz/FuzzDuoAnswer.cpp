// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: whatever comes back from the network gives an answer or an error, never a
// crash, and never an answer that breaks the parser's promises.
#include "submission/DuoAnswer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto answer =
        DuoAnswer::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!answer) {
        if (answer.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    const bool needsNumber = answer->outcome == DuoAnswer::Outcome::Accepted ||
                             answer->outcome == DuoAnswer::Outcome::Status;
    if (needsNumber && answer->meldingsnummer.isEmpty())
        __builtin_trap();
    if (answer->outcome == DuoAnswer::Outcome::Rejected && answer->errors.isEmpty())
        __builtin_trap();
    if (answer->outcome == DuoAnswer::Outcome::Status && !answer->status)
        __builtin_trap();
    return 0;
}
