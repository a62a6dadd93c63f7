// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// QJsonDocument keeps the last of two equal keys in one object without a word, so a school.json
// could change its sector by a pasted line. This finds every key given twice in one object, with
// the line of its second occurrence; on malformed JSON it stops (the parser reports that).
struct DuplicateJsonKey
{
    QString key;
    int line = 0;
};

QList<DuplicateJsonKey> findDuplicateJsonKeys(const QByteArray& json);
