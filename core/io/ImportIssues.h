// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One problem found while importing, reported as `FILE:LINE: column COLUMN: reason`
// (uitwisselformaat: the spec's own, untranslated layout so that tools can parse it).
struct ImportIssue
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    QString column; // empty for a problem of the whole line or file
    QString reason;

    QString toString() const;
};

class ImportIssues
{
public:
    void error(const QString& file, int line, const QString& column, const QString& reason);
    void warning(const QString& file, int line, const QString& column, const QString& reason);
    // An input file that cannot be read: an error, and not the input's fault (exit 1, not 2).
    void unreadable(const QString& file, const QString& reason);

    bool hasUnreadableFile() const { return m_unreadable; }
    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    const QList<ImportIssue>& all() const { return m_issues; }
    QList<ImportIssue> errors() const;
    QList<ImportIssue> warnings() const;

private:
    QList<ImportIssue> m_issues;
    int m_errorCount = 0;
    bool m_unreadable = false;
};
