// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Clock.h"

#include <QString>
#include <QTemporaryDir>

// A throwaway PKI made at test time with Debian's openssl: a CA, a server certificate for
// 127.0.0.1, a client certificate (PKCS#12 with a passphrase) signed by that CA, and a client
// certificate from a second CA the server does not trust.
class TestPki
{
public:
    TestPki();

    // Empty when everything was made; otherwise what openssl said.
    const QString& error() const { return m_error; }

    QString caCertificate() const { return path(u"ca.pem"); }
    QString serverCertificate() const { return path(u"server.pem"); }
    QString serverKey() const { return path(u"server.key"); }
    QString clientPkcs12() const { return path(u"client.p12"); }
    QString strangerPkcs12() const { return path(u"stranger.p12"); }
    static QString passphrase() { return QStringLiteral("geheim-123"); }
    // The certificates are valid for 30 days from when they were made, in real time, while the
    // tests' clocks stand on the examples' dates: check certificates against this one.
    static const Clock& validityClock();

private:
    QString path(QStringView name) const;
    bool openssl(const QStringList& arguments);
    bool makeCa(const QString& name);
    bool makeLeaf(const QString& name, const QString& ca, const QString& extensions);

    QTemporaryDir m_dir;
    QString m_error;
};
