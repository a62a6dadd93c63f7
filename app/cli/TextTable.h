// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

// A plain-text table with aligned columns for readable terminal output.
class TextTable
{
public:
    explicit TextTable(QStringList header)
        : m_header(std::move(header))
    {
    }

    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream& out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};
