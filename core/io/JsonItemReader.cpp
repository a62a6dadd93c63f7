// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonItemReader.h"

#include "util/Text.h"

#include <QTimeZone>

JsonItemReader::JsonItemReader(const QString& path, int line, const QJsonObject& item,
                               ImportIssues& issues)
    : m_path(path)
    , m_line(line)
    , m_item(item)
    , m_issues(issues)
{
}

QJsonValue JsonItemReader::value(const QString& field) const
{
    const qsizetype dot = field.indexOf(u'.');
    if (dot < 0)
        return m_item.value(field);
    return m_item.value(field.left(dot)).toObject().value(field.mid(dot + 1));
}

QString JsonItemReader::text(const QString& field, bool required) const
{
    const QJsonValue v = value(field);
    if (v.isDouble() && v.toDouble() == double(v.toInteger()))
        return QString::number(v.toInteger());
    if (!v.isString() && !v.isNull() && !v.isUndefined()) {
        error(field, tr("expected text or a number"));
        return {};
    }
    const QString text = v.toString().trimmed();
    if (required && text.isEmpty())
        error(field, tr("a value is required"));
    return text;
}

std::optional<QDateTime> JsonItemReader::moment(const QString& field, bool required,
                                                const QString& example) const
{
    const QJsonValue v = value(field);
    if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
        if (required)
            error(field, tr("a value is required"));
        return std::nullopt;
    }
    QDateTime moment = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!moment.isValid()) {
        error(field, tr("'%1' is not a date and time as the package writes it (%2)")
                         .arg(Text::shown(v.toVariant().toString()), example));
        return std::nullopt;
    }
    static const QTimeZone dutch("Europe/Amsterdam");
    if (moment.timeSpec() != Qt::LocalTime && dutch.isValid())
        moment = moment.toTimeZone(dutch);
    return moment;
}

std::optional<int> JsonItemReader::lesuur(const QString& field) const
{
    const QJsonValue v = value(field);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (v.isDouble() && v.toDouble() == double(v.toInteger()) && v.toInteger() >= 0 &&
        v.toInteger() < 100)
        return int(v.toInteger());
    error(field, tr("'%1' is not a lesuur number").arg(Text::shown(v.toVariant().toString())));
    return std::nullopt;
}

bool JsonItemReader::flag(const QString& field) const
{
    const QJsonValue v = value(field);
    if (!v.isBool() && !v.isNull() && !v.isUndefined())
        error(field, tr("expected true or false"));
    return v.toBool();
}

void JsonItemReader::error(const QString& field, const QString& reason) const
{
    m_issues.error(m_path, m_line, field, reason);
}
