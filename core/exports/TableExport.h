// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportFile.h"
#include "ExportTable.h"

// Saves an overview in the format its file name asks for: .xlsx or .csv.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static Status save(const ExportTable& table, const QString& path, Overwrite overwrite);
};
