// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include "Dates.h"

std::unique_ptr<Clock> clockFromEnvironment()
{
    if (const auto today = Dates::parse(qEnvironmentVariable("VERZUIMDESK_VANDAAG")))
        return std::make_unique<FixedClock>(*today);
    return std::make_unique<SystemClock>();
}

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("onbekend") : user;
}
