// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/School.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

// What to generate: a school of `leerlingen` in the sector, deterministic for the seed, with a
// year of attendance up to `today`.
struct GeneratorSettings
{
    int leerlingen = 60;
    Sector sector = Sector::Vo;
    quint32 seed = 1;
    QDate today;
};

struct GeneratedSchool
{
    int leerlingen = 0;
    qint64 contacten = 0;
    qint64 absenties = 0;
};

// Writes a realistic school in the exchange format (school.json with the region's vakanties,
// leerlingen.csv, contacten.csv, absenties.csv) for the demo and the benchmark.
//
// Attendance follows what schools see: most leerlingen are rarely absent, some often, a few
// percent skip lessons week after week, a few are away continuously, lateness, sickness and
// doctor's visits are mixed in, and a few take a trip just before a vakantie. Every pattern
// occurs at least twice, so a school of a hundred or more shows every kind of signal its ages
// allow (18+ kinds need mbo ages). The same settings always give the same files.
class SchoolGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SchoolGenerator)

public:
    explicit SchoolGenerator(GeneratorSettings settings);

    Result<GeneratedSchool> writeTo(const QString& directory,
                                    const ProgressCallback& progress = {}) const;

private:
    GeneratorSettings m_settings;
};
