// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "util/Result.h"

#include <QJsonObject>

// A melding as one JSON document: how it is stored (every version) and how the command line
// prints it. Scalar fields use the keys of MeldingFields.
namespace MeldingJson {
QJsonObject toJson(const Melding& melding);
Result<Melding> fromJson(const QJsonObject& object);
} // namespace MeldingJson
