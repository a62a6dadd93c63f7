// SPDX-License-Identifier: GPL-3.0-or-later
#include "EduarteAbsenceFile.h"

#include "util/Text.h"

using namespace Qt::StringLiterals;

namespace {

enum Field
{
    Deelnemer,
    BeginDate,
    BeginTime,
    EndDate,
    EndTime,
    BeginLesuur,
    EndLesuur,
    Reason,
    Remark,
    FieldCount
};

bool allDigits(QStringView value)
{
    return !value.isEmpty() &&
           std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<QDate> eduarteDate(QStringView value)
{
    if (value.size() != 8 || !allDigits(value))
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), u"yyyyMMdd"_s);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// HHmm as Eduarte writes it; HH:mm as a spreadsheet may have saved it.
std::optional<QTime> eduarteTime(QStringView value)
{
    const QString digits = value.toString().remove(u':');
    if (digits.size() != 4 || !allDigits(digits))
        return std::nullopt;
    const QTime time = QTime::fromString(digits, u"HHmm"_s);
    return time.isValid() ? std::optional(time) : std::nullopt;
}

// One line's fields, each problem reported under the field's name.
class LineReader
{
public:
    LineReader(const QString& path, int line, const QList<QStringView>& fields,
               ImportIssues& issues)
        : m_path(path)
        , m_line(line)
        , m_fields(fields)
        , m_issues(issues)
    {
    }

    QString text(Field field) const { return m_fields[field].trimmed().toString(); }

    std::optional<QDate> date(Field field, bool required) const
    {
        const QString value = text(field);
        if (value.isEmpty()) {
            if (required)
                error(field, EduarteAbsenceFile::tr("a value is required"));
            return std::nullopt;
        }
        const auto date = eduarteDate(value);
        if (!date)
            error(field,
                  EduarteAbsenceFile::tr("'%1' is not a date YYYYMMDD").arg(Text::shown(value)));
        return date;
    }

    QTime time(Field field) const
    {
        const QString value = text(field);
        if (value.isEmpty())
            return {};
        const auto time = eduarteTime(value);
        if (!time)
            error(field, EduarteAbsenceFile::tr("'%1' is not a time HHmm").arg(Text::shown(value)));
        return time.value_or(QTime());
    }

    std::optional<int> lesuur(Field field) const
    {
        const QString value = text(field);
        if (value.isEmpty())
            return std::nullopt;
        if (!allDigits(value) || value.size() > 2) {
            error(field,
                  EduarteAbsenceFile::tr("'%1' is not a lesuur number").arg(Text::shown(value)));
            return std::nullopt;
        }
        return value.toInt();
    }

    void error(Field field, const QString& reason) const
    {
        m_issues.error(m_path, m_line, EduarteAbsenceFile::fieldNames()[field], reason);
    }

private:
    const QString& m_path;
    int m_line;
    const QList<QStringView>& m_fields;
    ImportIssues& m_issues;
};

} // namespace

const QStringList& EduarteAbsenceFile::fieldNames()
{
    static const QStringList names{u"deelnemernummer"_s, u"begindatum"_s, u"begintijd"_s,
                                   u"einddatum"_s,       u"eindtijd"_s,   u"beginlesuur"_s,
                                   u"eindlesuur"_s,      u"redencode"_s,  u"opmerking"_s};
    return names;
}

bool EduarteAbsenceFile::looksLike(QStringView firstLine)
{
    const QList<QStringView> fields = firstLine.trimmed().split(u';');
    return fields.size() == FieldCount && !fields[Deelnemer].trimmed().isEmpty() &&
           eduarteDate(fields[BeginDate].trimmed()).has_value();
}

QList<AbsenceSpan> EduarteAbsenceFile::read(const QString& path, QStringView text,
                                            ImportIssues& issues)
{
    QList<AbsenceSpan> spans;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QList<QStringView> fields = line.split(u';');
        if (fields.size() != FieldCount) {
            issues.error(path, lineNumber, QString(),
                         tr("expected nine fields separated by ';' as Eduarte writes them, "
                            "found %1")
                             .arg(fields.size()));
            continue;
        }
        const LineReader row(path, lineNumber, fields, issues);
        AbsenceSpan span;
        span.line = lineNumber;
        span.leerlingnummer = row.text(Deelnemer);
        if (span.leerlingnummer.isEmpty())
            row.error(Deelnemer, tr("a value is required"));
        else if (!allDigits(span.leerlingnummer))
            row.error(Deelnemer, tr("'%1' is not a deelnemernummer (digits only)")
                                     .arg(Text::shown(span.leerlingnummer)));
        span.fromDate = row.date(BeginDate, true).value_or(QDate());
        span.fromTime = row.time(BeginTime);
        span.toDate = row.date(EndDate, false).value_or(QDate());
        span.toTime = row.time(EndTime);
        span.fromLesuur = row.lesuur(BeginLesuur);
        span.toLesuur = row.lesuur(EndLesuur);
        span.code = row.text(Reason);
        if (span.code.isEmpty())
            row.error(Reason, tr("a value is required"));
        span.remark = row.text(Remark);
        if (span.fromDate.isValid() && span.toDate.isValid() && span.toDate < span.fromDate)
            row.error(EndDate, tr("the span ends before it starts"));
        if (span.fromDate.isValid())
            spans.append(span);
    }
    return spans;
}
