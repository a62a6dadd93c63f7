// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

// Writes a small, realistic school in the exchange format (school.json, leerlingen.csv,
// contacten.csv, absenties.csv) so that a newcomer sees every kind of signal at once:
// most leerlingen rarely absent, some often, one continuously, lateness, sickness and a luxe
// trip mixed in. Deterministic for a seed; absence falls in the weeks before `today`.
class DemoSchool
{
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)

public:
    DemoSchool(QDate today, int leerlingen, quint32 seed);

    Status writeTo(const QString& directory) const;

private:
    QDate m_today;
    int m_leerlingen;
    quint32 m_seed;
};
