// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Verzuimstaat.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

// Draws verzuimstaten into one PDF: A4, PDF/A-1b with embedded fonts, each statement starting on
// a new page with its own "pagina x van y" and the table header repeated on every page. Needs a
// QGuiApplication (fonts).
class VerzuimstaatPdf
{
    Q_DECLARE_TR_FUNCTIONS(VerzuimstaatPdf)

public:
    explicit VerzuimstaatPdf(QIODevice& device);

    void add(const Verzuimstaat& staat);
    // Ends the PDF; false when the device could not be written.
    bool finish();

    // The statement as HTML, as it is laid out in the PDF (also the print preview's source).
    static QString html(const Verzuimstaat& staat);

private:
    QPdfWriter m_writer;
    QPainter m_painter;
    bool m_empty = true;
};
