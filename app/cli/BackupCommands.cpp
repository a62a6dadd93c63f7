// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommands.h"

#include "storage/BackupStore.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

QString BackupListCommand::summary() const
{
    return tr("reservekopieen: lists the database's backups, newest first");
}

int BackupListCommand::run(CliContext& context)
{
    const QList<QFileInfo> backups = BackupStore::list(context.databasePath);
    for (const QFileInfo& backup : backups)
        context.out << backup.filePath() << '\n';
    context.out << tr("%n backup(s) in %1.", nullptr, int(backups.size()))
                       .arg(BackupStore::directoryFor(context.databasePath))
                << '\n';
    return Success;
}

QString RestoreCommand::summary() const
{
    return tr("herstel --van BACKUP: puts a backup in place of the database; the replaced file "
              "is kept beside it");
}

int RestoreCommand::run(CliContext& context)
{
    const QString backup = context.parser.value(u"van"_s);
    if (backup.isEmpty()) {
        context.err << tr("Name the backup with --van FILE; see the command reservekopieen.")
                    << '\n';
        return Failure;
    }
    if (Status restored = BackupStore::restore(context.databasePath, backup, context.clock);
        !restored) {
        context.err << restored.error() << '\n';
        return Failure;
    }
    context.out << tr("%1 has been restored from %2.").arg(context.databasePath, backup) << '\n';
    return Success;
}
