// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One thing wrong with a melding, at its field: found by our validator or given by DUO as a
// reason for a rejection.
struct Finding
{
    QString field; // a MeldingFields key
    QString text;  // translated

    friend bool operator==(const Finding&, const Finding&) = default;
};
