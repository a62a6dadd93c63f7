// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "School.h"

#include <QCoreApplication>

// One setting a school.json import would change, as the coordinator knows it from Instellingen.
struct SchoolChange
{
    QString setting; // "Vakanties", "Contactpersonen school", "rmc_weken"
    QString before;  // what is stored; for a list, what the import removes
    QString after;   // what the file has; for a list, what the import adds

    friend bool operator==(const SchoolChange&, const SchoolChange&) = default;
};

// What storing a school.json over the stored school changes, so the import can show it and ask
// before it replaces what the coordinator entered by hand (#20).
class SchoolChanges
{
    Q_DECLARE_TR_FUNCTIONS(SchoolChanges)

public:
    static QList<SchoolChange> between(const School& stored, const School& incoming);
};
