// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportIssues.h"

#include <QColor>

class QTableWidgetItem;

// How the import's preview marks a problem: the same colours in every table and list.
namespace ImportIssueMarks {
QColor textColour(ImportIssue::Severity severity);
// Colours a cell of a line with problems and shows their reasons as its tooltip.
void mark(QTableWidgetItem& item, const QList<const ImportIssue*>& lineIssues);
} // namespace ImportIssueMarks
