// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "services/MeldingService.h"

// Example p01 or p03 with the school.json extension (a contact person and a location) and
// contacten.csv. Fails the current test (QVERIFY) when the import does not store.
void importSchoolWithContacts(TestDatabase& db, const QString& example);

// Drafts the melding of example p01's first 16UUR signal and completes it (reason, action).
qint64 completedDraft(MeldingService& service, const QString& actions = QStringLiteral("brief"));

// What a draft of a school without a contact person needs to become gereed: a reason, an action
// and the school's contact person.
QList<std::pair<QString, QString>> fieldsForGereed();

// completedDraft(), made gereed and registered at DUO under the meldingsnummer.
qint64 registeredDraft(MeldingService& service, const QString& meldingsnummer);
