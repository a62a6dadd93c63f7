// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

// Lays HTML documents out on the pages of a paged device (a PDF writer, or a printer in the
// GUI): each document starts on a new page and has a footer with its own "page x of y". Needs a
// QGuiApplication (fonts).
class HtmlPages
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPages)

public:
    explicit HtmlPages(QPagedPaintDevice& device);

    void add(const QString& html, const QString& footer);
    // Ends the output; false when the device could not be written.
    bool finish();

    // Our PDFs: A4, PDF/A-1b (fonts embedded), margins for punching and filing.
    static void setUpPdf(QPdfWriter& writer, const QString& title);

private:
    QPagedPaintDevice& m_device;
    QPainter m_painter;
    bool m_empty = true;
};

// Small pieces of the HTML our documents share.
namespace Html {
QString escaped(const QString& text);
// A bordered table's opening tag, and its header row (repeated on every page).
QString tableStart();
QString headerRow(const QStringList& columns);
} // namespace Html
