// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QCoreApplication>

// The system keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows).
// Every job has a deadline: a locked keyring under a display can show a prompt nobody answers,
// and the job would never finish. After one failure the store reports itself unavailable for the
// rest of the session instead of waiting again.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    explicit KeychainSecretStore(int timeoutMs = 5000);

    Result<std::optional<QString>> read(const QString& name) override;
    Status write(const QString& name, const QString& secret) override;
    Status remove(const QString& name) override;

private:
    Status unavailable() const;

    int m_timeoutMs;
    QString m_failure; // the first failure, after which the keychain is not tried again
};
