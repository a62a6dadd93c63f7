// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Signal.h"

#include <QDate>
#include <QHash>

// What a signal row shows of its leerling.
struct LeerlingSummary
{
    QString name; // sort name
    QString klas;

    friend bool operator==(const LeerlingSummary&, const LeerlingSummary&) = default;
};

// Signals as rows, legal ones first; overdue ones (uiterste meld datum passed) are marked. New
// signals for the same day and leerlingen update only the rows that differ, so that a view
// keeps its selection and scroll position when one leerling's signals change.
class SignalTableModel final : public RowListModel<TrackedSignal>
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

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TrackedSignal& row, int column) const;

    QHash<QString, LeerlingSummary> m_leerlingen;
    QDate m_today;
};
