// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "services/FollowUpService.h"

// The follow-up tasks, by melding and kind. A new list updates only the rows that changed, so
// that the task the coordinator selected stays selected when another melding changes.
class FollowUpTableModel final : public RowListModel<FollowUpTask>
{
    Q_OBJECT

public:
    enum Column
    {
        Melding,
        Pgn,
        Leerling,
        Task,
        EndDate,
        DueBy,
    };

    explicit FollowUpTableModel(QObject* parent = nullptr);

    void setTasks(QList<FollowUpTask> tasks);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};
