// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTable.h"

QString ExportTable::neutralised(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return u'\'' + text;
    return text;
}
