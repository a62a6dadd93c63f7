// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolChangesBox.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SchoolChangesBox::SchoolChangesBox(QWidget* parent)
    : QGroupBox(tr("school.json changes the school's settings"), parent)
    , m_table(new QTableWidget(0, 3))
    , m_replace(new QCheckBox(tr("Replace these settings with the ones in school.json")))
{
    setObjectName(u"schoolChanges"_s);
    m_table->setObjectName(u"schoolChangesTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Setting"), tr("Now (removed)"), tr("From the file (added)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_replace->setObjectName(u"replaceSchoolSettings"_s);
    connect(m_replace, &QCheckBox::toggled, this, &SchoolChangesBox::agreedChanged);
    auto* note = new QLabel(tr("Settings made in Instellingen are replaced by the file's. Go back "
                               "and leave school.json out to keep them."));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(m_replace);
    setVisible(false);
}

void SchoolChangesBox::setChanges(const QList<SchoolChange>& changes)
{
    m_replace->setChecked(false);
    m_table->setRowCount(int(changes.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SchoolChange& change = changes[row];
        const QStringList cells{change.setting, change.before, change.after};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
    setVisible(!changes.isEmpty());
    Q_EMIT agreedChanged();
}

bool SchoolChangesBox::agreed() const
{
    return m_table->rowCount() == 0 || m_replace->isChecked();
}
