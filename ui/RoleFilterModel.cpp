// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleFilterModel.h"

void RoleFilterModel::setAllowed(int role, const QSet<QString>& values)
{
    if (m_allowed.value(role) == values) // filtering half a million rows again for nothing
        return;
    if (values.isEmpty())
        m_allowed.remove(role);
    else
        m_allowed.insert(role, values);
    invalidateFilter();
}

bool RoleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it) {
        if (!it.value().contains(index.data(it.key()).toString()))
            return false;
    }
    return true;
}
