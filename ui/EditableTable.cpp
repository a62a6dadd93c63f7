// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditableTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditableTable::EditableTable(const QString& objectName, const QStringList& columns, QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(columns.size())))
{
    m_table->setObjectName(objectName);
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("Add"));
    add->setObjectName(objectName + u"Add"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    auto* remove = new QPushButton(tr("Remove"));
    remove->setObjectName(objectName + u"Remove"_s);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &EditableTable::changed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void EditableTable::setRows(const QList<QStringList>& rows)
{
    const QSignalBlocker blocker(m_table); // not the user's change
    m_table->setRowCount(0);
    for (const QStringList& row : rows)
        addRow(row);
}

void EditableTable::addRow(const QStringList& values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem(values.value(column)));
}

QList<QStringList> EditableTable::rows() const
{
    QList<QStringList> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList values;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            const QTableWidgetItem* item = m_table->item(row, column);
            values.append(item ? item->text().trimmed() : QString());
        }
        if (!values.join(QString()).isEmpty())
            rows.append(values);
    }
    return rows;
}
