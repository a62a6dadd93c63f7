// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Persoonsgebonden nummer: a BSN or, failing that, an onderwijsnummer (WRO art. 1).
namespace Pgn {

enum class Kind
{
    Invalid,
    Bsn,
    Onderwijsnummer
};

Kind classify(QStringView text);
inline bool isValid(QStringView text)
{
    return classify(text) != Kind::Invalid;
}

// Why `text` is not a PGN, as a translated sentence; empty when it is valid.
QString problem(QStringView text);

// The index-th of a series of synthetic BSNs (9 digits starting with 2, passing the 11-proef),
// distinct for distinct indexes: for demo schools, benchmarks and tests, never for real people.
QString syntheticBsn(int index);

} // namespace Pgn
