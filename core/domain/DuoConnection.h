// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Where and how the machine-to-machine client reaches DUO. The certificate's passphrase is not
// part of it: it lives in the system keychain (SecretStore) or is asked for each session.
struct DuoConnection
{
    QUrl endpoint;              // https://…, from DUO's onboarding
    QString certificatePath;    // the school's PKIoverheid certificate as PKCS#12 (.p12/.pfx)
    QString caCertificatesPath; // extra trusted CA certificates (PEM), besides PKIoverheid's
    int timeoutSeconds = 30;    // per request; a request without an answer in time is a failure

    bool isConfigured() const { return endpoint.isValid() && !certificatePath.isEmpty(); }

    friend bool operator==(const DuoConnection&, const DuoConnection&) = default;
};
