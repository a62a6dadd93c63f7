// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV reader must accept any bytes without crashing, hanging or leaking,
// and every record it returns must start on a line that exists.
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const CsvDocument document = CsvReader::read(input);
    // Lines as the reader counts them: CR LF, LF and a lone CR each end one.
    const qsizetype lines = input.count('\n') + input.count('\r') - input.count("\r\n") + 1;
    for (const CsvRecord& record : document.records) {
        if (record.line < 1 || record.line > lines)
            __builtin_trap();
    }
    return 0;
}
