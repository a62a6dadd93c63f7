// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingenPage.h"
#include "PageRefresh.h"
#include "storage/Database.h"

#include "MeldingTableModel.h"
#include "OverviewExport.h"
#include "RoleFilterModel.h"
#include "services/MeldingService.h"
#include "services/OverviewService.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MeldingenPage::MeldingenPage(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MeldingTableModel(this))
    , m_filter(new RoleFilterModel(this))
    , m_table(new QTableView)
{
    // The list follows every melding and the leerlingen they are of.
    (new PageRefresh(this, m_session.database.notifier(), [this] { reload(); }))
        ->follow(&ChangeNotifier::meldingChanged)
        .follow(&ChangeNotifier::leerlingenChanged);
    setObjectName(u"meldingenPage"_s);
    m_table->setObjectName(u"meldingTable"_s);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT openMelding(index.data(MeldingTableModel::IdRole).toLongLong());
    });

    auto* statuses = new QHBoxLayout;
    for (MeldingStatus status :
         {MeldingStatus::Concept, MeldingStatus::Gereed, MeldingStatus::Ingediend,
          MeldingStatus::Geregistreerd, MeldingStatus::InBehandeling, MeldingStatus::Afgesloten,
          MeldingStatus::TerKennisgevingAangenomen, MeldingStatus::Ingetrokken}) {
        auto* box = new QCheckBox(MeldingStatuses::displayName(status));
        box->setObjectName(u"status_"_s + MeldingStatuses::key(status));
        box->setProperty("statusKey", MeldingStatuses::key(status));
        box->setChecked(MeldingStatuses::isOpenAtDuo(status));
        connect(box, &QCheckBox::toggled, this, &MeldingenPage::applyStatusFilter);
        m_statusBoxes.append(box);
        statuses->addWidget(box);
    }
    statuses->addStretch();
    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(u"exportMeldingenButton"_s);
    exportButton->setToolTip(tr("Every melding, whatever its status, as an Excel workbook or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        OverviewExport::ask(
            this, tr("meldingen"),
            OverviewService(m_session.database, m_session.clock, m_session.user).meldingen());
    });
    statuses->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Meldingen</h2>")));
    layout->addLayout(statuses);
    layout->addWidget(m_table);
    applyStatusFilter();
}

void MeldingenPage::applyStatusFilter()
{
    QSet<QString> allowed;
    for (const QCheckBox* box : std::as_const(m_statusBoxes)) {
        if (box->isChecked())
            allowed.insert(box->property("statusKey").toString());
    }
    // Nothing ticked shows nothing, as in the loket.
    m_filter->setAllowed(MeldingTableModel::StatusKeyRole,
                         allowed.isEmpty() ? QSet<QString>{u"-"_s} : allowed);
}

bool MeldingenPage::reload()
{
    const auto meldingen =
        MeldingService(m_session.database, m_session.clock, m_session.user).all();
    if (!meldingen)
        return false;
    m_model->setMeldingen(*meldingen);
    m_table->resizeColumnsToContents();
    return true;
}
