// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

class Clock;
class SecretStore;
class QWidget;

// Opens the coordinator's database at start: checks its integrity, offers to put the latest
// backup in place when it is damaged, and makes the daily backup. A team database's password
// comes from `secrets` (the keychain), or is asked for this session.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    DatabaseOpener(const Clock& clock, SecretStore& secrets, QWidget* parent = nullptr);

    Result<std::unique_ptr<Database>> open(const QString& path);

private:
    Result<std::unique_ptr<Database>> openChecked(const QString& path);
    QString withPassword(const QString& url);

    const Clock& m_clock;
    SecretStore& m_secrets;
    QWidget* m_parent;
};
