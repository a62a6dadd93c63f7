// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"

#include <QAbstractTableModel>

// Every melding with its leerling's name, DUO number, status and dates.
class MeldingTableModel final : public QAbstractTableModel
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
        ColumnCount
    };
    enum Role
    {
        StatusKeyRole = Qt::UserRole + 1,
        IdRole
    };

    explicit MeldingTableModel(QObject* parent = nullptr);

    void setMeldingen(QList<Melding> meldingen);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Melding> m_meldingen;
};
