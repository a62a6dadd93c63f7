// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

void TextTable::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& cell : m_header)
        widths.append(cell.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i)
            line += row.value(i).leftJustified(widths[i] + 2);
        out << line.trimmed() << '\n';
    };
    printRow(m_header);
    QStringList rule;
    for (qsizetype width : widths)
        rule.append(QString(width, QChar(u'-')));
    printRow(rule);
    for (const QStringList& row : m_rows)
        printRow(row);
}
