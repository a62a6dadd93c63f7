// SPDX-License-Identifier: GPL-3.0-or-later
#include "SomtodayAbsenceFile.h"

#include "util/Text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

const QString SomtodayAbsenceFile::kLeerling = u"leerling.leerlingnummer"_s;
const QString SomtodayAbsenceFile::kCode = u"absentieReden.afkorting"_s;
const QString SomtodayAbsenceFile::kBegin = u"beginDatumTijd"_s;

namespace {

const QString kEnd = u"eindDatumTijd"_s;

// The line each item of the list starts on: QJsonDocument keeps no positions, so the text is
// scanned once for the objects opened directly inside a top-level array or the top-level
// object's "items".
QList<int> itemLines(QStringView text)
{
    QList<int> lines;
    QList<QChar> open; // the containers around the scanner
    QString lastTopLevelKey, string;
    bool inString = false, escaped = false, itemsArray = false;
    int line = 1;
    for (QChar c : text) {
        if (c == u'\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            else
                string.append(c);
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            string.clear();
            break;
        case u':':
            if (open.size() == 1)
                lastTopLevelKey = string;
            break;
        case u'{':
            if ((open.size() == 1 && open[0] == u'[') || (open.size() == 2 && itemsArray))
                lines.append(line);
            open.append(c);
            break;
        case u'[':
            if (open.size() == 1 && open[0] == u'{')
                itemsArray = lastTopLevelKey == u"items"_s;
            open.append(c);
            break;
        case u'}':
        case u']':
            if (!open.isEmpty())
                open.removeLast();
            break;
        default:
            break;
        }
    }
    return lines;
}

// Somtoday writes local time with its offset; the lestijden are Dutch wall-clock time.
std::optional<QDateTime> schoolTime(const QJsonValue& value)
{
    QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    static const QTimeZone dutch("Europe/Amsterdam");
    if (moment.timeSpec() != Qt::LocalTime && dutch.isValid())
        moment = moment.toTimeZone(dutch);
    return moment;
}

class ItemReader
{
public:
    ItemReader(const QString& path, int line, const QJsonObject& item, ImportIssues& issues)
        : m_path(path)
        , m_line(line)
        , m_item(item)
        , m_issues(issues)
    {
    }

    // "a.b" looks inside the object a.
    QJsonValue value(const QString& field) const
    {
        const qsizetype dot = field.indexOf(u'.');
        if (dot < 0)
            return m_item.value(field);
        return m_item.value(field.left(dot)).toObject().value(field.mid(dot + 1));
    }

    // A string, or a number written without quotes (Somtoday's leerlingnummer is one).
    QString text(const QString& field, bool required) const
    {
        const QJsonValue v = value(field);
        if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            return QString::number(v.toInteger());
        if (!v.isString() && !v.isNull() && !v.isUndefined()) {
            error(field, SomtodayAbsenceFile::tr("expected text or a number"));
            return {};
        }
        const QString text = v.toString().trimmed();
        if (required && text.isEmpty())
            error(field, SomtodayAbsenceFile::tr("a value is required"));
        return text;
    }

    std::optional<QDateTime> moment(const QString& field, bool required) const
    {
        const QJsonValue v = value(field);
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
            if (required)
                error(field, SomtodayAbsenceFile::tr("a value is required"));
            return std::nullopt;
        }
        const auto moment = schoolTime(v);
        if (!moment)
            error(field, SomtodayAbsenceFile::tr("'%1' is not a date and time as Somtoday writes "
                                                 "it (2026-03-02T08:30:00.000+01:00)")
                             .arg(Text::shown(v.toVariant().toString())));
        return moment;
    }

    std::optional<int> lesuur(const QString& field) const
    {
        const QJsonValue v = value(field);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= 0 &&
            v.toInteger() < 100)
            return int(v.toInteger());
        error(field, SomtodayAbsenceFile::tr("'%1' is not a lesuur number")
                         .arg(Text::shown(v.toVariant().toString())));
        return std::nullopt;
    }

    void error(const QString& field, const QString& reason) const
    {
        m_issues.error(m_path, m_line, field, reason);
    }

private:
    const QString& m_path;
    int m_line;
    const QJsonObject& m_item;
    ImportIssues& m_issues;
};

bool isAbsence(const QJsonObject& item)
{
    // A waarneming is also kept when a pupil was there; only Afwezig is absence.
    if (!item.value(u"$type"_s).toString().contains(u"Waarneming"_s))
        return true;
    return item.value(u"waarnemingSoort"_s).toString().compare(u"Afwezig"_s, Qt::CaseInsensitive) ==
           0;
}

} // namespace

bool SomtodayAbsenceFile::looksLike(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    return (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) &&
           trimmed.contains(u"\"beginDatumTijd\""_s);
}

QList<AbsenceSpan> SomtodayAbsenceFile::read(const QString& path, QStringView text,
                                             ImportIssues& issues)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        issues.error(path, line, QString(), tr("not valid JSON: %1").arg(parseError.errorString()));
        return {};
    }
    const QJsonValue list =
        document.isArray() ? QJsonValue(document.array()) : document.object().value(u"items"_s);
    if (!list.isArray()) {
        issues.error(path, 1, QString(),
                     tr("expected Somtoday's list of absentiemeldingen: an object with \"items\" "
                        "or an array"));
        return {};
    }
    const QJsonArray items = list.toArray();
    const QList<int> lines = itemLines(text);
    QList<AbsenceSpan> spans;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = lines.value(i, 1);
        if (!items[i].isObject()) {
            issues.error(path, line, QString(), tr("item %1 is not an object").arg(i + 1));
            continue;
        }
        const QJsonObject item = items[i].toObject();
        if (!isAbsence(item))
            continue;
        const ItemReader reader(path, line, item, issues);
        AbsenceSpan span;
        span.line = line;
        span.leerlingnummer = reader.text(kLeerling, true);
        span.code = reader.text(kCode, true);
        span.remark = reader.text(u"opmerkingen"_s, false);
        const auto begin = reader.moment(kBegin, true);
        const auto end = reader.moment(kEnd, false);
        span.fromLesuur = reader.lesuur(u"beginLesuur"_s);
        span.toLesuur = reader.lesuur(u"eindLesuur"_s);
        if (begin) {
            span.fromDate = begin->date();
            span.fromTime = begin->time();
        }
        if (end) {
            span.toDate = end->date();
            span.toTime = end->time();
        }
        if (begin && end && *end < *begin)
            reader.error(kEnd, tr("the span ends before it starts"));
        if (begin)
            spans.append(span);
    }
    return spans;
}
