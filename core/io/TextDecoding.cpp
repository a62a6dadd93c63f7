// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoding.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; 0 marks the five bytes it leaves undefined.
constexpr std::array<char16_t, 32> kWindows1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char16_t windows1252(unsigned char byte)
{
    return byte >= 0x80 && byte < 0xA0 ? kWindows1252High[byte - 0x80] : char16_t(byte);
}

int lineOf(QByteArrayView data, qsizetype offset)
{
    return int(std::count(data.begin(), data.begin() + offset, '\n')) + 1;
}

// The first physical line holding bytes that are not UTF-8.
int firstInvalidUtf8Line(QByteArrayView data)
{
    qsizetype lineStart = 0;
    for (int line = 1;; ++line) {
        qsizetype end = data.indexOf('\n', lineStart);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded =
            decoder.decode(data.sliced(lineStart, end - lineStart));
        if (decoder.hasError() || end == data.size())
            return line;
        lineStart = end + 1;
    }
}

// UTF-16 or UTF-32 without a mark: text of Latin letters where every other byte is NUL.
bool looksLikeWideText(QByteArrayView data)
{
    const qsizetype sample = std::min<qsizetype>(data.size(), 512);
    const auto nuls = std::count(data.begin(), data.begin() + sample, '\0');
    return sample >= 4 && nuls * 3 >= sample;
}

QString saveAsUtf8()
{
    return TextDecoding::tr(
        "save it as UTF-8: in Excel \"Save as\" → \"CSV UTF-8 (comma delimited)\", "
        "in a text editor the encoding UTF-8");
}

} // namespace

std::optional<DecodedText> TextDecoding::decode(QByteArrayView data, DecodingProblem& problem)
{
    // The marks are written with their length: a C string would end at the first NUL.
    if (data.startsWith("\xFF\xFE\x00\x00"_ba) || data.startsWith("\x00\x00\xFE\xFF"_ba)) {
        problem = {0, tr("the file is UTF-32, which is not read; %1").arg(saveAsUtf8())};
        return std::nullopt;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                           : QStringDecoder::Utf16BE);
        DecodedText decoded{decoder.decode(data.sliced(2)), TextEncoding::Utf16};
        if (decoder.hasError()) {
            problem = {
                0, tr("the file starts as UTF-16 but is not valid UTF-16; %1").arg(saveAsUtf8())};
            return std::nullopt;
        }
        return decoded;
    }
    const QByteArrayView utf8 = data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    DecodedText decoded{decoder.decode(utf8), TextEncoding::Utf8};
    if (!decoder.hasError())
        return decoded;
    if (utf8.size() != data.size()) { // a UTF-8 mark over bytes that are not UTF-8
        problem = {firstInvalidUtf8Line(utf8), tr("the file is not valid UTF-8")};
        return std::nullopt;
    }
    if (looksLikeWideText(data)) {
        problem = {
            0, tr("the file looks like UTF-16 without a byte-order mark; %1").arg(saveAsUtf8())};
        return std::nullopt;
    }
    QString text(data.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char16_t c = windows1252(static_cast<unsigned char>(data[i]));
        if (c == 0 && data[i] != '\0') {
            problem = {lineOf(data, i),
                       tr("the file is neither UTF-8 nor Windows-1252 (byte 0x%1); %2")
                           .arg(uint(static_cast<unsigned char>(data[i])), 2, 16, QChar(u'0'))
                           .arg(saveAsUtf8())};
            return std::nullopt;
        }
        text[i] = QChar(c);
    }
    return DecodedText{std::move(text), TextEncoding::Windows1252};
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf16:
        return u"UTF-16"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    Q_UNREACHABLE();
    return {};
}
