// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonSource.h"

#include <QJsonParseError>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// An object or array the scanner is inside.
struct Container
{
    bool isObject = false;
    QString pointer;
    bool expectingKey = false; // in an object, after '{' or ','
    QString key;               // in an object, the key of the value being read
    int index = -1;            // in an array, the element being read
    bool elementStarted = false;
    QSet<QString> keys;
};

} // namespace

std::optional<JsonSource> JsonSource::parse(const QString& path, const QByteArray& utf8,
                                            ImportIssues& issues)
{
    QJsonParseError parseError;
    JsonSource source;
    source.m_document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        issues.error(path, line, QString(), tr("not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    source.scan(utf8);
    return source;
}

bool JsonSource::looksLikeJsonWith(QStringView text, QStringView key)
{
    const QStringView trimmed = text.trimmed();
    return (trimmed.startsWith(u'{') || trimmed.startsWith(u'[')) &&
           trimmed.contains(u'"' + key.toString() + u'"');
}

std::optional<JsonSource::ItemList> JsonSource::itemList(const QString& key) const
{
    if (m_document.isArray())
        return ItemList{m_document.array(), QString()};
    const QJsonValue list = m_document.object().value(key);
    if (!list.isArray())
        return std::nullopt;
    return ItemList{list.toArray(), u'/' + key};
}

// One pass over valid JSON (the parser has accepted it), following the containers to know each
// object's pointer and each object's keys.
void JsonSource::scan(const QByteArray& utf8)
{
    std::vector<Container> open;
    int line = 1;
    // A value starts here: in an array it is the next element.
    const auto valueStarts = [&open] {
        if (!open.empty() && !open.back().isObject && !open.back().elementStarted) {
            ++open.back().index;
            open.back().elementStarted = true;
        }
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\n':
            ++line;
            break;
        case ' ':
        case '\t':
        case '\r':
        case ':':
            break;
        case '{':
        case '[': {
            valueStarts();
            QString pointer;
            if (!open.empty()) {
                const Container& parent = open.back();
                pointer = parent.pointer + u'/' +
                          (parent.isObject ? parent.key : QString::number(parent.index));
            }
            if (c == '{')
                m_objectLines.insert(pointer, line);
            open.push_back({c == '{', pointer, c == '{', {}, -1, false, {}});
            break;
        }
        case '}':
        case ']':
            open.pop_back();
            break;
        case ',':
            open.back().expectingKey = open.back().isObject;
            open.back().elementStarted = false;
            break;
        case '"': {
            const qsizetype start = i + 1;
            for (++i; utf8[i] != '"'; ++i) {
                if (utf8[i] == '\\')
                    ++i;
            }
            if (open.empty() || !open.back().expectingKey) {
                valueStarts();
                break;
            }
            Container& object = open.back();
            object.expectingKey = false;
            // The raw text between the quotes: a key spelled with an escape is rare enough.
            object.key = QString::fromUtf8(utf8.mid(start, i - start));
            if (object.keys.contains(object.key))
                m_duplicateKeys.append({object.key, line});
            else
                object.keys.insert(object.key);
            break;
        }
        default: // a number, true, false or null
            valueStarts();
            break;
        }
    }
}
