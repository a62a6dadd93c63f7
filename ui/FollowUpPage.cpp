// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpPage.h"
#include "FollowUpTableModel.h"
#include "PageRefresh.h"
#include "storage/Database.h"

#include "InvulhulpDialog.h"
#include "MessageBox.h"
#include "services/DuoChangeService.h"
#include "services/MeldingService.h"
#include "util/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FollowUpPage::FollowUpPage(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tasks(new FollowUpTableModel(this))
    , m_table(new QTableView)
    , m_accept(new QPushButton(tr("Accept end date")))
    , m_passOn(new QPushButton(tr("Pass on the change…")))
{
    // The tasks follow the meldingen, the absence that ends their runs and the calendar.
    (new PageRefresh(this, m_session.database.notifier(), [this] { reload(); }))
        ->follow(&ChangeNotifier::meldingChanged)
        .follow(&ChangeNotifier::absencesChanged)
        .follow(&ChangeNotifier::leerlingenChanged)
        .follow(&ChangeNotifier::schoolChanged);
    setObjectName(u"followUpPage"_s);
    m_table->setObjectName(u"followUpTable"_s);
    m_table->setModel(m_tasks);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const FollowUpTask* task = m_tasks->rowAt(index.row()))
            Q_EMIT openMelding(task->melding);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpPage::enableButtons);
    m_accept->setObjectName(u"acceptEndDateButton"_s);
    m_accept->setToolTip(tr("Sets the melding's end date to the run's last lesdag; a registered "
                            "melding then has a change to submit to DUO"));
    m_accept->setEnabled(false);
    connect(m_accept, &QPushButton::clicked, this, &FollowUpPage::acceptEndDate);
    m_passOn->setObjectName(u"passOnChangeButton"_s);
    m_passOn->setToolTip(tr("Shows what changed since DUO registered the melding, to type into "
                            "the verzuimloket"));
    m_passOn->setEnabled(false);
    connect(m_passOn, &QPushButton::clicked, this, &FollowUpPage::passOnChange);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_passOn);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Follow-up</h2>")));
    layout->addLayout(buttons);
    layout->addWidget(m_table);
}

int FollowUpPage::taskCount() const
{
    return m_tasks->rowCount();
}

const FollowUpTask* FollowUpPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_tasks->rowAt(rows.first().row());
}

void FollowUpPage::enableButtons()
{
    const FollowUpTask* task = selected();
    m_accept->setEnabled(task && task->kind == FollowUpKind::EndDate);
    m_passOn->setEnabled(task && task->kind == FollowUpKind::ChangeToSubmit);
}

bool FollowUpPage::reload()
{
    const auto tasks = FollowUpService(m_session.database, m_session.clock, m_session.user)
                           .tasks(m_session.clock.today());
    if (!tasks) {
        MessageBox::critical(this, tr("Follow-up"), tasks.error());
        return false;
    }
    m_tasks->setTasks(*tasks);
    m_table->resizeColumnsToContents();
    enableButtons();
    Q_EMIT tasksChanged(taskCount());
    return true;
}

void FollowUpPage::acceptEndDate()
{
    const FollowUpTask* task = selected();
    if (!task || task->kind != FollowUpKind::EndDate)
        return;
    MeldingService meldingen(m_session.database, m_session.clock, m_session.user);
    const auto melding = meldingen.find(task->melding);
    if (!melding) {
        MessageBox::critical(this, tr("Follow-up"), melding.error());
        return;
    }
    Melding ended = *melding;
    ended.endDate = task->proposedEndDate;
    if (const auto saved = meldingen.saveEdit(*melding, ended); !saved)
        MessageBox::critical(this, tr("Follow-up"), saved.error());
}

void FollowUpPage::passOnChange()
{
    const FollowUpTask* task = selected();
    if (!task || task->kind != FollowUpKind::ChangeToSubmit)
        return;
    const auto change = DuoChangeService(m_session.database, m_session.clock, m_session.user)
                            .pending(task->melding);
    if (!change) {
        MessageBox::critical(this, tr("Follow-up"), change.error());
        return;
    }
    auto* dialog = new InvulhulpDialog(m_session, *change, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
