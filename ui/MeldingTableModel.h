// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Melding.h"

// Every melding with its leerling's name, DUO number, status and dates. A new list updates only
// the rows that changed, so that the selection stays when one melding changes.
class MeldingTableModel final : public RowListModel<Melding>
{
    Q_OBJECT

public:
    enum Column
    {
        Leerling,
        Soort,
        StartDate,
        EndDate,
        Status,
        DuoNumber,
    };
    enum Role
    {
        StatusKeyRole = Qt::UserRole + 1,
        IdRole
    };

    explicit MeldingTableModel(QObject* parent = nullptr);

    void setMeldingen(QList<Melding> meldingen);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};
