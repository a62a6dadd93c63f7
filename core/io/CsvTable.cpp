// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include "util/Dates.h"
#include "util/Pgn.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

CsvTable::CsvTable(QString fileName, QString text, QStringList header,
                   const QHash<QString, QString>& mapping)
    : m_fileName(std::move(fileName))
    , m_text(std::move(text))
    , m_separator(CsvReader::detectSeparator(m_text))
    , m_header(std::move(header))
{
    QHash<QString, QString> ours; // the file's header, lower case → our column
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!it.value().isEmpty())
            ours.insert(it.value().toLower(), it.key());
    }
    for (qsizetype i = 0; i < m_header.size(); ++i) {
        QString& name = m_header[i];
        if (const QString column = ours.value(name.toLower()); !column.isEmpty()) {
            if (column != name)
                m_shownNames.insert(column, name);
            name = column;
        }
        const QString key = name.toLower();
        const auto known = std::find_if(m_columns.begin(), m_columns.end(),
                                        [&](const auto& column) { return column.first == key; });
        if (known != m_columns.end())
            known->second = i; // as a header read twice counts its last column
        else
            m_columns.append({key, i});
    }
}

qsizetype CsvTable::indexOf(const QString& column) const
{
    for (const auto& [name, index] : m_columns) {
        if (name == column)
            return index;
    }
    return -1;
}

QString CsvTable::readAsNote(TextEncoding encoding)
{
    return tr("read as %1 and converted; our own files are UTF-8")
        .arg(TextDecoding::name(encoding));
}

std::optional<CsvTable> CsvTable::load(const QString& fileName, const QByteArray& data,
                                       const QList<ColumnSpec>& columns, ImportIssues& issues,
                                       const QHash<QString, QString>& mapping)
{
    QList<CsvProblem> problems;
    std::optional<DecodedText> decoded = CsvReader::decode(data, problems);
    if (!decoded) {
        for (const CsvProblem& problem : std::as_const(problems))
            issues.error(fileName, problem.line, QString(), problem.reason);
        return std::nullopt;
    }
    return load(fileName, std::move(*decoded), columns, issues, mapping);
}

