// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceDayEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AbsenceDayEditor::AbsenceDayEditor(const QList<AbsenceCode>& codes, QWidget* parent)
    : QWidget(parent)
    , m_codes(codes)
    , m_table(new QTableWidget(0, 5))
{
    m_table->setObjectName(u"absenceDayTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Minutes"), tr("Lesuren"), tr("Whole day"), tr("Remark")});
    m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMaximumHeight(110);

    auto* add = new QPushButton(tr("Add record"));
    add->setObjectName(u"absenceAddRecord"_s);
    connect(add, &QPushButton::clicked, this, [this] { addRecord(); });
    auto* remove = new QPushButton(tr("Remove record"));
    remove->setObjectName(u"absenceRemoveRecord"_s);
    connect(remove, &QPushButton::clicked, this, &AbsenceDayEditor::removeSelectedRecord);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void AbsenceDayEditor::setRecords(const QList<AbsenceRecord>& records)
{
    m_table->setRowCount(0);
    for (const AbsenceRecord& r : records)
        addRecord(r);
}

int AbsenceDayEditor::rowCount() const
{
    return m_table->rowCount();
}

void AbsenceDayEditor::addRecord(const AbsenceRecord& record)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* code = new QComboBox;
    for (const AbsenceCode& c : std::as_const(m_codes))
        code->addItem(u"%1 — %2"_s.arg(c.code, c.description), c.code);
    code->setCurrentIndex(std::max(0, code->findData(record.code)));
    auto* minutes = new QSpinBox;
    minutes->setRange(0, 24 * 60);
    minutes->setValue(record.minutes);
    auto* lesuren = new QSpinBox;
    lesuren->setRange(0, 20);
    lesuren->setValue(record.lesuren);
    auto* wholeDay = new QCheckBox;
    wholeDay->setChecked(record.wholeDay);
    auto* remark = new QLineEdit(record.remark);
    m_table->setCellWidget(row, CodeColumn, code);
    m_table->setCellWidget(row, MinutesColumn, minutes);
    m_table->setCellWidget(row, LesurenColumn, lesuren);
    m_table->setCellWidget(row, WholeDayColumn, wholeDay);
    m_table->setCellWidget(row, RemarkColumn, remark);
    m_table->selectRow(row);
}

void AbsenceDayEditor::removeSelectedRecord()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

QList<AbsenceRecord> AbsenceDayEditor::records(const QString& pgn, const QDate& date) const
{
    QList<AbsenceRecord> records;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        records.append(
            {pgn, date,
             static_cast<QComboBox*>(m_table->cellWidget(row, CodeColumn))
                 ->currentData()
                 .toString(),
             static_cast<QSpinBox*>(m_table->cellWidget(row, MinutesColumn))->value(),
             static_cast<QSpinBox*>(m_table->cellWidget(row, LesurenColumn))->value(),
             static_cast<QCheckBox*>(m_table->cellWidget(row, WholeDayColumn))->isChecked(),
             static_cast<QLineEdit*>(m_table->cellWidget(row, RemarkColumn))->text().trimmed()});
    }
    return records;
}
