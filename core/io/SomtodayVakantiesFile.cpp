// SPDX-License-Identifier: GPL-3.0-or-later
#include "SomtodayVakantiesFile.h"

#include "JsonItemReader.h"
#include "JsonSource.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QString kBegin = u"beginDatum"_s;
const QString kEnd = u"eindDatum"_s;
const QString kMomentExample = u"2025-12-20T00:00:00.000+01:00"_s;

} // namespace

bool SomtodayVakantiesFile::looksLike(const QByteArray& data)
{
    const QByteArray trimmed = data.trimmed();
    return (trimmed.startsWith('{') || trimmed.startsWith('[')) &&
           trimmed.contains("\"beginDatum\"") && trimmed.contains("\"eindDatum\"") &&
           !trimmed.contains("\"instellingscode\"");
}

std::optional<QList<Holiday>>
SomtodayVakantiesFile::read(const QString& path, const QByteArray& data, ImportIssues& issues)
{
    const int errorsBefore = issues.errorCount();
    const auto source = JsonSource::parse(path, data, issues);
    if (!source)
        return std::nullopt;
    const auto list = source->itemList(u"items"_s);
    if (!list) {
        issues.error(path, 1, QString(),
                     tr("expected Somtoday's list of vakanties: an object with \"items\" or an "
                        "array"));
        return std::nullopt;
    }
    const QJsonArray& items = list->items;
    QList<Holiday> holidays;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = source->lineOf(list->pointerOf(i));
        const QJsonObject item = items[i].toObject();
        const JsonItemReader reader(path, line, item, issues);
        // Somtoday writes a day as its midnight, in Dutch time or with an offset.
        const auto from = reader.moment(kBegin, true, kMomentExample);
        const auto to = reader.moment(kEnd, true, kMomentExample);
        QString name = reader.text(u"naam"_s, false);
        if (name.isEmpty())
            name = tr("Vakantie");
        if (from && to && to->date() < from->date())
            reader.error(kEnd, tr("the vakantie ends before it starts"));
        else if (from && to)
            holidays.append({name, from->date(), to->date()});
    }
    if (issues.errorCount() > errorsBefore)
        return std::nullopt;
    if (holidays.isEmpty()) {
        issues.error(path, 1, QString(), tr("the file holds no vakanties"));
        return std::nullopt;
    }
    return holidays;
}

QList<Holiday> SomtodayVakantiesFile::merged(const QList<Holiday>& stored,
                                             const QList<Holiday>& fromFile)
{
    QDate first = fromFile.first().from;
    QDate last = fromFile.first().to;
    for (const Holiday& h : fromFile) {
        first = std::min(first, h.from);
        last = std::max(last, h.to);
    }
    QList<Holiday> result;
    for (const Holiday& h : stored) {
        if (h.to < first || h.from > last) // another schooljaar's: kept
            result.append(h);
    }
    result += fromFile;
    std::sort(result.begin(), result.end(),
              [](const Holiday& a, const Holiday& b) { return a.from < b.from; });
    return result;
}
