// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

// The fields of one item of a package's JSON export, each problem reported at the line the item
// starts on, under the field's path ("absentieReden.afkorting").
class JsonItemReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonItemReader)

public:
    JsonItemReader(const QString& path, int line, const QJsonObject& item, ImportIssues& issues);

    // "a.b" looks inside the object a.
    QJsonValue value(const QString& field) const;
    // A string, or a whole number written without quotes (a leerlingnummer often is one).
    QString text(const QString& field, bool required) const;
    // An ISO 8601 moment with offset or Z, in the school's own time (Europe/Amsterdam): the
    // lestijden are Dutch wall-clock time. `example` shows how the package writes one.
    std::optional<QDateTime> moment(const QString& field, bool required,
                                    const QString& example) const;
    std::optional<int> lesuur(const QString& field) const;
    // true or false; missing or null reads as false.
    bool flag(const QString& field) const;

    void error(const QString& field, const QString& reason) const;

private:
    const QString& m_path;
    int m_line;
    const QJsonObject& m_item;
    ImportIssues& m_issues;
};
