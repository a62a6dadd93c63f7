// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

namespace {

// The text of a quoted field, piece by piece: a field of one piece stays a view into the text.
class QuotedPieces
{
public:
    void add(QStringView piece)
    {
        if (piece.isEmpty())
            return;
        if (++m_count == 1) {
            m_first = piece;
            return;
        }
        if (m_count == 2)
            m_joined = m_first.toString();
        m_joined += piece;
    }

    QStringView result(CsvRecordView& record)
    {
        if (m_count < 2)
            return m_first;
        record.unescaped.append(std::move(m_joined));
        return record.unescaped.constLast();
    }

private:
    int m_count = 0;
    QStringView m_first;
    QString m_joined;
};

} // namespace

class CsvParser::Impl
{
public:
    Impl(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    // Parses the next record; false at the end of the input.
    bool next(CsvRecordView& record, QList<CsvProblem>& problems)
    {
        // The caller's record is reused: its lists keep their room for the next record.
        record.fields.clear();
        record.unescaped.clear();
        qsizetype count = 0;
        return read(&record, record.line, count, problems);
    }

    // The next record's line and number of fields, without making its fields: a check of the
    // file's shape costs nothing but the scan.
    bool measure(int& line, qsizetype& fieldCount, QList<CsvProblem>& problems)
    {
        return read(nullptr, line, fieldCount, problems);
    }

private:
    // Reads a record; its fields go to `record` when given.
    bool read(CsvRecordView* record, int& line, qsizetype& count, QList<CsvProblem>& problems)
    {
        while (consumeLineBreak()) {
        } // blank lines
        if (m_pos >= m_text.size())
            return false;
        line = m_line;
        count = 0;
        while (true) {
            bool closed = true;
            QStringView field;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                QuotedPieces pieces;
                quotedField(record ? &pieces : nullptr, closed);
                if (record)
                    field = pieces.result(*record);
            } else {
                field = plainField();
            }
            if (record)
                record->fields.append(field);
            ++count;
            if (!closed) {
                problems.append({m_quoteLine, QCoreApplication::translate(
                                                  "CsvReader", "a quoted field is never closed")});
                return true;
            }
            if (m_pos >= m_text.size() || consumeLineBreak())
                return true;
            ++m_pos; // the separator
        }
    }

    // Up to the next separator or line break.
    QStringView plainField()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == m_separator || c == u'\n' || c == u'\r')
                break;
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }

    // From the opening quote past the closing one; "" is a quote, line breaks become \n.
    void quotedField(QuotedPieces* out, bool& closed)
    {
        m_quoteLine = m_line;
        ++m_pos; // the opening quote
        const auto add = [out](QStringView text) {
            if (out)
                out->add(text);
        };
        while (m_pos < m_text.size()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != u'"' && m_text[m_pos] != u'\n' &&
                   m_text[m_pos] != u'\r')
                ++m_pos;
            add(m_text.sliced(start, m_pos - start));
            if (consumeLineBreak()) {
                add(u"\n");
            } else if (m_pos < m_text.size()) { // a quote: doubled, or the closing one
                ++m_pos;
                if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                    add(u"\"");
                    ++m_pos;
                } else {
                    // Text after the closing quote belongs to the field, as before.
                    add(plainField());
                    closed = true;
                    return;
                }
            }
        }
        closed = false;
    }

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
    int m_quoteLine = 1;
};

CsvRecord CsvRecordView::toRecord() const
{
    CsvRecord record{line, {}};
    record.fields.reserve(fields.size());
    for (QStringView field : fields)
        record.fields.append(field.toString());
    return record;
}

CsvParser::CsvParser(QStringView text, QChar separator)
    : m_impl(std::make_unique<Impl>(text, separator))
{
}

CsvParser::~CsvParser() = default;

bool CsvParser::next(CsvRecordView& record, QList<CsvProblem>& problems)
{
    return m_impl->next(record, problems);
}

bool CsvParser::measure(int& line, qsizetype& fieldCount, QList<CsvProblem>& problems)
{
    return m_impl->measure(line, fieldCount, problems);
}

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

std::optional<DecodedText> CsvReader::decode(const QByteArray& data, QList<CsvProblem>& problems)
{
    DecodingProblem problem;
    std::optional<DecodedText> decoded = TextDecoding::decode(data, problem);
    if (!decoded)
        problems.append({problem.line, problem.reason});
    return decoded;
}

CsvDocument CsvReader::read(const QByteArray& data, qsizetype maxRecords)
{
    CsvDocument document;
    const std::optional<DecodedText> decoded = decode(data, document.problems);
    if (!decoded)
        return document;
    document.encoding = decoded->encoding;
    document.separator = detectSeparator(decoded->text);

    CsvParser parser(decoded->text, document.separator);
    CsvRecordView record;
    if (!parser.next(record, document.problems))
        return document;
    for (QStringView name : std::as_const(record.fields))
        document.header.append(name.trimmed().toString());
    while (document.problems.isEmpty() && document.records.size() != maxRecords &&
           parser.next(record, document.problems))
        document.records.append(record.toRecord());
    return document;
}
