// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewExport.h"

#include "MessageBox.h"
#include "exports/TableExport.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString OverviewExport::askWhere(QWidget* parent, const QString& title,
                                 const QString& suggestedName)
{
    QString path =
        MessageBox::askSaveFile(parent, title, QDir::home().filePath(suggestedName + u".xlsx"_s),
                                tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".xlsx"_s;
    return path;
}

void OverviewExport::ask(QWidget* parent, const QString& suggestedName,
                         const Result<ExportTable>& table)
{
    if (!table) {
        MessageBox::warning(parent, tr("Export"), table.error());
        return;
    }
    const QString path = askWhere(parent, tr("Export %1").arg(table->title), suggestedName);
    if (path.isEmpty())
        return;
    const Status saved = TableExport::save(*table, path, Overwrite::Allow);
    if (!saved) {
        MessageBox::warning(parent, tr("Export"), saved.error());
        return;
    }
    MessageBox::information(parent, tr("Export"),
                            tr("%n row(s) exported to %1.", nullptr, int(table->rows.size()))
                                .arg(QDir::toNativeSeparators(path)));
}
