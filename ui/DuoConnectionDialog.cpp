// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoConnectionDialog.h"
#include "services/SubmissionService.h"

#include "MessageBox.h"
#include "domain/Submission.h"
#include "storage/DuoConnectionRepository.h"
#include "submission/ClientIdentity.h"
#include "submission/KeychainSecretStore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DuoConnectionDialog::DuoConnectionDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_endpoint(new QLineEdit)
    , m_certificate(new QLineEdit)
    , m_ca(new QLineEdit)
    , m_timeout(new QSpinBox)
    , m_passphrase(new QLineEdit)
{
    setObjectName(u"duoConnectionDialog"_s);
    setWindowTitle(tr("DUO connection"));
    m_endpoint->setObjectName(u"duoEndpoint"_s);
    m_certificate->setObjectName(u"duoCertificate"_s);
    m_ca->setObjectName(u"duoCa"_s);
    m_endpoint->setPlaceholderText(u"https://…"_s);
    m_timeout->setObjectName(u"duoTimeout"_s);
    m_timeout->setRange(1, RetryPolicy::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_passphrase->setObjectName(u"duoPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only to change it"));

    const auto current = DuoConnectionRepository(session.database).load();
    const DuoConnection connection = current ? *current : DuoConnection{};
    m_endpoint->setText(connection.endpoint.toString());
    m_certificate->setText(connection.certificatePath);
    m_ca->setText(connection.caCertificatesPath);
    m_timeout->setValue(connection.timeoutSeconds);

    auto* intro = new QLabel(tr("Machine-to-machine submission needs DUO's onboarding and the "
                                "school's PKIoverheid certificate. Leave the address empty to "
                                "submit through the verzuimloket."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("DUO address"), m_endpoint);
    const auto withBrowse = [this](QLineEdit* field, const QString& filter) {
        auto* row = new QHBoxLayout;
        auto* browse = new QPushButton(tr("Choose…"));
        connect(browse, &QPushButton::clicked, this, [this, field, filter] {
            const QString path =
                QFileDialog::getOpenFileName(this, tr("Choose a file"), field->text(), filter);
            if (!path.isEmpty())
                field->setText(path);
        });
        row->addWidget(field, 1);
        row->addWidget(browse);
        return row;
    };
    form->addRow(tr("Certificate"), withBrowse(m_certificate, tr("PKCS#12 (*.p12 *.pfx)")));
    form->addRow(tr("Extra CA certificates"), withBrowse(m_ca, tr("PEM (*.pem *.crt)")));
    form->addRow(tr("Timeout"), m_timeout);
    form->addRow(tr("Passphrase"), m_passphrase);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"duoSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &DuoConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void DuoConnectionDialog::accept()
{
    const QString address = m_endpoint->text().trimmed();
    DuoConnection connection;
    if (!address.isEmpty()) {
        connection = {QUrl(address), m_certificate->text().trimmed(), m_ca->text().trimmed(),
                      m_timeout->value()};
        if (!connection.endpoint.isValid() || connection.endpoint.scheme() != u"https"_s) {
            MessageBox::warning(this, windowTitle(),
                                tr("The DUO address must start with https://."));
            return;
        }
        if (connection.certificatePath.isEmpty()) {
            MessageBox::warning(this, windowTitle(), tr("Choose the school's certificate."));
            return;
        }
    }
    const QString passphrase = m_passphrase->text();
    if (!passphrase.isEmpty() && connection.isConfigured()) {
        // Checked now: a wrong passphrase in the keychain would only fail at the next submission.
        const auto identity =
            ClientIdentity::fromPkcs12(connection.certificatePath, passphrase, m_session.clock);
        if (!identity) {
            MessageBox::warning(this, windowTitle(), identity.error());
            return;
        }
        if (const QString expiry = identity->expiryWarning(m_session.clock); !expiry.isEmpty())
            MessageBox::warning(this, windowTitle(), expiry);
        if (Status kept = KeychainSecretStore().write(
                certificatePassphraseName(connection.certificatePath), passphrase);
            !kept) {
            MessageBox::information(
                this, windowTitle(),
                tr("%1 The passphrase will be asked once per session.").arg(kept.error()));
        }
    }
    if (Status saved = SubmissionService(m_session.database, m_session.clock, m_session.user)
                           .saveConnection(connection);
        !saved) {
        MessageBox::warning(this, windowTitle(), saved.error());
        return;
    }
    QDialog::accept();
}
