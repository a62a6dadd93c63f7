// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalTableModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

SignalTableModel::SignalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SignalTableModel::setSignals(QList<Signal> signalList, QHash<QString, QString> names,
                                  QDate today)
{
    beginResetModel();
    m_signals = std::move(signalList);
    m_names = std::move(names);
    m_today = today;
    // Legal signals first (they have a deadline), newest first within each group.
    std::stable_sort(m_signals.begin(), m_signals.end(), [](const Signal& a, const Signal& b) {
        const bool aLegal =
            SignalKinds::isLegal(a.kind) || SignalKinds::hasReportingDeadline(a.kind);
        const bool bLegal =
            SignalKinds::isLegal(b.kind) || SignalKinds::hasReportingDeadline(b.kind);
        if (aLegal != bLegal)
            return aLegal;
        return a.reachedOn > b.reachedOn;
    });
    endResetModel();
}

int SignalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_signals.size());
}

int SignalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SignalTableModel::isOverdue(const Signal& signal) const
{
    return signal.reportDeadline.isValid() && signal.reportDeadline < m_today;
}

QVariant SignalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Signal& s = m_signals[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Leerling:
            return m_names.value(s.pgn, s.pgn);
        case Soort:
            return SignalKinds::displayName(s.kind);
        case ReachedOn:
            return Dates::toDutch(s.reachedOn);
        case StartDate:
            return Dates::toDutch(s.startDate);
        case Hours:
            return s.hours.isFractional() ? QLocale().toString(s.hours.inHours(), 'f', 1)
                                          : QString::number(s.hours.value);
        case Deadline:
            if (isOverdue(s))
                return tr("%1 (overdue)").arg(Dates::toDutch(s.reportDeadline));
            return Dates::toDutch(s.reportDeadline);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Deadline && isOverdue(s))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole && SignalKinds::isLegal(s.kind)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant SignalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Leerling:
        return tr("Leerling");
    case Soort:
        return tr("Signal");
    case ReachedOn:
        return tr("Reached on");
    case StartDate:
        return tr("From");
    case Hours:
        return tr("Hours");
    case Deadline:
        return tr("Report by");
    }
    return {};
}
