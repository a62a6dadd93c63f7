// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What poppler-utils (from Debian) read from a PDF: the tests check the statement as a reader
// of the file would, not our own idea of it.
namespace PdfTools {
QString text(const QString& path);  // pdftotext -layout
int pages(const QString& path);     // from pdfinfo; -1 when unreadable
QString info(const QString& path);  // pdfinfo's whole report
QString fonts(const QString& path); // pdffonts' table
} // namespace PdfTools
