// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingenPage.h"
#include "PageRefresh.h"
#include "services/Permissions.h"
#include "storage/Database.h"

#include "LeerlingTableModel.h"
#include "MessageBox.h"
#include "VerzuimstaatDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LeerlingenPage::LeerlingenPage(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new LeerlingTableModel(this))
    , m_search(new LeerlingSearchModel(this))
    , m_searchEdit(new QLineEdit)
    , m_table(new QTableView)
    , m_count(new QLabel)
{
    // The list follows the leerlingen, and a verzuimmedewerker's scope the assignments.
    (new PageRefresh(this, m_session.database.notifier(), [this] { reload(); }))
        ->follow(&ChangeNotifier::leerlingenChanged)
        .follow(&ChangeNotifier::teamChanged);
    setObjectName(u"leerlingenPage"_s);
    m_searchEdit->setObjectName(u"leerlingSearch"_s);
    m_searchEdit->setPlaceholderText(
        tr("Search by name, PGN, leerlingnummer or class; % matches anything (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_table->setObjectName(u"leerlingTable"_s);
    m_count->setObjectName(u"leerlingCount"_s);
    m_search->setSourceModel(m_model);
    m_search->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_search);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeerlingTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT openLeerling(
            m_search->index(index.row(), LeerlingTableModel::Pgn).data().toString());
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_search->setSearch(text);
        updateCount();
    });

    auto* batch = new QPushButton(tr("Verzuimstaten for the selection…"));
    batch->setObjectName(u"batchVerzuimstaatButton"_s);
    connect(batch, &QPushButton::clicked, this, &LeerlingenPage::openBatchVerzuimstaat);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Leerlingen</h2>")));
    auto* search = new QHBoxLayout;
    search->addWidget(m_searchEdit, 1);
    search->addWidget(batch);
    layout->addLayout(search);
    layout->addWidget(m_count);
    layout->addWidget(m_table);
}

bool LeerlingenPage::reload()
{
    const auto leerlingen =
        Permissions::visibleLeerlingen(m_session.database, m_session.user, m_session.clock);
    if (!leerlingen) {
        m_count->setText(leerlingen.error());
        return false;
    }
    m_model->setLeerlingen(*leerlingen);
    updateCount();
    return true;
}

void LeerlingenPage::focusSearch()
{
    m_searchEdit->setFocus();
    m_searchEdit->selectAll();
}

void LeerlingenPage::updateCount()
{
    m_count->setText(tr("%1 of %2 leerlingen").arg(m_search->rowCount()).arg(m_model->rowCount()));
}

QStringList LeerlingenPage::selectedPgns() const
{
    QStringList pgns;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(LeerlingTableModel::Pgn))
        pgns.append(row.data().toString());
    return pgns;
}

void LeerlingenPage::openBatchVerzuimstaat()
{
    const QStringList pgns = selectedPgns();
    if (pgns.isEmpty()) {
        MessageBox::information(this, tr("Verzuimstaten"),
                                tr("Select the leerlingen first (Ctrl or Shift and click)."));
        return;
    }
    const VerzuimstaatService staten(m_session.database, m_session.clock, m_session.user);
    auto* dialog = new VerzuimstaatDialog(m_session, pgns, staten.schoolYearSoFar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
