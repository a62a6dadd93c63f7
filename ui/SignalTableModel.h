// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Signal.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

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
        ColumnCount
    };

    explicit SignalTableModel(QObject* parent = nullptr);

    // Replaces all rows; `names` maps pgn to the leerling's sort name, `today` decides overdue.
    void setSignals(QList<Signal> signalList, QHash<QString, QString> names, QDate today);
    const Signal& signalAt(int row) const { return m_signals[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool isOverdue(const Signal& signal) const;

    QList<Signal> m_signals;
    QHash<QString, QString> m_names;
    QDate m_today;
};
