// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"
#include "util/Result.h"

#include <QCoreApplication>

// An overview as an Excel workbook (libxlsxwriter): one sheet, a bold frozen header with a
// filter, real dates shown as dd-mm-jjjj and real numbers, text never read as a formula.
class XlsxExport
{
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)

public:
    static Result<QByteArray> write(const ExportTable& table);
};
