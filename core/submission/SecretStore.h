// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

#include <optional>

// Where secrets (the certificate's passphrase, later the database password) are kept. The
// application uses the system keychain; when that fails it keeps them for the session only and
// asks again next time. There is no plaintext fallback.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // Nothing stored under the name is not an error.
    virtual Result<std::optional<QString>> read(const QString& name) = 0;
    virtual Status write(const QString& name, const QString& secret) = 0;
    virtual Status remove(const QString& name) = 0;
};

// Secrets for as long as the program runs: the session store when there is no keychain, and the
// keychain's stand-in in tests.
class MemorySecretStore final : public SecretStore
{
public:
    Result<std::optional<QString>> read(const QString& name) override
    {
        const auto it = m_secrets.constFind(name);
        return it == m_secrets.cend() ? std::optional<QString>() : std::optional<QString>(*it);
    }
    Status write(const QString& name, const QString& secret) override
    {
        m_secrets.insert(name, secret);
        return {};
    }
    Status remove(const QString& name) override
    {
        m_secrets.remove(name);
        return {};
    }

private:
    QHash<QString, QString> m_secrets;
};

// The name under which a certificate's passphrase is kept.
inline QString certificatePassphraseName(const QString& certificatePath)
{
    return QStringLiteral("duo-certificaat:") + certificatePath;
}
