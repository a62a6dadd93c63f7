// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "domain/School.h"

#include <QCoreApplication>

#include <optional>

// Somtoday's vakanties as its REST API returns them (`{"items": [...]}` or a bare array of
// RVakantie: naam, beginDatum, eindDatum), read by `import --school` in place of a school.json:
// they replace the stored school's vakanties in the period the file covers, and leave the rest
// of the school as it is. docs/exchange-format.md has the public sources and what is a guess.
class SomtodayVakantiesFile
{
    Q_DECLARE_TR_FUNCTIONS(SomtodayVakantiesFile)

public:
    static bool looksLike(const QByteArray& data);
    // The file's vakanties, or nullopt with every bad item reported at its line.
    static std::optional<QList<Holiday>> read(const QString& path, const QByteArray& data,
                                              ImportIssues& issues);
    // `stored` without the vakanties inside the period `fromFile` covers, and with those.
    static QList<Holiday> merged(const QList<Holiday>& stored, const QList<Holiday>& fromFile);
};
