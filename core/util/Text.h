// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Text {

// A value as a message quotes it: long values are cut, so a 10 MB field does not come back as
// a 10 MB message.
inline QString shown(QStringView value)
{
    constexpr qsizetype kMax = 40;
    return value.size() <= kMax ? value.toString() : value.left(kMax).toString() + u'…';
}

} // namespace Text
