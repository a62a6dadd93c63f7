// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingTableModel.h"

#include "util/Dates.h"

#include <algorithm>

LeerlingTableModel::LeerlingTableModel(QObject* parent)
    : RowListModel(parent)
{
    setHeaders({tr("PGN"), tr("Leerlingnummer"), tr("Name"), tr("Class"), tr("Birth date"),
                tr("Programme")});
}

void LeerlingTableModel::setLeerlingen(QList<Leerling> leerlingen)
{
    QList<LeerlingRow> rows;
    rows.reserve(leerlingen.size());
    for (Leerling& l : leerlingen) {
        QString sortName = l.sortName();
        QString searchText = (sortName + u'\n' + l.displayName() + u'\n' + l.pgn + u'\n' + l.klas +
                              u'\n' + l.leerlingnummer)
                                 .toLower();
        rows.append({std::move(l), std::move(sortName), std::move(searchText)});
    }
    // Kept by PGN; the view sorts them as the coordinator chose.
    const auto byPgn = [](const LeerlingRow& a, const LeerlingRow& b) {
        return a.leerling.pgn < b.leerling.pgn;
    };
    std::sort(rows.begin(), rows.end(), byPgn);
    replaceRows(std::move(rows), byPgn);
}

QVariant LeerlingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LeerlingRow& row = m_rows[index.row()];
    const Leerling& l = row.leerling;
    if (role == SearchTextRole)
        return row.searchText;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Pgn:
        return l.pgn;
    case Leerlingnummer:
        return l.leerlingnummer;
    case Name:
        return row.sortName;
    case Klas:
        return l.klas;
    case BirthDate:
        return Dates::toDutch(l.birthDate);
    case Opleiding:
        return l.opleiding;
    }
    return {};
}

void LeerlingSearchModel::setSearch(const QString& text)
{
    const QString search = text.trimmed().toLower();
    m_contains.clear();
    m_pattern = QRegularExpression();
    if (search.contains(u'%')) {
        // % stands for any text; every line of a row's search text is tried, so "%vries"
        // matches the name line "de vries, test".
        QStringList parts = search.split(u'%');
        for (QString& part : parts)
            part = QRegularExpression::escape(part);
        m_pattern = QRegularExpression(QStringLiteral("^") + parts.join(QStringLiteral(".*")) +
                                           QStringLiteral("$"),
                                       QRegularExpression::MultilineOption);
    } else {
        m_contains = search;
    }
    invalidateFilter();
}

bool LeerlingSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_contains.isEmpty() && m_pattern.pattern().isEmpty())
        return true;
    const QString text = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(LeerlingTableModel::SearchTextRole)
                             .toString();
    return m_contains.isEmpty() ? m_pattern.match(text).hasMatch() : text.contains(m_contains);
}
