// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxExport.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

// Excel's sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(const QString& title)
{
    QString name = title;
    for (const QChar c : u"[]:*?/\\"_s)
        name.remove(c);
    return name.left(31).toUtf8();
}

} // namespace

Result<QByteArray> XlsxExport::write(const ExportTable& table)
{
    // libxlsxwriter writes to a file name only; a private folder keeps the pupils' data from
    // other users and is removed with everything in it.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{
            tr("Cannot create a temporary folder for the workbook: %1").arg(dir.errorString())};
    const QByteArray path = dir.filePath(u"export.xlsx"_s).toLocal8Bit();
    const QByteArray tmpdir = dir.path().toLocal8Bit();
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return Error{tr("Cannot create the workbook.")};
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName(table.title).constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd-mm-yyyy");
    lxw_format* decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.0");

    for (int column = 0; column < table.header.size(); ++column) {
        worksheet_write_string(sheet, 0, lxw_col_t(column),
                               table.header[column].toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), 16, nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const QVariant& cell = table.rows[r][c];
            const lxw_col_t column = lxw_col_t(c);
            switch (cell.typeId()) {
            case QMetaType::QDate: {
                const QDate d = cell.toDate();
                if (d.isValid()) {
                    lxw_datetime value{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, column, &value, date);
                }
                break;
            }
            case QMetaType::Int:
            case QMetaType::LongLong:
                worksheet_write_number(sheet, row, column, double(cell.toLongLong()), nullptr);
                break;
            case QMetaType::Double:
                worksheet_write_number(sheet, row, column, cell.toDouble(), decimal);
                break;
            default:
                if (const QString text = cell.toString(); !text.isEmpty())
                    worksheet_write_string(sheet, row, column,
                                           ExportTable::neutralised(text).toUtf8().constData(),
                                           nullptr);
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.header.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()),
                             lxw_col_t(table.header.size() - 1));
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR)
        return Error{
            tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error)))};
    QFile file(QString::fromLocal8Bit(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the workbook back: %1").arg(file.errorString())};
    return file.readAll();
}
