// SPDX-License-Identifier: GPL-3.0-or-later
// The encodings schools' files come in (uitwisselformaat.md): UTF-8, UTF-16 with its mark and
// Windows-1252 are read; anything else is refused with the line and how to save as UTF-8.
#include "io/TextDecoding.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readable_data();
    void readable();
    void refused_data();
    void refused();
};

namespace {

QByteArray utf16(const QString& text, bool bigEndian)
{
    QByteArray bytes = bigEndian ? "\xFE\xFF"_ba : "\xFF\xFE"_ba;
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

} // namespace

void TestTextDecoding::readable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    const QString dutch = u"naam;opmerking\nDaniëlle;één € – ‘ziek’\n"_s;
    QTest::newRow("utf8") << dutch.toUtf8() << dutch << TextEncoding::Utf8;
    QTest::newRow("utf8_with_bom")
        << "\xEF\xBB\xBF"_ba + dutch.toUtf8() << dutch << TextEncoding::Utf8;
    QTest::newRow("utf16_little_endian") << utf16(dutch, false) << dutch << TextEncoding::Utf16;
    QTest::newRow("utf16_big_endian") << utf16(dutch, true) << dutch << TextEncoding::Utf16;
    QTest::newRow("windows_1252") << "naam;opmerking\nDani\xEB"
                                     "lle;\xE9\xE9n \x80 \x96 \x91ziek\x92\n"_ba
                                  << dutch << TextEncoding::Windows1252;
    QTest::newRow("empty") << QByteArray() << QString() << TextEncoding::Utf8;
}

void TestTextDecoding::readable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    DecodingProblem problem;
    const std::optional<DecodedText> decoded = TextDecoding::decode(bytes, problem);
    QVERIFY2(decoded, qPrintable(problem.reason));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, encoding);
}

void TestTextDecoding::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("byte_undefined_in_windows_1252")
        << "a;b\nc;d\ne\x81;f\n"_ba << 3 << u"neither UTF-8 nor Windows-1252 (byte 0x81)"_s;
    QTest::newRow("utf8_mark_over_latin1") << "\xEF\xBB\xBF"
                                              "a;b\nDani\xEB"
                                              "lle;x\n"_ba
                                           << 2 << u"not valid UTF-8"_s;
    QTest::newRow("utf32") << "\xFF\xFE\x00\x00"_ba + QByteArray(8, '\0') << 0 << u"UTF-32"_s;
    QTest::newRow("utf16_without_mark")
        << QByteArray("p\0g\0n\0;\0\xE9\0", 10) << 0 << u"UTF-16 without a byte-order mark"_s;
}

void TestTextDecoding::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reason);
    DecodingProblem problem;
    QVERIFY(!TextDecoding::decode(bytes, problem));
    QCOMPARE(problem.line, line);
    QVERIFY2(problem.reason.contains(reason), qPrintable(problem.reason));
    // Every refusal says how to get a file that is read.
    QVERIFY2(line > 0 || problem.reason.contains(u"UTF-8"_s), qPrintable(problem.reason));
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "TestTextDecoding.moc"
