// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportIssues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

// A key written twice in one object, at the line of its second occurrence.
struct DuplicateJsonKey
{
    QString key;
    int line = 0;
};

// A JSON file read for import: the document together with what QJsonDocument does not keep —
// the line each object starts on, by its JSON pointer, so that a problem names its line; and the
// keys written twice in one object, of which QJsonDocument silently keeps the last (a pasted line
// in school.json could change the sector).
class JsonSource
{
    Q_DECLARE_TR_FUNCTIONS(JsonSource)

public:
    // The items of a REST API's list: the document itself when it is an array, else the array
    // under `key` (Somtoday's "items"); `pointer` leads to them ("/items" or "").
    struct ItemList
    {
        QJsonArray items;
        QString pointer;

        QString pointerOf(qsizetype item) const { return pointer + u'/' + QString::number(item); }
    };

    // Whether the text is a JSON object or array that has `key` somewhere in it: enough to
    // tell one package's export from another's.
    static bool looksLikeJsonWith(QStringView text, QStringView key);

    // The document, or nullopt once "not valid JSON" is reported with the line it fails on.
    static std::optional<JsonSource> parse(const QString& path, const QByteArray& utf8,
                                           ImportIssues& issues);

    const QJsonDocument& document() const { return m_document; }
    // The line the object at that JSON pointer starts on ("" the document itself, "/items/3",
    // "/0/Items/2"); 1 where no object is there.
    int lineOf(const QString& pointer) const { return m_objectLines.value(pointer, 1); }
    const QList<DuplicateJsonKey>& duplicateKeys() const { return m_duplicateKeys; }
    std::optional<ItemList> itemList(const QString& key) const;

private:
    void scan(const QByteArray& utf8);

    QJsonDocument m_document;
    QHash<QString, int> m_objectLines;
    QList<DuplicateJsonKey> m_duplicateKeys;
};
