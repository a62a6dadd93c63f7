// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "SignalTableModel.h"
#include "services/SignalService.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Clock.h"
#include "util/Dates.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(Database& database, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
    , m_model(new SignalTableModel(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/verzuimdesk.svg")));
    m_table->setObjectName(QStringLiteral("signalTable"));
    m_summary->setObjectName(QStringLiteral("signalSummary"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    auto* title = new QLabel(tr("<h2>Signals</h2>"));
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    setCentralWidget(central);
    resize(1100, 700);
}

bool MainWindow::reload()
{
    const QDate today = m_clock.today();
    auto school = SchoolRepository(m_database).load();
    const QString schoolName = school && school->has_value() ? (*school)->name : QString();
    setWindowTitle(schoolName.isEmpty() ? tr("Verzuimdesk")
                                        : tr("Verzuimdesk — %1").arg(schoolName));

    SignalService service(m_database, today);
    const auto signalList = service.signals();
    const auto leerlingen = LeerlingRepository(m_database).all();
    if (!signalList || !leerlingen) {
        m_summary->setText(signalList ? leerlingen.error() : signalList.error());
        return false;
    }
    QHash<QString, QString> names;
    for (const Leerling& l : *leerlingen)
        names.insert(l.pgn, l.sortName());
    m_model->setSignals(*signalList, names, today);
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n signal(s) for %1 leerlingen on %2.", nullptr, int(signalList->size()))
                           .arg(leerlingen->size())
                           .arg(Dates::toDutch(today)));
    statusBar()->showMessage(m_database.location());
    return true;
}
