// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlPages.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

using namespace Qt::StringLiterals;

HtmlPages::HtmlPages(QPagedPaintDevice& device)
    : m_device(device)
{
}

void HtmlPages::setUpPdf(QPdfWriter& writer, const QString& title)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(u"Verzuimdesk"_s);
    writer.setTitle(title);
}

void HtmlPages::add(const QString& html, const QString& footerText)
{
    if (m_empty) {
        m_painter.begin(&m_device);
        m_empty = false;
    } else {
        m_device.newPage();
    }
    const QRectF page(QPointF(0, 0),
                      m_device.pageLayout().paintRectPixels(m_device.logicalDpiX()).size());
    QFont font(u"DejaVu Sans"_s, 9);
    const qreal footerHeight = QFontMetricsF(font, &m_device).height() * 2.5;
    const QSizeF body(page.width(), page.height() - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&m_device);
    document.setDefaultFont(font);
    document.setPageSize(body);
    document.setHtml(html);
    const int pages = document.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            m_device.newPage();
        m_painter.save();
        m_painter.translate(0, -p * body.height());
        document.drawContents(&m_painter, QRectF(QPointF(0, p * body.height()), body));
        m_painter.restore();
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x55, 0x5f, 0x6b));
        const QRectF footer(0, body.height(), page.width(), footerHeight);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerText);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                           tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
}

bool HtmlPages::finish()
{
    if (m_empty)
        m_painter.begin(&m_device); // nothing added still gives a valid (blank) PDF
    return m_painter.end();
}

namespace Html {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableStart()
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
           "style=\"border-collapse: collapse; border-color: #9aa5b1;\">"_s;
}

QString headerRow(const QStringList& columns)
{
    QString row = u"<thead><tr>"_s;
    for (const QString& column : columns)
        row += u"<th align=\"left\" bgcolor=\"#e8edf3\">%1</th>"_s.arg(escaped(column));
    return row + u"</tr></thead>"_s;
}

} // namespace Html
