// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "domain/School.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Reads school.json (uitwisselformaat): school, calendar, codes and settings.
class SchoolJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(SchoolJsonReader)

public:
    SchoolJsonReader(QString fileName, QByteArray data, ImportIssues& issues);

    std::optional<School> read();

private:
    void readCalendar(const QJsonObject& root, School& school);
    void readCodes(const QJsonObject& root, School& school);
    void readSettings(const QJsonObject& root, SchoolSettings& settings);
    void readMeldingSetup(const QJsonObject& root, School& school);
    std::optional<QDate> date(const QJsonValue& value, const QString& path, int occurrence,
                              const QString& key);
    int count(const QJsonObject& object, const QString& key, int defaultValue, int min, int max);
    bool boolean(const QJsonObject& object, const QString& key, bool defaultValue);
    void error(const QString& path, const QString& key, int occurrence, const QString& reason);
    // The line of the n-th occurrence of "key" (0-based), or of the file's first line.
    int lineOf(const QString& key, int occurrence) const;

    QString m_fileName;
    QByteArray m_data;
    ImportIssues& m_issues;
};
