// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

// The school's certificate and private key for TLS client authentication, read from a PKCS#12
// file. Problems are found here, before anything is sent, and named plainly.
struct ClientIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ClientIdentity)

public:
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain; // intermediate certificates that came with it

    static Result<ClientIdentity> fromPkcs12(const QString& path, const QString& passphrase,
                                             const Clock& clock);

    // How long before the certificate expires the programs start saying so: a new PKIoverheid
    // certificate takes weeks to get.
    static constexpr int kExpiryWarningDays = 30;
    // The warning when the certificate expires within kExpiryWarningDays; empty otherwise.
    QString expiryWarning(const Clock& clock) const;
};
