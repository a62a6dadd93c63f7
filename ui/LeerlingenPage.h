// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

class LeerlingSearchModel;
class LeerlingTableModel;
class QLabel;
class QLineEdit;
class QTableView;

// All leerlingen with the loket's search (name, PGN, klas; % as wildcard), sortable.
class LeerlingenPage final : public QWidget
{
    Q_OBJECT

public:
    explicit LeerlingenPage(const Session& session, QWidget* parent = nullptr);

    bool reload();
    void focusSearch();

Q_SIGNALS:
    void openLeerling(const QString& pgn);

private:
    void updateCount();
    QStringList selectedPgns() const;
    void openBatchVerzuimstaat();

    Session m_session;
    LeerlingTableModel* m_model;
    LeerlingSearchModel* m_search;
    QLineEdit* m_searchEdit;
    QTableView* m_table;
    QLabel* m_count;
};
