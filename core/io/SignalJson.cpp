// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalJson.h"

#include <QLocale>

#include <algorithm>

namespace {

// Written byte by byte: a large school has 150,000 signals, and going through QJsonDocument for
// every value took seconds of `signalen --json`.
void appendString(QByteArray& out, QStringView text)
{
    out += '"';
    const auto appendByte = [&out](char c) {
        switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xf];
                out += "0123456789abcdef"[c & 0xf];
            } else {
                out += c;
            }
        }
    };
    // A pgn and a soort are ASCII: no conversion needed.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        for (const QChar c : text)
            appendByte(char(c.unicode()));
    } else {
        for (const char c : text.toUtf8())
            appendByte(c);
    }
    out += '"';
}

void appendDigits(QByteArray& out, int value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

void appendDate(QByteArray& out, const QDate& date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999) {
        out += "null";
        return;
    }
    out += '"';
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    out += '"';
}

void appendNumber(QByteArray& out, const Quantity& quantity)
{
    if (!quantity.isFractional()) {
        out += QByteArray::number(quantity.value);
        return;
    }
    const QByteArray text =
        QByteArray::number(quantity.inHours(), 'g', QLocale::FloatingPointShortest);
    out += text;
    if (!text.contains('.') && !text.contains('e'))
        out += ".0";
}

} // namespace

namespace SignalJson {

QByteArray write(const QList<Signal>& signals)
{
    if (signals.isEmpty())
        return "[]\n";
    QByteArray out;
    out.reserve(signals.size() * 170);
    out += "[\n";
    for (const Signal& s : signals) {
        if (&s != &signals.first())
            out += ",\n";
        out += "  {\"pgn\": ";
        appendString(out, s.pgn);
        out += ", \"soort\": ";
        appendString(out, SignalKinds::key(s.kind));
        out += ", \"bereikt_op\": ";
        appendDate(out, s.reachedOn);
        out += ", \"begindatum\": ";
        appendDate(out, s.startDate);
        out += ", \"einddatum\": ";
        appendDate(out, s.endDate);
        out += ", \"uren\": ";
        appendNumber(out, s.hours);
        out += ", \"uiterste_meld_datum\": ";
        appendDate(out, s.reportDeadline);
        out += '}';
    }
    out += "\n]\n";
    return out;
}

} // namespace SignalJson
