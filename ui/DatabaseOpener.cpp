// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseOpener.h"
#include "services/TeamService.h"
#include "submission/SecretStore.h"

#include "MessageBox.h"
#include "storage/BackupStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QLocale>
#include <QUrl>

DatabaseOpener::DatabaseOpener(const Clock& clock, SecretStore& secrets, QWidget* parent)
    : m_clock(clock)
    , m_secrets(secrets)
    , m_parent(parent)
{
}

Result<std::unique_ptr<Database>> DatabaseOpener::openChecked(const QString& path)
{
    auto opened = Database::open(path, {-1, true, &m_clock});
    if (!opened)
        return opened;
    // The first login on a new team database becomes its beheerder.
    if (Status joined = TeamService(**opened, m_clock, (*opened)->userName()).join(); !joined)
        return Error{joined.error()};
    if (Status daily = BackupStore(**opened, m_clock).ensureDaily(); !daily) {
        MessageBox::warning(m_parent, tr("Verzuimdesk"),
                            tr("Today's backup could not be made: %1").arg(daily.error()));
    }
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

Result<std::unique_ptr<Database>> DatabaseOpener::open(const QString& path)
{
    if (Database::isPostgresUrl(path))
        return openChecked(withPassword(path)); // a team's server keeps its own backups
    auto opened = openChecked(path);
    const QList<QFileInfo> backups = BackupStore::list(path);
    if (opened || backups.isEmpty() || !QFile::exists(path))
        return opened;

    const QFileInfo& latest = backups.first();
    const QString question =
        tr("%1\n\nThe latest backup was made on %2. Put it in place of the damaged database? "
           "The damaged file is kept next to it.")
            .arg(opened.error(), QLocale().toString(latest.lastModified(), QLocale::ShortFormat));
    if (MessageBox::question(m_parent, tr("Damaged database"), question) != MessageBox::Answer::Yes)
        return opened;
    if (Status restored = BackupStore::restore(path, latest.filePath(), m_clock); !restored)
        return Error{restored.error()};
    return openChecked(path);
}
