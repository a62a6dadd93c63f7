// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportTable.h"

#include <QByteArray>

// An overview as CSV the way Dutch Excel opens it by double-click: UTF-8 with a byte order mark,
// `;` between fields, dates as DD-MM-YYYY and a decimal comma.
namespace CsvExport {
QByteArray write(const ExportTable& table);
} // namespace CsvExport
