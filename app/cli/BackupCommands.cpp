// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommands.h"

#include "services/RestoreService.h"
#include "storage/BackupStore.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString BackupListCommand::summary() const
{
    return tr("reservekopieen: lists the database's backups, newest first");
}

int BackupListCommand::run(CliContext& context)
{
    const QList<QFileInfo> backups = BackupStore::list(context.databasePath);
    for (const QFileInfo& backup : backups) {
        context.out << backup.filePath() << '\t'
                    << (BackupStore::isVerified(backup) ? tr("verified") : tr("not verified"))
                    << '\n';
    }
    context.out << tr("%n backup(s) in %1.", nullptr, int(backups.size()))
                       .arg(BackupStore::directoryFor(context.databasePath))
                << '\n';
    return Success;
}

QString RestoreCommand::summary() const
{
    return tr("herstel --van BACKUP: puts a backup in place of the database and removes again "
              "the leerlingen purged since; the replaced file is kept beside it");
}

int RestoreCommand::run(CliContext& context)
{
    const QString backup = context.parser.value(u"van"_s);
    if (backup.isEmpty()) {
        context.err << tr("Name the backup with --van FILE; see the command reservekopieen.")
                    << '\n';
        return Failure;
    }
    const auto restored = RestoreService::restore(context.databasePath, backup, context.clock);
    if (!restored) {
        context.err << restored.error() << '\n';
        return Failure;
    }
    context.out << tr("%1 has been restored from %2.").arg(context.databasePath, backup) << '\n';
    if (!restored->replacedFile.isEmpty())
        context.out << tr("The file it replaced is kept as %1.").arg(restored->replacedFile)
                    << '\n';
    if (const QString note = restored->purgedAgainNote(); !note.isEmpty())
        context.out << note << '\n';
    return Success;
}

namespace {

// A path as one word for a POSIX shell.
QString shellWord(const QString& path)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./+:=@%-]+$"_s);
    if (plain.match(path).hasMatch())
        return path;
    return u"'"_s + QString(path).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
}

} // namespace

QString RestoreCommand::wayBack(const QString& databasePath)
{
    const std::optional<QFileInfo> backup = BackupStore::newestVerified(databasePath);
    if (!backup)
        return tr("There is no verified backup of %1. Leave the damaged file as it is and ask "
                  "for help: it may still hold the school's data.")
            .arg(databasePath);
    return tr("The newest verified backup is %1, made on %2. Put it back with:\n  "
              "verzuimdesk-cli --db %3 herstel --van %4")
        .arg(backup->filePath(),
             QLocale().toString(BackupStore::madeAt(*backup), QLocale::ShortFormat),
             shellWord(databasePath), shellWord(backup->filePath()));
}
