// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {

// Reports the first physical line holding bytes that are not UTF-8.
int firstInvalidUtf8Line(QByteArrayView data)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i < data.size() && data[i] != '\n')
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded =
            decoder.decode(data.sliced(lineStart, i - lineStart));
        if (decoder.hasError())
            return line;
        ++line;
        lineStart = i + 1;
    }
    return 0;
}

class Parser
{
public:
    Parser(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    // Parses the next record; false at the end of the input.
    bool next(CsvRecord& record, QList<CsvProblem>& problems)
    {
        while (consumeLineBreak()) {
        } // blank lines
        if (m_pos >= m_text.size())
            return false;
        record = {m_line, {}};
        QString field;
        bool quoted = false;
        int quoteLine = m_line;
        while (m_pos < m_text.size()) {
            if (quoted) {
                if (consumeLineBreak()) {
                    field += u'\n';
                    continue;
                }
                const QChar c = m_text[m_pos++];
                if (c != u'"')
                    field += c;
                else if (m_pos < m_text.size() && m_text[m_pos] == u'"')
                    field += QChar(m_text[m_pos++]);
                else
                    quoted = false;
                continue;
            }
            if (consumeLineBreak()) {
                record.fields.append(field);
                return true;
            }
            const QChar c = m_text[m_pos++];
            if (c == u'"' && field.isEmpty()) {
                quoted = true;
                quoteLine = m_line;
            } else if (c == m_separator) {
                record.fields.append(field);
                field.clear();
            } else {
                field += c;
            }
        }
        if (quoted) {
            problems.append({quoteLine, QCoreApplication::translate(
                                            "CsvReader", "a quoted field is never closed")});
        }
        record.fields.append(field);
        return true;
    }

private:
    // A line break is CR LF, LF or a lone CR (old Mac exports); each counts as one line.
    bool consumeLineBreak()
    {
        if (m_pos >= m_text.size())
            return false;
        if (m_text[m_pos] == u'\n') {
            ++m_pos;
        } else if (m_text[m_pos] == u'\r') {
            ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
                ++m_pos;
        } else {
            return false;
        }
        ++m_line;
        return true;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
    }
    return commas > semicolons ? u',' : u';';
}

CsvDocument CsvReader::read(const QByteArray& data)
{
    CsvDocument document;
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (const int badLine = firstInvalidUtf8Line(bytes)) {
        document.problems.append(
            {badLine, QCoreApplication::translate("CsvReader", "the file is not valid UTF-8")});
        return document;
    }
    const QString text = QString::fromUtf8(bytes);
    document.separator = detectSeparator(text);

    Parser parser(text, document.separator);
    CsvRecord record;
    if (!parser.next(record, document.problems))
        return document;
    for (const QString& name : std::as_const(record.fields))
        document.header.append(name.trimmed());
    while (document.problems.isEmpty() && parser.next(record, document.problems))
        document.records.append(record);
    return document;
}
