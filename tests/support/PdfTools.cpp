// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace PdfTools {

QString text(const QString& path)
{
    return run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
}

QString info(const QString& path)
{
    return run(u"pdfinfo"_s, {path});
}

int pages(const QString& path)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info(path));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString fonts(const QString& path)
{
    return run(u"pdffonts"_s, {path});
}

} // namespace PdfTools
