// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalTableModel.h"

#include "util/Dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {

// The row order: signals with a legal deadline first, newest first within each group, then by
// leerling and kind; the rest of a signal's identity orders what is left, so that two lists of
// rows can be walked side by side.
bool rowBefore(const TrackedSignal& a, const TrackedSignal& b)
{
    const Signal& x = a.signal;
    const Signal& y = b.signal;
    const auto due = [](SignalKind kind) {
        return SignalKinds::hasReportingDeadline(kind) || SignalKinds::isLegal(kind);
    };
    if (due(x.kind) != due(y.kind))
        return due(x.kind);
    if (x.reachedOn != y.reachedOn)
        return x.reachedOn > y.reachedOn;
    if (x.pgn != y.pgn)
        return x.pgn < y.pgn;
    if (x.kind != y.kind)
        return SignalKinds::keyLess(x.kind, y.kind);
    if (x.startDate != y.startDate)
        return x.startDate < y.startDate;
    return SignalKey::of(x).level < SignalKey::of(y).level;
}

// Puts the rows in rowBefore's order. Sorting a school board's half a million rows compares
// them millions of times: each row's first keys are taken out once, the small keys are sorted,
// and the rows are then moved into their places where they are (a second list of them would
// cost tens of megabytes of fresh memory).
void sortRows(QList<TrackedSignal>& rows)
{
    struct Key
    {
        bool due;
        qint64 reachedOn;
        const QString* pgn;
        qsizetype row; // the row that belongs here; -1 once it is here
    };
    QList<Key> keys;
    keys.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Signal& s = rows[i].signal;
        keys.append({SignalKinds::hasReportingDeadline(s.kind) || SignalKinds::isLegal(s.kind),
                     s.reachedOn.toJulianDay(), &s.pgn, i});
    }
    std::sort(keys.begin(), keys.end(), [&rows](const Key& a, const Key& b) {
        if (a.due != b.due)
            return a.due;
        if (a.reachedOn != b.reachedOn)
            return a.reachedOn > b.reachedOn;
        if (const int order = a.pgn->compare(*b.pgn); order != 0)
            return order < 0;
        return rowBefore(rows[a.row], rows[b.row]);
    });
    // Each cycle of the permutation once: the first place's row is held while the others move
    // up the cycle into the place they belong.
    for (qsizetype first = 0; first < keys.size(); ++first) {
        if (keys[first].row < 0)
            continue;
        TrackedSignal held = std::move(rows[first]);
        qsizetype place = first;
        while (keys[place].row != first) {
            const qsizetype from = keys[place].row;
            rows[place] = std::move(rows[from]);
            keys[place].row = -1;
            place = from;
        }
        rows[place] = std::move(held);
        keys[place].row = -1;
    }
}

} // namespace

SignalTableModel::SignalTableModel(QObject* parent)
    : RowListModel(parent)
{
    setHeaders({tr("Leerling"), tr("Signal"), tr("Reached on"), tr("From"), tr("Hours"),
                tr("Report by"), tr("Status")});
}

void SignalTableModel::setSignals(QList<TrackedSignal> rows,
                                  QHash<QString, LeerlingSummary> leerlingen, QDate today)
{
    sortRows(rows);
    // Another day marks other rows overdue, other names move every row of a leerling.
    if (today == m_today && leerlingen == m_leerlingen && updateRows(rows, rowBefore))
        return;
    beginResetModel();
    m_rows = std::move(rows);
    m_leerlingen = std::move(leerlingen);
    m_today = today;
    endResetModel();
}

QVariant SignalTableModel::display(const TrackedSignal& row, int column) const
{
    const Signal& s = row.signal;
    switch (column) {
    case Leerling:
        return m_leerlingen.value(s.pgn).name.isEmpty() ? s.pgn : m_leerlingen.value(s.pgn).name;
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
        return row.isOverdue(m_today) ? tr("%1 (overdue)").arg(Dates::toDutch(s.reportDeadline))
                                      : Dates::toDutch(s.reportDeadline);
    case Status:
        return SignalStatuses::displayName(row.work.status);
    }
    return {};
}

QVariant SignalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrackedSignal& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Status && !row.work.reason.isEmpty() ? row.work.reason
                                                                      : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Deadline && row.isOverdue(m_today))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (SignalKinds::isLegal(row.signal.kind)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case SoortKeyRole:
        return SignalKinds::key(row.signal.kind);
    case StatusKeyRole:
        return SignalStatuses::key(row.work.status);
    case KlasRole:
        return m_leerlingen.value(row.signal.pgn).klas;
    case OverdueRole:
        return row.isOverdue(m_today);
    }
    return {};
}
