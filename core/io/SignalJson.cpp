// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalJson.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

using namespace std::string_view_literals;

namespace {

// Writes into a buffer grown ahead of what is written: a large school has 150,000 signals, and
// going through QJsonDocument for every value took seconds of `signalen --json`; appending to a
// QByteArray byte by byte (a capacity check and a detach check for each) still took a fifth of
// the whole command.
class JsonOut
{
public:
    explicit JsonOut(qsizetype expected) { m_buffer.resize(expected); }

    void raw(std::string_view text)
    {
        std::memcpy(room(qsizetype(text.size())), text.data(), text.size());
        m_used += qsizetype(text.size());
    }

    void string(QStringView text)
    {
        // A pgn and a soort are ASCII: no conversion needed.
        if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            escaped(text.size(), [&](qsizetype i) { return char(text[i].unicode()); });
        } else {
            const QByteArray utf8 = text.toUtf8();
            escaped(utf8.size(), [&](qsizetype i) { return utf8[i]; });
        }
    }

    void date(const QDate& date)
    {
        int year = 0, month = 0, day = 0;
        date.getDate(&year, &month, &day);
        if (!date.isValid() || year < 1 || year > 9999) {
            raw("null"sv);
            return;
        }
        char* at = room(12);
        at[0] = '"';
        digits(at + 1, year, 4);
        at[5] = '-';
        digits(at + 6, month, 2);
        at[8] = '-';
        digits(at + 9, day, 2);
        at[11] = '"';
        m_used += 12;
    }

    void number(const Quantity& quantity)
    {
        // The shortest text that reads back as the same double, as QLocale's
        // FloatingPointShortest gives it, without a string per signal.
        char* const at = room(32);
        char* const end = quantity.isFractional()
                              ? std::to_chars(at, at + 32, quantity.inHours()).ptr
                              : std::to_chars(at, at + 32, quantity.value).ptr;
        m_used += end - at;
        // Hours of clock time keep their decimal (11.0), as the examples print them.
        if (quantity.isFractional() &&
            std::none_of(at, end, [](char c) { return c == '.' || c == 'e'; }))
            raw(".0"sv);
    }

    QByteArray take()
    {
        m_buffer.truncate(m_used);
        return std::move(m_buffer);
    }

private:
    // Room for `size` more bytes at the end of what is written.
    char* room(qsizetype size)
    {
        if (m_used + size > m_buffer.size())
            m_buffer.resize(std::max(2 * m_buffer.size(), m_used + size));
        return m_buffer.data() + m_used;
    }

    template <typename ByteAt> void escaped(qsizetype length, ByteAt byteAt)
    {
        constexpr std::string_view kHex = "0123456789abcdef";
        char* at = room(2 + 6 * length); // every byte may become \u00XX
        char* const start = at;
        *at++ = '"';
        for (qsizetype i = 0; i < length; ++i) {
            const char c = byteAt(i);
            if (c == '"' || c == '\\') {
                *at++ = '\\';
                *at++ = c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                at = std::copy_n("\\u00", 4, at);
                *at++ = kHex[size_t((c >> 4) & 0xf)];
                *at++ = kHex[size_t(c & 0xf)];
            } else {
                *at++ = c;
            }
        }
        *at++ = '"';
        m_used += at - start;
    }

    static void digits(char* at, int value, int width)
    {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    }

    QByteArray m_buffer;
    qsizetype m_used = 0;
};

} // namespace

namespace SignalJson {

QByteArray write(const QList<Signal>& signals)
{
    if (signals.isEmpty())
        return "[]\n";
    JsonOut out(signals.size() * 170);
    out.raw("[\n"sv);
    for (const Signal& s : signals) {
        if (&s != &signals.first())
            out.raw(",\n"sv);
        out.raw("  {\"pgn\": "sv);
        out.string(s.pgn);
        out.raw(", \"soort\": "sv);
        out.string(SignalKinds::key(s.kind));
        out.raw(", \"bereikt_op\": "sv);
        out.date(s.reachedOn);
        out.raw(", \"begindatum\": "sv);
        out.date(s.startDate);
        out.raw(", \"einddatum\": "sv);
        out.date(s.endDate);
        out.raw(", \"uren\": "sv);
        out.number(s.hours);
        out.raw(", \"uiterste_meld_datum\": "sv);
        out.date(s.reportDeadline);
        out.raw("}"sv);
    }
    out.raw("\n]\n"sv);
    return out.take();
}

} // namespace SignalJson
