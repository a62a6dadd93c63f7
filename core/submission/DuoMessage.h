// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"

#include <QByteArray>

// The melding as the XML message of the machine-to-machine channel. This is the only place that
// knows the message's shape.
//
// DUO's official schema is not public. Until it is obtained through DUO's onboarding, the message
// maps the verzuimloket's fields one to one: one element per MeldingFields key, grouped by the
// loket's screens. Check this mapping against DUO's schema before production use
// (docs/duo-m2m.md).
namespace DuoMessage {

QByteArray build(const Melding& melding, const QString& idempotencyKey);

} // namespace DuoMessage
