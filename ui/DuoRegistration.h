// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Melding.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

// The one way the screens (editor, invulhulp, Uitgaand) record DUO's meldingsnummer: ask for it,
// register the melding, show a refusal.
class DuoRegistration
{
    Q_DECLARE_TR_FUNCTIONS(DuoRegistration)

public:
    // The registered melding; nothing when the user cancelled or the registration was refused.
    static std::optional<Melding> ask(QWidget* parent, const Session& session, qint64 meldingId,
                                      const QString& leerlingName);
};
