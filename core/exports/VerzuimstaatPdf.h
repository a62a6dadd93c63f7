// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlPages.h"
#include "Verzuimstaat.h"

// Lays verzuimstaten out on the pages of a paged device (a PDF writer, or a printer in the GUI):
// each statement starts on a new page with its own "pagina x van y", and the table header is
// repeated on every page. Needs a QGuiApplication (fonts).
class VerzuimstaatPages
{
    Q_DECLARE_TR_FUNCTIONS(VerzuimstaatPages)

public:
    explicit VerzuimstaatPages(QPagedPaintDevice& device);

    void add(const Verzuimstaat& staat);
    // Ends the output; false when the device could not be written.
    bool finish();

    // The statement as HTML, as it is laid out on the pages.
    static QString html(const Verzuimstaat& staat);

private:
    HtmlPages m_pages;
};

// Verzuimstaten as one PDF: A4, PDF/A-1b with embedded fonts.
class VerzuimstaatPdf
{
public:
    explicit VerzuimstaatPdf(QIODevice& device);

    VerzuimstaatPages& pages() { return m_pages; }

private:
    QPdfWriter m_writer;
    VerzuimstaatPages m_pages;
};
