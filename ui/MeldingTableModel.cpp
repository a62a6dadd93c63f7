// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingTableModel.h"

#include "util/Dates.h"

#include <algorithm>

MeldingTableModel::MeldingTableModel(QObject* parent)
    : RowListModel(parent)
{
    setHeaders(
        {tr("Leerling"), tr("Kind"), tr("From"), tr("Until"), tr("Status"), tr("Meldingsnummer")});
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
