// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SchoolChanges.h"

#include <QGroupBox>

class QCheckBox;
class QTableWidget;

// Before a school.json import replaces settings: what changes, from what to what, and the
// coordinator's consent. Hidden when the file changes nothing.
class SchoolChangesBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit SchoolChangesBox(QWidget* parent = nullptr);

    void setChanges(const QList<SchoolChange>& changes);
    // Nothing to replace, or the coordinator agreed to replace it.
    bool agreed() const;

Q_SIGNALS:
    void agreedChanged();

private:
    QTableWidget* m_table;
    QCheckBox* m_replace;
};
