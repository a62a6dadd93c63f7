// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <optional>

// A table model over a list of rows kept in one order, that becomes a new list of rows with as
// few changes as a view needs: rows removed, inserted or replaced in place, so that a view keeps
// its selection and scroll position when one row changes. Many changes at once (another day,
// an import) are one reset: more separate updates cost more than that.
template <typename Row> class RowListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    // The row at `row`; nullptr when there is none.
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_headers.size())
            return {};
        return m_headers[section];
    }

protected:
    // The columns' headers, one per column in the model's column order. Set once: the language
    // is chosen before any screen is built.
    void setHeaders(QStringList headers) { m_headers = std::move(headers); }

    // Becomes `rows`, which are in the order `before` gives (a strict weak ordering in which
    // two rows are equivalent only when they are the same row, maybe changed).
    template <typename Before> void replaceRows(QList<Row> rows, Before before)
    {
        if (!updateRows(rows, before))
            resetRows(std::move(rows));
    }
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    // Turns the rows into `rows` with row removals, insertions and changes; false, having
    // changed nothing, when that would take more than a handful of them.
    template <typename Before> bool updateRows(const QList<Row>& rows, Before before)
    {
        const auto edits = editsBetween(m_rows, rows, before);
        if (!edits)
            return false;
        // From the last to the first, so that each edit's old row index still holds.
        for (auto edit = edits->crbegin(); edit != edits->crend(); ++edit) {
            const int at = int(edit->at);
            const int last = int(edit->at + edit->count - 1);
            switch (edit->kind) {
            case Edit::Kind::Remove:
                beginRemoveRows({}, at, last);
                m_rows.remove(edit->at, edit->count);
                endRemoveRows();
                break;
            case Edit::Kind::Insert:
                beginInsertRows({}, at, last);
                m_rows.insert(edit->at, edit->count, Row());
                std::copy_n(rows.cbegin() + edit->from, edit->count, m_rows.begin() + edit->at);
                endInsertRows();
                break;
            case Edit::Kind::Replace:
                m_rows[edit->at] = rows[edit->from];
                Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
                break;
            }
        }
        return true;
    }

    QList<Row> m_rows;

private:
    QStringList m_headers;
    // More separate row updates than this cost more than a reset (each moves the rows after it).
    static constexpr qsizetype kMostEdits = 32;

    // One step from the old rows to the new: at old row `at`, remove `count` old rows, insert
    // the new rows [from, from + count) before it, or replace it by new row `from`.
    struct Edit
    {
        enum class Kind
        {
            Remove,
            Insert,
            Replace
        };
        Kind kind;
        qsizetype at;
        qsizetype from;
        qsizetype count;
    };

    // The edits that turn `old` into `now`, both in row order, walked side by side; nullopt
    // when there are more than kMostEdits.
    template <typename Before>
    static std::optional<QList<Edit>> editsBetween(const QList<Row>& old, const QList<Row>& now,
                                                   Before before)
    {
        QList<Edit> edits;
        qsizetype i = 0;
        qsizetype j = 0;
        const auto gone = [&](qsizetype k) {
            return k < old.size() && (j == now.size() || before(old[k], now[j]));
        };
        const auto added = [&](qsizetype k) {
            return k < now.size() && (i == old.size() || before(now[k], old[i]));
        };
        while (i < old.size() || j < now.size()) {
            if (edits.size() > kMostEdits)
                return std::nullopt;
            if (gone(i)) {
                const qsizetype from = i;
                while (gone(i))
                    ++i;
                edits.append({Edit::Kind::Remove, from, 0, i - from});
            } else if (added(j)) {
                const qsizetype from = j;
                while (added(j))
                    ++j;
                edits.append({Edit::Kind::Insert, i, from, j - from});
            } else {
                if (!(old[i] == now[j]))
                    edits.append({Edit::Kind::Replace, i, j, 1});
                ++i;
                ++j;
            }
        }
        return edits;
    }
};
