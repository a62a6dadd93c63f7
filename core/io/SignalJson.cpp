// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalJson.h"

#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString string(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString date(const QDate& date)
{
    return date.isValid() ? string(Dates::toIso(date)) : u"null"_s;
}

QString number(const Quantity& quantity)
{
    if (!quantity.isFractional())
        return QString::number(quantity.value);
    QString text = QString::number(quantity.inHours(), 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += u".0"_s;
    return text;
}

} // namespace

namespace SignalJson {

QByteArray write(const QList<Signal>& signals)
{
    QStringList elements;
    for (const Signal& s : signals) {
        elements.append(u"  {\"pgn\": %1, \"soort\": %2, \"bereikt_op\": %3, \"begindatum\": %4, "
                        "\"einddatum\": %5, \"uren\": %6, \"uiterste_meld_datum\": %7}"_s.arg(
                            string(s.pgn), string(SignalKinds::key(s.kind)), date(s.reachedOn),
                            date(s.startDate), date(s.endDate), number(s.hours),
                            date(s.reportDeadline)));
    }
    if (elements.isEmpty())
        return "[]\n";
    return (u"[\n"_s + elements.join(u",\n"_s) + u"\n]\n"_s).toUtf8();
}

} // namespace SignalJson
