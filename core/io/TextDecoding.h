// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

// The encodings schools' files come in: UTF-8 (our format, with or without BOM), UTF-16 with a
// byte-order mark (Excel's "Unicode text"), and Windows-1252 (Excel's plain "CSV" on a Dutch
// Windows, and the packages' older exports).
enum class TextEncoding
{
    Utf8,
    Utf16,
    Windows1252
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Why a file could not be decoded, and on which physical line (0: the file as a whole).
struct DecodingProblem
{
    int line = 0;
    QString reason;
};

// Decodes a file of unknown encoding. Valid UTF-8 is UTF-8; a UTF-16 byte-order mark is UTF-16;
// other bytes are Windows-1252 unless they hold one of the five bytes Windows-1252 leaves
// undefined, or look like UTF-16 or UTF-32 without their mark — those are refused with a reason
// that says how to save the file as UTF-8.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    static std::optional<DecodedText> decode(QByteArrayView data, DecodingProblem& problem);
    // "Windows-1252", as the user's tools name it.
    static QString name(TextEncoding encoding);
};
