// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>

ExportFile::ExportFile(const QString& path)
    : m_file(path)
{
}

Result<std::unique_ptr<ExportFile>> ExportFile::open(const QString& path, Overwrite overwrite)
{
    const QFileInfo target(path);
    // A link could send data about children anywhere, and a dangling one would be followed to a
    // file that nobody chose.
    if (target.isSymLink())
        return Error{tr("%1 is a link to another file; name the export file itself.")
                         .arg(QDir::toNativeSeparators(path))};
    if (target.exists() && overwrite == Overwrite::Refuse)
        return Error{tr("%1 exists already; choose another name or allow overwriting it.")
                         .arg(QDir::toNativeSeparators(path))};
    if (!target.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()))};
    std::unique_ptr<ExportFile> file(new ExportFile(path));
    if (!file->m_file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file->m_file.errorString())};
    file->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file;
}

Status ExportFile::commit()
{
    if (!m_file.commit())
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
    return {};
}
