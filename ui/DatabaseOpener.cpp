// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "services/RestoreService.h"
#include "services/TeamService.h"
#include "submission/SecretStore.h"

#include "MessageBox.h"
#include "storage/BackupStore.h"
#include "util/Clock.h"

#include <QLocale>
#include <QUrl>

DatabaseOpener::DatabaseOpener(const Clock& clock, SecretStore& secrets, QWidget* parent)
    : m_clock(clock)
    , m_secrets(secrets)
    , m_parent(parent)
{
}

Result<std::unique_ptr<Database>> DatabaseOpener::openChecked(const QString& path,
                                                              CheckTiming timing)
{
    OpenOptions options;
    options.clock = &m_clock;
    options.checkWhileReading = timing == CheckTiming::WhileReading;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened;
    // The first login on a new team database becomes its beheerder.
    if (Status joined = TeamService(**opened, m_clock, (*opened)->userName()).join(); !joined)
        return Error{joined.error()};
    return opened;
}

QString DatabaseOpener::withPassword(const QString& url)
{
    if (!QUrl(url).password().isEmpty())
        return url;
    const auto stored = m_secrets.read(Database::passwordName(url));
    if (stored && stored->has_value())
        return Database::withPassword(url, **stored);
    // Not in the keychain (or no keychain): asked, and kept for this session only. Empty leaves
    // it to libpq (~/.pgpass, or a server that needs none).
    const QString typed =
        MessageBox::askSecret(m_parent, tr("Team database"), tr("Password for %1:").arg(url));
    if (!typed.isEmpty())
        (void)m_secrets.write(Database::passwordName(url), typed);
    return Database::withPassword(url, typed);
}

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& path, CheckTiming timing)
{
    if (Database::isPostgresUrl(path))
        return openChecked(withPassword(path), timing); // a team's server keeps its own backups
    auto opened = openChecked(path, timing);
    if (opened || opened.errorKind() != ErrorKind::DamagedDatabase)
        return opened;
    if (Status restored = offerRestore(path, opened.failure()); !restored)
        return restored.failure();
    return openChecked(path, timing);
}

Status DatabaseOpener::offerRestore(const QString& path, const Error& damage)
{
    const std::optional<QFileInfo> verified = BackupStore::newestVerified(path);
    if (!verified)
        return Error{tr("%1\n\nThere is no verified backup of it. Leave the damaged file as it "
                        "is and ask for help: it may still hold the school's data.")
                         .arg(damage.message),
                     ErrorKind::DamagedDatabase};
    const QString question =
        tr("%1\n\nThe newest verified backup was made on %2. Put it in place of this "
           "database? The file now in its place is kept next to it.")
            .arg(damage.message,
                 QLocale().toString(BackupStore::madeAt(*verified), QLocale::ShortFormat));
    if (MessageBox::question(m_parent, tr("Damaged database"), question) != MessageBox::Answer::Yes)
        return damage;
    const auto restored = RestoreService::restore(path, verified->filePath(), m_clock);
    if (!restored)
        return restored.failure();
    if (const QString note = restored->purgedAgainNote(); !note.isEmpty())
        MessageBox::information(m_parent, tr("Damaged database"), note);
    return {};
}
