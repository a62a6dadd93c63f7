// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingTableModel.h"

#include "util/Dates.h"

#include <algorithm>

MeldingTableModel::MeldingTableModel(QObject* parent)
    : RowListModel(parent)
{
}

void MeldingTableModel::setMeldingen(QList<Melding> meldingen)
{
    // Kept by id; the view sorts them as the coordinator chose.
    const auto byId = [](const Melding& a, const Melding& b) {
        return a.id < b.id;
    };
    std::sort(meldingen.begin(), meldingen.end(), byId);
    replaceRows(std::move(meldingen), byId);
}

int MeldingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeldingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Melding& m = m_rows[index.row()];
    if (role == StatusKeyRole)
        return MeldingStatuses::key(m.status);
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Leerling:
        return m.leerlingName;
    case Soort:
        return MeldingSoorten::loketName(m.soort);
    case StartDate:
        return Dates::toDutch(m.startDate);
    case EndDate:
        return Dates::toDutch(m.endDate);
    case Status:
        return MeldingStatuses::displayName(m.status);
    case DuoNumber:
        return m.duoNumber;
    }
    return {};
}

QVariant MeldingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Leerling:
        return tr("Leerling");
    case Soort:
        return tr("Kind");
    case StartDate:
        return tr("From");
    case EndDate:
        return tr("Until");
    case Status:
        return tr("Status");
    case DuoNumber:
        return tr("Meldingsnummer");
    }
    return {};
}
