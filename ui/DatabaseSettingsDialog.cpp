// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseSettingsDialog.h"

#include "MessageBox.h"
#include "storage/Database.h"
#include "submission/SecretStore.h"

#include "util/Settings.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLineEdit* field(const QString& objectName, const QString& text = {})
{
    auto* edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

DatabaseSettingsDialog::DatabaseSettingsDialog(Settings& settings, SecretStore& secrets,
                                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_file(new QRadioButton(tr("My own file (SQLite)")))
    , m_team(new QRadioButton(tr("The team's database (PostgreSQL)")))
    , m_path(field(u"databasePath"_s))
    , m_host(field(u"databaseHost"_s))
    , m_port(new QSpinBox)
    , m_database(field(u"databaseName"_s))
    , m_schema(field(u"databaseSchema"_s))
    , m_login(field(u"databaseLogin"_s))
    , m_password(field(u"databasePassword"_s))
    , m_rootCertificate(field(u"databaseRootCertificate"_s))
{
    setObjectName(u"databaseSettingsDialog"_s);
    setWindowTitle(tr("Database"));
    m_file->setObjectName(u"databaseFileChoice"_s);
    m_team->setObjectName(u"databaseTeamChoice"_s);
    m_port->setObjectName(u"databasePort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain"));
    // libpq 15 has no "system" store: a server elsewhere is trusted only through this file.
    m_rootCertificate->setPlaceholderText(
        tr("the server's CA certificate, e.g. /etc/ssl/school-ca.pem"));

    const QString current = m_settings.get(Settings::Key::Database).toString();
    if (Database::isPostgresUrl(current)) {
        const QUrl url(current);
        m_team->setChecked(true);
        m_host->setText(url.host());
        m_port->setValue(url.port(5432));
        m_database->setText(url.path().mid(1));
        const QUrlQuery query(url);
        m_schema->setText(query.queryItemValue(u"schema"_s));
        m_rootCertificate->setText(query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded));
        m_login->setText(url.userName());
    } else {
        m_file->setChecked(true);
        m_path->setText(current);
    }

    auto* fileForm = new QFormLayout;
    fileForm->addRow(tr("File"), m_path);
    auto* teamForm = new QFormLayout;
    teamForm->addRow(tr("Server"), m_host);
    teamForm->addRow(tr("Port"), m_port);
    teamForm->addRow(tr("Database"), m_database);
    teamForm->addRow(tr("Schema"), m_schema);
    teamForm->addRow(tr("Login"), m_login);
    teamForm->addRow(tr("Password"), m_password);
    teamForm->addRow(tr("CA certificate (TLS)"), m_rootCertificate);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QRadioButton::toggled, this, &DatabaseSettingsDialog::showChoice);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_file);
    layout->addLayout(fileForm);
    layout->addWidget(m_team);
    layout->addLayout(teamForm);
    layout->addWidget(buttons);
    showChoice();
}

void DatabaseSettingsDialog::showChoice()
{
    const bool team = m_team->isChecked();
    m_path->setEnabled(!team);
    for (QWidget* w : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                       static_cast<QWidget*>(m_database), static_cast<QWidget*>(m_schema),
                       static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_password),
                       static_cast<QWidget*>(m_rootCertificate)})
        w->setEnabled(team);
}

QString DatabaseSettingsDialog::teamUrl() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_login->text().trimmed());
    url.setPath(u"/"_s + m_database->text().trimmed());
    QUrlQuery query;
    if (!m_schema->text().trimmed().isEmpty())
        query.addQueryItem(u"schema"_s, m_schema->text().trimmed());
    if (!m_rootCertificate->text().trimmed().isEmpty())
        query.addQueryItem(u"sslrootcert"_s, m_rootCertificate->text().trimmed());
    url.setQuery(query);
    return url.toString();
}

void DatabaseSettingsDialog::accept()
{
    if (m_file->isChecked()) {
        m_settings.set(Settings::Key::Database, m_path->text().trimmed());
        QDialog::accept();
        return;
    }
    const QString url = teamUrl();
    // Tried now: a wrong server or password should be found here, not at the next start.
    auto opened = Database::open(Database::withPassword(url, m_password->text()));
    if (!opened) {
        MessageBox::warning(this, windowTitle(), opened.error());
        return;
    }
    if (!m_password->text().isEmpty()) {
        if (Status kept = m_secrets.write(Database::passwordName(url), m_password->text()); !kept) {
            MessageBox::information(
                this, windowTitle(),
                tr("%1 The password will be asked once per session.").arg(kept.error()));
        }
    }
    m_settings.set(Settings::Key::Database, url);
    MessageBox::information(this, windowTitle(),
                            tr("Verzuimdesk opens %1 from the next start on.").arg(url));
    QDialog::accept();
}
