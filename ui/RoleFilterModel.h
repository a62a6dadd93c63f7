// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

// Keeps the rows whose value for each constrained role is one of the allowed values; a role
// without a constraint lets everything through. The screens' combo boxes and check boxes set
// the constraints.
class RoleFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // An empty set removes the constraint on the role.
    void setAllowed(int role, const QSet<QString>& values);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QHash<int, QSet<QString>> m_allowed;
};
