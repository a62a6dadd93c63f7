// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Signal.h"

#include <QByteArray>
#include <QList>

// Signals as the JSON array of verzuimregels §5: exactly {pgn, soort, bereikt_op, begindatum,
// einddatum, uren, uiterste_meld_datum}. Hours of clock time print as decimals (16.5, 11.0),
// lesuren and counts as whole numbers, as the examples' expected.json does.
namespace SignalJson {
QByteArray write(const QList<Signal>& signals);
} // namespace SignalJson
