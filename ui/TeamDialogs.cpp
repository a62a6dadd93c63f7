// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamDialogs.h"

#include "MessageBox.h"
#include "OverviewExport.h"
#include "exports/TableExport.h"
#include "services/AuditService.h"
#include "storage/BackupStore.h"
#include "util/Dates.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableWidget* readOnlyTable(const QStringList& header, const QString& objectName)
{
    auto* table = new QTableWidget(0, int(header.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace

AuditDialog::AuditDialog(Session session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_filter(new QLineEdit)
    , m_table(readOnlyTable({tr("When"), tr("User"), tr("Action"), tr("PGN"), tr("Details")},
                            u"auditTable"_s))
{
    setObjectName(u"auditDialog"_s);
    setWindowTitle(tr("Audit trail"));
    m_filter->setObjectName(u"auditFilter"_s);
    m_filter->setPlaceholderText(tr("Filter on user, action or PGN"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditDialog::applyFilter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"auditExportButton"_s);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportTrail);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 560);
    fill();
}

void AuditDialog::fill()
{
    const auto entries =
        AuditService(m_session.database, m_session.clock, m_session.user).entries();
    if (!entries) {
        MessageBox::warning(this, windowTitle(), entries.error());
        return;
    }
    m_table->setRowCount(0);
    // Newest first: the beheerder looks for what just happened.
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        addRow(m_table, {QLocale().toString(it->at, QLocale::ShortFormat), it->user, it->action,
                         it->pgn, it->details});
    }
    m_table->resizeColumnsToContents();
}

void AuditDialog::applyFilter(const QString& text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool matches = text.isEmpty();
        for (int column = 1; column < m_table->columnCount() && !matches; ++column)
            matches = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !matches);
    }
}

void AuditDialog::exportTrail()
{
    const QString path =
        OverviewExport::askWhere(this, tr("Export the audit trail"), tr("audit trail"));
    if (path.isEmpty())
        return;
    // The save dialog has asked before replacing a file.
    const Status saved = AuditService(m_session.database, m_session.clock, m_session.user)
                             .exportTo(path, Overwrite::Allow);
    if (!saved) {
        MessageBox::warning(this, windowTitle(), saved.error());
        return;
    }
    MessageBox::information(
        this, windowTitle(),
        tr("The audit trail was exported to %1.").arg(QDir::toNativeSeparators(path)));
    fill(); // the export is in the trail now
}

PurgeDialog::PurgeDialog(Session session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel)
    , m_table(readOnlyTable({tr("PGN"), tr("Name"), tr("Last enrolled on"), tr("Absence records"),
                             tr("Meldingen"), tr("Notes")},
                            u"purgeTable"_s))
    , m_purge(new QPushButton(tr("Remove these leerlingen…")))
{
    setObjectName(u"purgeDialog"_s);
    setWindowTitle(tr("Remove leerlingen past the retention period"));
    m_summary->setObjectName(u"purgeSummary"_s);
    m_summary->setWordWrap(true);
    m_purge->setObjectName(u"purgeButton"_s);
    connect(m_purge, &QPushButton::clicked, this, &PurgeDialog::purge);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 480);
    preview();
}

void PurgeDialog::preview()
{
    RetentionService retention(m_session.database, m_session.clock, m_session.user);
    const auto candidates = retention.preview();
    const auto cutoff = retention.cutoff();
    const auto years = retention.retentionYears();
    m_table->setRowCount(0);
    m_candidates.clear();
    if (!candidates || !cutoff || !years) {
        m_summary->setText(!candidates ? candidates.error()
                           : !cutoff   ? cutoff.error()
                                       : years.error());
        m_purge->setEnabled(false);
        return;
    }
    m_candidates = *candidates;
    for (const PurgeCandidate& c : m_candidates) {
        addRow(m_table,
               {c.pgn, c.name, Dates::toDutch(c.lastEnrolledOn), QString::number(c.absenceRecords),
                QString::number(c.meldingen), QString::number(c.notes)});
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        tr("The school keeps a leerling's data for %n year(s) after the last inschrijving ended. "
           "These leerlingen left before %1; nothing is removed until you confirm.",
           nullptr, *years)
            .arg(Dates::toDutch(*cutoff)));
    m_purge->setEnabled(!m_candidates.isEmpty());
}

void PurgeDialog::purge()
{
    const QString question =
        tr("Remove %n leerling(en) with their absence, meldingen and notes for good? A backup is "
           "made first, and the audit trail records that a purge happened.",
           nullptr, int(m_candidates.size()));
    if (MessageBox::question(this, windowTitle(), question) != MessageBox::Answer::Yes)
        return;
    BackupStore backups(m_session.database, m_session.clock);
    const auto report = RetentionService(m_session.database, m_session.clock, m_session.user)
                            .purge(m_candidates, backups);
    if (!report) {
        MessageBox::warning(this, windowTitle(), report.error());
        preview();
        return;
    }
    const QString path = OverviewExport::askWhere(
        this, tr("Save the report of what was removed"),
        tr("removed %1").arg(m_session.clock.today().toString(Qt::ISODate)));
    if (!path.isEmpty()) {
        if (Status saved = TableExport::save(report->table(), path, Overwrite::Allow); !saved)
            MessageBox::warning(this, windowTitle(), saved.error());
    }
    preview();
}
