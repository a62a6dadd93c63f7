// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceCode.h"
#include "util/Result.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

// The Codes tab of Instellingen: the wording of every code, and new codes with their soort and
// whether they are geoorloofd. Codes that exist cannot be removed or renamed, because recorded
// absences refer to them; a code added in this session can be removed again before saving.
class CodeTableEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CodeTableEditor(QWidget* parent = nullptr);

    void setCodes(const CodeTable& codes);
    // The codes as edited, or the first row that cannot be saved.
    Result<QList<AbsenceCode>> codes() const;

private:
    void addRow(const AbsenceCode& code, bool existing);
    void updateRemoveButton();

    QTableWidget* m_table;
    QPushButton* m_remove;
};
