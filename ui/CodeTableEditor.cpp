// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeTableEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    CodeColumn,
    DescriptionColumn,
    KindColumn,
    AuthorisedColumn
};

// Marks a row whose code is stored already, on the code cell.
constexpr int ExistingRole = Qt::UserRole + 1;

} // namespace

CodeTableEditor::CodeTableEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4))
    , m_remove(new QPushButton(tr("Remove")))
{
    m_table->setObjectName(u"codes"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Description"), tr("Soort"), tr("Geoorloofd")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("Add code"));
    add->setObjectName(u"codesAdd"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(AbsenceCode{}, false);
        m_table->setCurrentCell(m_table->rowCount() - 1, CodeColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, CodeColumn));
    });
    m_remove->setObjectName(u"codesRemove"_s);
    m_remove->setToolTip(tr("Only a code added since the last save can be removed: recorded "
                            "absences refer to the others."));
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_table->removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, &CodeTableEditor::updateRemoveButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateRemoveButton();
}

void CodeTableEditor::setCodes(const CodeTable& codes)
{
    m_table->setRowCount(0);
    for (const AbsenceCode& code : codes.all())
        addRow(code, true);
    updateRemoveButton();
}

void CodeTableEditor::addRow(const AbsenceCode& code, bool existing)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* codeItem = new QTableWidgetItem(code.code);
    codeItem->setData(ExistingRole, existing);
    if (existing)
        codeItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, CodeColumn, codeItem);
    m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(code.description));
    auto* authorised = new QTableWidgetItem;
    authorised->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    authorised->setCheckState(code.authorised ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, AuthorisedColumn, authorised);
    // A code's soort decides which rule counts it; changing it afterwards would silently
    // recount the past, so only a new code chooses one.
    auto* kind = new QComboBox;
    kind->setObjectName(u"codeKind"_s);
    for (AbsenceKind k : AbsenceKinds::all())
        kind->addItem(AbsenceKinds::displayName(k), AbsenceKinds::key(k));
    kind->setCurrentIndex(kind->findData(AbsenceKinds::key(code.kind)));
    kind->setEnabled(!existing);
    connect(kind, &QComboBox::currentIndexChanged, m_table, [kind, authorised] {
        const auto chosen = AbsenceKinds::fromKey(kind->currentData().toString());
        authorised->setCheckState(
            chosen && AbsenceKinds::authorisedByDefault(*chosen) ? Qt::Checked : Qt::Unchecked);
    });
    m_table->setCellWidget(row, KindColumn, kind);
}

void CodeTableEditor::updateRemoveButton()
{
    const QTableWidgetItem* code = m_table->item(m_table->currentRow(), CodeColumn);
    m_remove->setEnabled(code && !code->data(ExistingRole).toBool());
}

Result<QList<AbsenceCode>> CodeTableEditor::codes() const
{
    QList<AbsenceCode> codes;
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        AbsenceCode code;
        code.code = m_table->item(row, CodeColumn)->text().trimmed().toUpper();
        code.description = m_table->item(row, DescriptionColumn)->text().trimmed();
        const auto* kind = static_cast<QComboBox*>(m_table->cellWidget(row, KindColumn));
        code.kind = AbsenceKinds::fromKey(kind->currentData().toString()).value_or(code.kind);
        code.authorised = m_table->item(row, AuthorisedColumn)->checkState() == Qt::Checked;
        if (code.code.isEmpty() && code.description.isEmpty())
            continue; // an added row left empty
        if (code.code.isEmpty())
            return Error{tr("Codes, row %1: the code is missing.").arg(row + 1)};
        if (code.description.isEmpty())
            return Error{tr("Codes, row %1: code %2 needs a description; it is printed on the "
                            "verzuimstaat.")
                             .arg(row + 1)
                             .arg(code.code)};
        if (seen.contains(code.code))
            return Error{tr("Codes, row %1: code %2 appears twice.").arg(row + 1).arg(code.code)};
        seen.insert(code.code);
        codes.append(code);
    }
    return codes;
}
