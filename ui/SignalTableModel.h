// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Signal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

// What a signal row shows of its leerling.
struct LeerlingSummary
{
    QString name; // sort name
    QString klas;
};

// Signals as rows, legal ones first; overdue ones (uiterste meld datum passed) are marked.
class SignalTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Leerling,
        Soort,
        ReachedOn,
        StartDate,
        Hours,
        Deadline,
        Status,
        ColumnCount
    };
    enum Role
    {
        SoortKeyRole = Qt::UserRole + 1,
        StatusKeyRole,
        KlasRole,
        OverdueRole
    };

    explicit SignalTableModel(QObject* parent = nullptr);

    void setSignals(QList<TrackedSignal> rows, QHash<QString, LeerlingSummary> leerlingen,
                    QDate today);
    const TrackedSignal& signalAt(int row) const { return m_rows[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TrackedSignal& row, int column) const;

    QList<TrackedSignal> m_rows;
    QHash<QString, LeerlingSummary> m_leerlingen;
    QDate m_today;
};
