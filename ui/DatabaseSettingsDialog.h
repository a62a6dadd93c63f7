// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;
class Settings;
class QSpinBox;
class SecretStore;

// Instellingen → Database: the coordinator's own SQLite file, or the team's PostgreSQL database
// (server, port, database, schema, login). The connection is tried before anything is kept; the
// password goes to the system keychain (`secrets`), never to the settings file. Used from the
// next start on.
class DatabaseSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    DatabaseSettingsDialog(Settings& settings, SecretStore& secrets, QWidget* parent = nullptr);

    // The URL the fields describe, without the password.
    QString teamUrl() const;

    void accept() override;

private:
    void showChoice();

    Settings& m_settings;
    SecretStore& m_secrets;
    QRadioButton* m_file;
    QRadioButton* m_team;
    QLineEdit* m_path;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_schema;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_rootCertificate;
};
