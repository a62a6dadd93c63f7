// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowListModel.h"
#include "domain/Leerling.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

// One row of the leerlingen list: the leerling and what the search looks in.
struct LeerlingRow
{
    Leerling leerling;
    QString sortName;   // made once: sorting 100,000 rows by name asks for it millions of times
    QString searchText; // name, PGN, klas and leerlingnummer, lower-case

    friend bool operator==(const LeerlingRow& a, const LeerlingRow& b)
    {
        return a.leerling == b.leerling;
    }
};

// All leerlingen from one in-memory snapshot: never a query per row, fluid with 30,000 rows. A
// new list updates only the rows that changed, so that the selection stays when one leerling
// changes.
class LeerlingTableModel final : public RowListModel<LeerlingRow>
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
    };
    enum Role
    {
        SearchTextRole = Qt::UserRole + 1
    };

    explicit LeerlingTableModel(QObject* parent = nullptr);

    void setLeerlingen(QList<Leerling> leerlingen);
    const Leerling& leerlingAt(int row) const { return m_rows[row].leerling; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
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
