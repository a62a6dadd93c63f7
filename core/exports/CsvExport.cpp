// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "util/CsvField.h"
#include "util/Dates.h"

#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString cellText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return Dates::toDutch(value.toDate());
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QLocale(QLocale::Dutch).toString(value.toDouble(), 'f', 1);
    default:
        return ExportTable::neutralised(value.toString());
    }
}

void appendLine(QString& out, const QStringList& fields)
{
    QStringList quotedFields;
    for (const QString& field : fields)
        quotedFields.append(Csv::field(field));
    out += quotedFields.join(u';') + u"\r\n"_s;
}

} // namespace

namespace CsvExport {

QByteArray write(const ExportTable& table)
{
    QString out;
    appendLine(out, table.header);
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (const QVariant& cell : row)
            fields.append(cellText(cell));
        appendLine(out, fields);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace CsvExport
