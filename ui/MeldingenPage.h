// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

class MeldingTableModel;
class QCheckBox;
class QTableView;
class RoleFilterModel;

// Every melding, filtered by status like the loket (Geregistreerd and In behandeling on by
// default); opening one shows it in the editor.
class MeldingenPage final : public QWidget
{
    Q_OBJECT

public:
    explicit MeldingenPage(const Session& session, QWidget* parent = nullptr);

    bool reload();

Q_SIGNALS:
    void openMelding(qint64 id);

private:
    void applyStatusFilter();

    Session m_session;
    MeldingTableModel* m_model;
    RoleFilterModel* m_filter;
    QTableView* m_table;
    QList<QCheckBox*> m_statusBoxes;
};
