// SPDX-License-Identifier: GPL-3.0-or-later
#include "SomtodayAbsenceFile.h"

#include "JsonItemReader.h"
#include "JsonSource.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

const QString SomtodayAbsenceFile::kLeerling = u"leerling.leerlingnummer"_s;
const QString SomtodayAbsenceFile::kCode = u"absentieReden.afkorting"_s;
const QString SomtodayAbsenceFile::kBegin = u"beginDatumTijd"_s;

namespace {

const QString kEnd = u"eindDatumTijd"_s;
const QString kMomentExample = u"2026-03-02T08:30:00.000+01:00"_s;

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
    return JsonSource::looksLikeJsonWith(text, kBegin);
}

QList<AbsenceSpan> SomtodayAbsenceFile::read(const QString& path, QStringView text,
                                             ImportIssues& issues)
{
    const auto source = JsonSource::parse(path, text.toUtf8(), issues);
    if (!source)
        return {};
    const auto list = source->itemList(u"items"_s);
    if (!list) {
        issues.error(path, 1, QString(),
                     tr("expected Somtoday's list of absentiemeldingen: an object with \"items\" "
                        "or an array"));
        return {};
    }
    const QJsonArray& items = list->items;
    QList<AbsenceSpan> spans;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int line = source->lineOf(list->pointerOf(i));
        if (!items[i].isObject()) {
            issues.error(path, line, QString(), tr("item %1 is not an object").arg(i + 1));
            continue;
        }
        const QJsonObject item = items[i].toObject();
        if (!isAbsence(item))
            continue;
        const JsonItemReader reader(path, line, item, issues);
        AbsenceSpan span;
        span.line = line;
        span.leerlingnummer = reader.text(kLeerling, true);
        span.code = reader.text(kCode, true);
        span.remark = reader.text(u"opmerkingen"_s, false);
        const auto begin = reader.moment(kBegin, true, kMomentExample);
        const auto end = reader.moment(kEnd, false, kMomentExample);
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
