// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Leerling.h"

#include <QAbstractTableModel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

// All leerlingen from one in-memory snapshot: never a query per row, fluid with 30,000 rows.
class LeerlingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Pgn,
        Leerlingnummer, // the package's own number, by which the school knows the leerling
        Name,
        Klas,
        BirthDate,
        Opleiding,
        ColumnCount
    };
    enum Role
    {
        SearchTextRole = Qt::UserRole + 1
    };

    explicit LeerlingTableModel(QObject* parent = nullptr);

    void setLeerlingen(QList<Leerling> leerlingen);
    const Leerling& leerlingAt(int row) const { return m_leerlingen[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Leerling> m_leerlingen;
    QStringList m_searchText; // name, PGN and klas, lower-case, per row
};

// The loket's search: name, PGN or klas, with % as wildcard ("%vries", "3a%").
class LeerlingSearchModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_contains;           // plain search: a part of the text
    QRegularExpression m_pattern; // search with %
};
