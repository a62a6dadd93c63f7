// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportIssues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString ImportIssue::toString() const
{
    const QString prefix = severity == Severity::Warning
                               ? QCoreApplication::translate("ImportIssue", "warning: ")
                               : QString();
    if (column.isEmpty())
        return u"%1:%2: %3%4"_s.arg(file).arg(line).arg(prefix, reason);
    return u"%1:%2: column %3: %4%5"_s.arg(file).arg(line).arg(column, prefix, reason);
}

void ImportIssues::error(const QString& file, int line, const QString& column,
                         const QString& reason)
{
    m_issues.append({ImportIssue::Severity::Error, file, line, column, reason});
    ++m_errorCount;
}

void ImportIssues::warning(const QString& file, int line, const QString& column,
                           const QString& reason)
{
    m_issues.append({ImportIssue::Severity::Warning, file, line, column, reason});
}

QList<ImportIssue> ImportIssues::errors() const
{
    QList<ImportIssue> result;
    for (const ImportIssue& issue : m_issues) {
        if (issue.severity == ImportIssue::Severity::Error)
            result.append(issue);
    }
    return result;
}

QList<ImportIssue> ImportIssues::warnings() const
{
    QList<ImportIssue> result;
    for (const ImportIssue& issue : m_issues) {
        if (issue.severity == ImportIssue::Severity::Warning)
            result.append(issue);
    }
    return result;
}

void ImportIssues::unreadable(const QString& file, const QString& reason)
{
    error(file, 0, QString(), reason);
    m_unreadable = true;
}
