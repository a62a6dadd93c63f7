// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoRegistration.h"

#include "MessageBox.h"
#include "services/MeldingService.h"

std::optional<Melding> DuoRegistration::ask(QWidget* parent, const Session& session,
                                            qint64 meldingId, const QString& leerlingName)
{
    const QString number = MessageBox::askText(
        parent, tr("Registered at DUO"),
        tr("DUO's meldingsnummer of melding %1 (%2), as the loket showed it after saving:")
            .arg(meldingId)
            .arg(leerlingName));
    if (number.trimmed().isEmpty())
        return std::nullopt;
    const auto registered = MeldingService(session.database, session.clock, session.user)
                                .registerAtDuo(meldingId, number);
    if (!registered) {
        MessageBox::warning(parent, tr("Registered at DUO"), registered.error());
        return std::nullopt;
    }
    return *registered;
}
