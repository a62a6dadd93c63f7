// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTableModel.h"

#include "util/Dates.h"

#include <algorithm>
#include <tuple>

FollowUpTableModel::FollowUpTableModel(QObject* parent)
    : RowListModel(parent)
{
}

void FollowUpTableModel::setTasks(QList<FollowUpTask> tasks)
{
    // A melding has at most one task of each kind.
    const auto before = [](const FollowUpTask& a, const FollowUpTask& b) {
        return std::tuple(a.melding, a.kind) < std::tuple(b.melding, b.kind);
    };
    std::sort(tasks.begin(), tasks.end(), before);
    replaceRows(std::move(tasks), before);
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const FollowUpTask& t = m_rows[index.row()];
    switch (index.column()) {
    case Melding:
        return QString::number(t.melding);
    case Pgn:
        return t.pgn;
    case Leerling:
        return t.leerlingName;
    case Task:
        return FollowUpKinds::displayName(t.kind);
    case EndDate:
        return Dates::toDutch(t.proposedEndDate);
    case DueBy:
        return Dates::toDutch(t.deadline);
    }
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Melding:
        return tr("Melding");
    case Pgn:
        return tr("PGN");
    case Leerling:
        return tr("Leerling");
    case Task:
        return tr("Task");
    case EndDate:
        return tr("End date");
    case DueBy:
        return tr("Due by");
    }
    return {};
}
