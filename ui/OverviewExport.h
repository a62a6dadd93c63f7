// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportTable.h"
#include "util/Result.h"

#include <QCoreApplication>

class QWidget;

// The "Exporteren…" action of the overviews: asks where (Excel workbook or CSV for Excel) and
// writes the table, saying where it went or why it could not. askWhere is the question alone, for
// the other tables the window saves (the audit trail, a purge's report).
class OverviewExport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewExport)

public:
    static void ask(QWidget* parent, const QString& suggestedName,
                    const Result<ExportTable>& table);
    // Only the question: the file an overview goes to (.xlsx when no suffix is typed), or empty
    // when the user cancels. The save dialog has asked before replacing a file.
    static QString askWhere(QWidget* parent, const QString& title, const QString& suggestedName);
};
