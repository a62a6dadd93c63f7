// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

class Clock;
class SecretStore;
class QWidget;

// Opens the coordinator's database at start: checks it, and offers to put the newest verified
// backup in place when it is damaged (DailyBackup makes today's once the window is shown). A team
// database's password comes from `secrets` (the keychain), or is asked for this session.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)

public:
    DatabaseOpener(const Clock& clock, SecretStore& secrets, QWidget* parent = nullptr);

    enum class CheckTiming
    {
        AtOpen,
        // The file's content is checked while the caller loads its screen; the caller asks
        // Database::awaitCheck() before showing it, and on damage closes everything and calls
        // offerRestore(). A large school's start does not wait for the check on its own.
        WhileReading,
    };

    Result<std::unique_ptr<Database>> open(const QString& path,
                                           CheckTiming timing = CheckTiming::AtOpen);
    // Offers to put the newest verified backup in place of the damaged, closed database at
    // `path`; ok when it was put back.
    Status offerRestore(const QString& path, const Error& damage);

private:
    Result<std::unique_ptr<Database>> openChecked(const QString& path, CheckTiming timing);
    QString withPassword(const QString& url);

    const Clock& m_clock;
    SecretStore& m_secrets;
    QWidget* m_parent;
};
