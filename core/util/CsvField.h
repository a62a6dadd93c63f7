// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Csv {

// `text` as one field of a `;`-separated line: quoted, with doubled quotes, only where it holds
// a separator, a quote or a line break.
inline QString field(const QString& text)
{
    using namespace Qt::StringLiterals;
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace Csv
