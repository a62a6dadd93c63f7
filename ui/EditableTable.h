// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

// A table of text cells the user can add rows to and remove rows from: the lists of the
// Instellingen screen (vakanties, vrije dagen, contactpersonen, locaties).
class EditableTable final : public QWidget
{
    Q_OBJECT

public:
    EditableTable(const QString& objectName, const QStringList& columns, QWidget* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    QList<QStringList> rows() const; // rows left wholly empty are skipped
    void addRow(const QStringList& values = {});

Q_SIGNALS:
    // A cell was edited or a row removed by the user.
    void changed();

private:
    QTableWidget* m_table;
};