std::optional<CsvTable> CsvTable::load(const QString& fileName, DecodedText decoded,
                                       const QList<ColumnSpec>& columns, ImportIssues& issues,
                                       const QHash<QString, QString>& mapping)
{
    QList<CsvProblem> problems;
    QStringList header;
    {
        CsvParser parser(decoded.text, CsvReader::detectSeparator(decoded.text));
        CsvRecordView first;
        if (parser.next(first, problems)) {
            for (QStringView name : std::as_const(first.fields))
                header.append(name.trimmed().toString());
        }
    }
    for (const CsvProblem& problem : std::as_const(problems))
        issues.error(fileName, problem.line, QString(), problem.reason);
    if (!problems.isEmpty())
        return std::nullopt;
    if (header.isEmpty()) {
        issues.error(fileName, 1, QString(), tr("the file is empty; expected a header line"));
        return std::nullopt;
    }

    QSet<QString> named;
    for (const QString& name : std::as_const(header)) {
        if (name.isEmpty())
            continue;
        if (named.contains(name.toLower())) {
            issues.error(fileName, 1, name,
                         tr("the column is named twice in the header; which one holds the data?"));
            return std::nullopt;
        }
        named.insert(name.toLower());
    }
    if (decoded.encoding != TextEncoding::Utf8)
        issues.warning(fileName, 0, QString(), readAsNote(decoded.encoding));
    CsvTable table(fileName, std::move(decoded.text), std::move(header), mapping);
    // Every record is checked first, so that rows are only read from a sound file; a structural
    // problem (an unclosed quote) says it all, as it did when the file was read at once.
    const qsizetype width = table.m_header.size();
    CsvParser parser(table.m_text, table.m_separator);
    int line = 0;
    qsizetype fieldCount = 0;
    parser.measure(line, fieldCount, problems);   // the header
    QList<std::pair<int, qsizetype>> wrongWidths; // line, fields found
    while (problems.isEmpty() && parser.measure(line, fieldCount, problems)) {
        ++table.m_recordCount;
        if (fieldCount != width)
            wrongWidths.append({line, fieldCount});
    }
    for (const CsvProblem& problem : std::as_const(problems))
        issues.error(fileName, problem.line, QString(), problem.reason);
    if (!problems.isEmpty())
        return std::nullopt;

    bool complete = true;
    const auto standsIn = [&](const ColumnSpec& required) {
        return std::any_of(columns.cbegin(), columns.cend(), [&](const ColumnSpec& c) {
            return c.insteadOf == required.name && table.hasColumn(c.name);
        });
    };
    for (const ColumnSpec& column : columns) {
        if (column.required && !table.hasColumn(column.name) && !standsIn(column)) {
            issues.error(fileName, 1, mapping.value(column.name, column.name),
                         tr("required column is missing"));
            complete = false;
        }
    }
    // A mapped export has many columns we do not need; only our own format warns about them.
    for (const QString& name : mapping.isEmpty() ? table.m_header : QStringList()) {
        const bool known = std::any_of(columns.cbegin(), columns.cend(), [&](const ColumnSpec& c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            issues.warning(fileName, 1, name, tr("unknown column, ignored"));
    }
    for (const auto& [line, found] : std::as_const(wrongWidths)) {
        issues.error(fileName, line, QString(),
                     tr("expected %1 fields as in the header, found %2").arg(width).arg(found));
    }
    if (!complete || !wrongWidths.isEmpty())
        return std::nullopt;
    return table;
}

void CsvTable::forEachRecord(const std::function<void(const CsvRecordView&)>& visit) const
{
    CsvParser parser(m_text, m_separator);
    CsvRecordView record;
    QList<CsvProblem> problems;    // found by load() already
    parser.next(record, problems); // the header
    while (parser.next(record, problems))
        visit(record);
}

QStringView CsvTable::value(const CsvRecordView& record, const QString& column) const
{
    const qsizetype index = indexOf(column);
    if (index < 0 || index >= record.fields.size())
        return {};
    return record.fields[index].trimmed();
}

QString RowReader::text(const QString& column, bool required) const
{
    return view(column, required).toString();
}

QStringView RowReader::view(const QString& column, bool required) const
{
    const QStringView value = m_table.value(m_record, column);
    if (required && value.isEmpty())
        error(column, CsvTable::tr("a value is required"));
    return value;
}

std::optional<QDate> RowReader::date(const QString& column, bool required) const
{
    const QStringView value = view(column, required);
    if (value.isEmpty())
        return std::nullopt;
    const auto date = Dates::parse(value);
    if (!date)
        error(column, CsvTable::tr("'%1' is not a date (expected YYYY-MM-DD or DD-MM-YYYY)")
                          .arg(Text::shown(value)));
    return date;
}

std::optional<QTime> RowReader::time(const QString& column) const
{
    const QStringView value = view(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto time = Dates::parseTime(value);
    if (!time)
        error(column, CsvTable::tr("'%1' is not a time (expected HH:MM)").arg(Text::shown(value)));
    return time;
}

std::optional<int> RowReader::count(const QString& column, bool required) const
{
    const QStringView value = view(column, required);
    if (value.isEmpty())
        return std::nullopt;
    // A NUL byte or another control character inside a number is damage, not a digit separator.
    if (std::any_of(value.cbegin(), value.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; })) {
        error(column, CsvTable::tr("'%1' holds a control character; expected a whole number")
                          .arg(Text::shown(value)));
        return std::nullopt;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0) {
        error(column,
              CsvTable::tr("'%1' is not a whole number of zero or more").arg(Text::shown(value)));
        return std::nullopt;
    }
    return number;
}

bool RowReader::flag(const QString& column, bool defaultValue) const
{
    const QStringView value = view(column);
    if (value.isEmpty())
        return defaultValue;
    if (value == u"1"_s)
        return true;
    if (value == u"0"_s)
        return false;
    error(column, CsvTable::tr("'%1' is not 1 or 0").arg(Text::shown(value)));
    return defaultValue;
}

QString RowReader::pgn(const QString& column) const
{
    const QString value = text(column, true);
    if (!value.isEmpty()) {
        if (const QString problem = Pgn::problem(value); !problem.isEmpty())
            error(column, problem);
    }
    return value;
}

void RowReader::error(const QString& column, const QString& reason) const
{
    m_issues.error(m_table.fileName(), m_record.line, m_table.shownName(column), reason);
}

void RowReader::warning(const QString& column, const QString& reason) const
{
    m_issues.warning(m_table.fileName(), m_record.line, m_table.shownName(column), reason);
}
