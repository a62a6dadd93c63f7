// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pgn.h"

#include "Text.h"

#include <QCoreApplication>

namespace {

bool isNineDigits(QStringView text)
{
    if (text.size() != 9)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// 9·d1 + 8·d2 + … + 2·d8 − 1·d9: the weighted sum both number kinds use.
int weightedSum(QStringView digits)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * (digits[i].unicode() - u'0');
    return sum - (digits[8].unicode() - u'0');
}

int mod11(int value)
{
    return ((value % 11) + 11) % 11;
}

} // namespace

namespace Pgn {

Kind classify(QStringView text)
{
    if (!isNineDigits(text))
        return Kind::Invalid;
    const int remainder = mod11(weightedSum(text));
    // Onderwijsnummer: starts with "10", weighted sum ≡ 5 (mod 11) (stdnum nl.onderwijsnummer).
    if (text.startsWith(u"10") && remainder == 5)
        return Kind::Onderwijsnummer;
    // BSN 11-proef: weighted sum ≡ 0 (mod 11) and not all zeros.
    if (remainder == 0 && text != u"000000000")
        return Kind::Bsn;
    return Kind::Invalid;
}

QString syntheticBsn(int index)
{
    // Within every 11 consecutive numbers one passes the 11-proef, so ranges of 20 never meet.
    for (int candidate = index * 20;; ++candidate) {
        const QString digits = QStringLiteral("2%1").arg(candidate, 8, 10, QChar(u'0'));
        if (classify(digits) == Kind::Bsn)
            return digits;
    }
}

QString problem(QStringView text)
{
    if (classify(text) != Kind::Invalid)
        return {};
    if (!isNineDigits(text))
        return QCoreApplication::translate("Pgn", "a PGN has exactly 9 digits, found '%1'")
            .arg(Text::shown(text));
    return QCoreApplication::translate(
               "Pgn", "'%1' is neither a valid BSN (11-proef) nor a valid onderwijsnummer")
        .arg(Text::shown(text));
}

} // namespace Pgn
