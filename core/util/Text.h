// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Text {

// A value as a message quotes it: long values are cut, so a 10 MB field does not come back as
// a 10 MB message.
inline QString shown(QStringView value)
{
    constexpr qsizetype kMax = 40;
    QString text = value.size() <= kMax ? value.toString() : value.left(kMax).toString() + u'…';
    // A control character (a NUL byte in a damaged export) is shown as its code, not written raw.
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text[i].category() == QChar::Other_Control)
            text.replace(i, 1, QStringLiteral("\\x%1").arg(text[i].unicode(), 2, 16, QChar(u'0')));
    }
    return text;
}

} // namespace Text
