// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <memory>

// Whether an export may replace a file that exists: only when the user said so (the GUI's save
// dialog asks; the CLI has --overschrijven).
enum class Overwrite
{
    Refuse,
    Allow
};

// The file an export is written to: written beside the target and renamed over it only when
// complete (a failed export leaves no half file and the old one intact), readable by the owner
// only, because every export holds data about children.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)

public:
    static Result<std::unique_ptr<ExportFile>> open(const QString& path, Overwrite overwrite);

    QIODevice& device() { return m_file; }
    // Makes the export visible under its name.
    Status commit();

private:
    explicit ExportFile(const QString& path);

    QSaveFile m_file;
};
