// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

// Instellingen → DUO-koppeling: the machine-to-machine connection (address, PKIoverheid
// certificate, extra CA certificates, timeout). A passphrase typed here is checked against the
// certificate and kept in the system keychain, never in the database.
class DuoConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DuoConnectionDialog(const Session& session, QWidget* parent = nullptr);

    void accept() override;

private:
    Session m_session;
    QLineEdit* m_endpoint;
    QLineEdit* m_certificate;
    QLineEdit* m_ca;
    QSpinBox* m_timeout;
    QLineEdit* m_passphrase;
};
