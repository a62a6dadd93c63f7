// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/DuoConnection.h"
#include "domain/Submission.h"
#include "submission/ClientIdentity.h"

#include <QWidget>

#include <functional>
#include <optional>

class BackgroundJob;
class Database;
class DuoClient;
class OutboxTableModel;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

// Uitgaand: the meldingen on their way to DUO. Loket entries get the invulhulp and the
// meldingsnummer; machine-to-machine entries are sent on a background thread (the window stays
// responsive while DUO takes its time), and every attempt's log is shown.
class OutboxPage final : public QWidget
{
    Q_OBJECT

public:
    explicit OutboxPage(const Session& session, QWidget* parent = nullptr);
    ~OutboxPage() override;

    void reload();

private:
    std::optional<Submission> selected() const;
    void showEvents();
    void openInvulhulp();
    void enterMeldingsnummer();
    void viaLoket();
    void sendNow();
    void fetchStatuses();
    // The certificate, opened with the passphrase from this session, the keychain, or the user.
    std::optional<std::pair<DuoConnection, ClientIdentity>> identity();
    void runOnDuo(const std::function<QString(DuoClient&, Database&)>& work);

    Session m_session;
    OutboxTableModel* m_submissions;
    QTableView* m_table;
    QListWidget* m_events;
    QLabel* m_state;
    QPushButton* m_invulhulp;
    QPushButton* m_register;
    QPushButton* m_viaLoket;
    QPushButton* m_send;
    QPushButton* m_statuses;
    BackgroundJob* m_job;
};
