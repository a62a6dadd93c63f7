// SPDX-License-Identifier: GPL-3.0-or-later
#include "MagisterAbsenceFile.h"

#include "JsonItemReader.h"
#include "JsonSource.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

const QString MagisterAbsenceFile::kLeerling = u"Stamnummer"_s;
const QString MagisterAbsenceFile::kCode = u"Code"_s;
const QString MagisterAbsenceFile::kBegin = u"Start"_s;

namespace {

const QString kMomentExample = u"2026-03-01T23:00:00.0000000Z"_s;

// Magister's Verantwoordingtype for observations that are not absence.
constexpr int kBoekenVergeten = 7;
constexpr int kHuiswerkVergeten = 8;

bool isAbsence(const QJsonObject& item)
{
    const int type = item.value(u"Verantwoordingtype"_s).toInt();
    return type != kBoekenVergeten && type != kHuiswerkVergeten;
}

// The span of one item. Magister sets the item's Start to the midnight of its day; the lesson's
// own times are in its Afspraak. An item without them is its Lesuur of that day (or the whole
// day), as is an afspraak that lasts the whole day.
std::optional<AbsenceSpan> spanOf(const JsonItemReader& item)
{
    const auto day = item.moment(MagisterAbsenceFile::kBegin, true, kMomentExample);
    const bool wholeDay = item.flag(u"Afspraak.DuurtHeleDag"_s);
    const auto lessonStart = item.moment(u"Afspraak.Start"_s, false, kMomentExample);
    const auto lessonEnd = item.moment(u"Afspraak.Einde"_s, false, kMomentExample);
    if (!day)
        return std::nullopt;
    AbsenceSpan span;
    span.fromDate = span.toDate = day->date();
    if (!wholeDay && lessonStart && lessonEnd) {
        if (*lessonEnd < *lessonStart) {
            item.error(u"Afspraak.Einde"_s,
                       MagisterAbsenceFile::tr("the lesson ends before it starts"));
            return std::nullopt;
        }
        span.fromDate = lessonStart->date();
        span.fromTime = lessonStart->time();
        span.toDate = lessonEnd->date();
        span.toTime = lessonEnd->time();
    } else if (!wholeDay) {
        span.fromLesuur = span.toLesuur = item.lesuur(u"Lesuur"_s);
    }
    return span;
}

} // namespace

bool MagisterAbsenceFile::looksLike(QStringView text)
{
    return JsonSource::looksLikeJsonWith(text, u"Verantwoordingtype");
}

QList<AbsenceSpan> MagisterAbsenceFile::read(const QString& path, QStringView text,
                                             ImportIssues& issues)
{
    const auto source = JsonSource::parse(path, text.toUtf8(), issues);
    if (!source)
        return {};
    const QJsonDocument& document = source->document();
    const bool several = document.isArray();
    const QJsonArray leerlingen = several ? document.array() : QJsonArray{document.object()};
    QList<AbsenceSpan> spans;
    for (qsizetype k = 0; k < leerlingen.size(); ++k) {
        const QString pointer = several ? u"/"_s + QString::number(k) : QString();
        const int line = source->lineOf(pointer);
        const QJsonObject absenties = leerlingen[k].toObject();
        if (!absenties.value(u"Items"_s).isArray()) {
            issues.error(path, line, QString(),
                         tr("expected Magister's absenties: an object with \"Items\", or an "
                            "array of them"));
            continue;
        }
        const JsonItemReader envelope(path, line, absenties, issues);
        const QString stamnummer = envelope.text(kLeerling, false);
        if (stamnummer.isEmpty())
            envelope.error(kLeerling, tr("Magister's absenties do not name their leerling: add the "
                                         "leerling's \"Stamnummer\" beside \"Items\""));
        const QJsonArray items = absenties.value(u"Items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const int itemLine = source->lineOf(pointer + u"/Items/"_s + QString::number(i));
            const QJsonObject item = items[i].toObject();
            if (!items[i].isObject()) {
                issues.error(path, itemLine, QString(), tr("item %1 is not an object").arg(i + 1));
                continue;
            }
            if (!isAbsence(item))
                continue;
            const JsonItemReader reader(path, itemLine, item, issues);
            auto span = spanOf(reader);
            const QString code = reader.text(kCode, true);
            if (!span || stamnummer.isEmpty())
                continue;
            span->line = itemLine;
            span->leerlingnummer = stamnummer;
            span->code = code;
            spans.append(*span);
        }
    }
    return spans;
}
