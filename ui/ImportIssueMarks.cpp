// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportIssueMarks.h"

#include <QTableWidgetItem>

namespace ImportIssueMarks {

QColor textColour(ImportIssue::Severity severity)
{
    return severity == ImportIssue::Severity::Error ? QColor(0xb0, 0x00, 0x20)
                                                    : QColor(0x8a, 0x5a, 0x00);
}

void mark(QTableWidgetItem& item, const QList<const ImportIssue*>& lineIssues)
{
    if (lineIssues.isEmpty())
        return;
    QStringList reasons;
    bool error = false;
    for (const ImportIssue* issue : lineIssues) {
        reasons.append(issue->toString());
        error |= issue->severity == ImportIssue::Severity::Error;
    }
    item.setBackground(error ? QColor(0xfd, 0xe0, 0xe0) : QColor(0xff, 0xf3, 0xcd));
    item.setToolTip(reasons.join(u'\n'));
}

} // namespace ImportIssueMarks
