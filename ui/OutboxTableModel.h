// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Submission.h"

// The submissions in the outbox, oldest first. A new list updates only the rows that changed,
// so that the entry the coordinator selected stays selected while another one is sent.
class OutboxTableModel final : public RowListModel<Submission>
{
    Q_OBJECT

public:
    enum Column
    {
        Melding,
        Leerling,
        Channel,
        State,
        Attempts,
        NextAttempt,
        Problem,
    };

    explicit OutboxTableModel(QObject* parent = nullptr);

    void setSubmissions(QList<Submission> submissions);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};
