// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "services/FollowUpService.h"

#include <QWidget>

class FollowUpTableModel;
class QPushButton;
class QTableView;

// Opvolging: what the meldingen still ask of the coordinator — the einddatum once a run has
// ended, meldingen open without einddatum, meldingen the gemeente has not responded to, and changes
// to registered meldingen still to pass on to DUO (van-signaal-naar-melding §2, §6).
class FollowUpPage final : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpPage(const Session& session, QWidget* parent = nullptr);

    // Loads today's tasks; false (with the message shown) on failure.
    bool reload();
    int taskCount() const;

Q_SIGNALS:
    void openMelding(qint64 id);
    // An einddatum was accepted or a change passed on: a new version of the melding.
    void tasksChanged(int count);

private:
    const FollowUpTask* selected() const;
    void enableButtons();
    void acceptEndDate();
    void passOnChange();

    Session m_session;
    FollowUpTableModel* m_tasks;
    QTableView* m_table;
    QPushButton* m_accept;
    QPushButton* m_passOn;
};
