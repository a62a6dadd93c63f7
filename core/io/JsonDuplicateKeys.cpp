// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonDuplicateKeys.h"

#include <QSet>

#include <vector>

namespace {

struct Container
{
    bool isObject = false;
    bool expectingKey = false; // in an object, after '{' or ','
    QSet<QByteArray> keys;
};

} // namespace

QList<DuplicateJsonKey> findDuplicateJsonKeys(const QByteArray& json)
{
    QList<DuplicateJsonKey> duplicates;
    std::vector<Container> open;
    int line = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            open.push_back({c == '{', c == '{', {}});
        } else if (c == '}' || c == ']') {
            if (open.empty())
                return duplicates;
            open.pop_back();
        } else if (c == ',') {
            if (!open.empty())
                open.back().expectingKey = open.back().isObject;
        } else if (c == '"') {
            // The raw bytes between the quotes: two spellings of one key (an escape) are rare
            // enough to let through.
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
                else if (json[i] == '\n')
                    ++line;
            }
            if (open.empty() || !open.back().expectingKey)
                continue;
            open.back().expectingKey = false;
            const QByteArray key = json.mid(start, i - start);
            if (open.back().keys.contains(key))
                duplicates.append({QString::fromUtf8(key), line});
            else
                open.back().keys.insert(key);
        }
    }
    return duplicates;
}
