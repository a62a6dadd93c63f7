// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "CsvExport.h"
#include "XlsxExport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

Status TableExport::save(const ExportTable& table, const QString& path, Overwrite overwrite)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray content;
    if (suffix == u"csv"_s) {
        content = CsvExport::write(table);
    } else if (suffix == u"xlsx"_s) {
        auto workbook = XlsxExport::write(table);
        if (!workbook)
            return Error{workbook.error()};
        content = std::move(workbook).value();
    } else {
        return Error{tr("%1: an export ends in .xlsx or .csv.").arg(path)};
    }
    auto file = ExportFile::open(path, overwrite);
    if (!file)
        return Error{file.error()};
    (*file)->device().write(content);
    return (*file)->commit();
}
