// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"
#include "domain/School.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    void readLestijden(const QJsonObject& root, Lestijden& lestijden);
    QList<Lesson> lessons(const QJsonObject& lestijden, const QString& key);
    // The value of `key` if it has the JSON type, else an error naming it (a school.json must
    // never empty its calendar by a wrong type, null included); absent: empty.
    QJsonArray listAt(const QJsonObject& object, const QString& key, const QString& path);
    QJsonObject objectAt(const QJsonObject& object, const QString& key, const QString& path);
    QString textAt(const QJsonObject& object, const QString& key, const QString& path);
    QJsonObject elementAt(const QJsonArray& list, qsizetype index, const QString& path,
                          const QString& key);
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
