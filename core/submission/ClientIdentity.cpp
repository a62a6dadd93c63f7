// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientIdentity.h"

#include "util/Dates.h"

#include <QFile>

Result<ClientIdentity> ClientIdentity::fromPkcs12(const QString& path, const QString& passphrase,
                                                  const Clock& clock)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("The certificate file %1 does not exist.").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("The certificate file %1 cannot be read: %2").arg(path, file.errorString())};
    ClientIdentity identity;
    if (!QSslCertificate::importPkcs12(&file, &identity.key, &identity.certificate, &identity.chain,
                                       passphrase.toUtf8())) {
        return Error{tr("The certificate %1 cannot be opened: the passphrase is wrong, or the file "
                        "is not a PKCS#12 certificate with its private key.")
                         .arg(path)};
    }
    const QDateTime now = clock.now();
    if (identity.certificate.expiryDate() < now) {
        return Error{tr("The certificate %1 expired on %2; DUO will refuse it. Ask for a new "
                        "PKIoverheid certificate.")
                         .arg(path, Dates::toDutch(identity.certificate.expiryDate().date()))};
    }
    if (identity.certificate.effectiveDate() > now) {
        return Error{tr("The certificate %1 is valid only from %2.")
                         .arg(path, Dates::toDutch(identity.certificate.effectiveDate().date()))};
    }
    return identity;
}

QString ClientIdentity::expiryWarning(const Clock& clock) const
{
    const QDate expiry = certificate.expiryDate().toLocalTime().date();
    const qint64 daysLeft = clock.today().daysTo(expiry);
    if (daysLeft >= kExpiryWarningDays)
        return {};
    return tr("The DUO certificate expires on %1, in %n day(s). Ask for a new PKIoverheid "
              "certificate now: without one, meldingen go through the verzuimloket.",
              nullptr, int(daysLeft))
        .arg(Dates::toDutch(expiry));
}
