// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpTableModel.h"

#include "util/Dates.h"

#include <algorithm>
#include <tuple>

FollowUpTableModel::FollowUpTableModel(QObject* parent)
    : RowListModel(parent)
{
    setHeaders(
        {tr("Melding"), tr("PGN"), tr("Leerling"), tr("Task"), tr("End date"), tr("Due by")});
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
