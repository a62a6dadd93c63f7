// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkedSaveFile.h"

#include <QDir>

ChunkedSaveFile::ChunkedSaveFile(const QString& path, QByteArray start)
    : m_file(path)
    , m_buffer(std::move(start))
{
    m_open = m_file.open(QIODevice::WriteOnly);
}

void ChunkedSaveFile::flushIfLarge()
{
    if (m_buffer.size() > (1 << 20))
        flush();
}

Status ChunkedSaveFile::commit()
{
    flush();
    if (!m_open || !m_file.commit())
        return Error{tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString())};
    return {};
}

void ChunkedSaveFile::flush()
{
    if (m_open)
        m_file.write(m_buffer);
    m_buffer.clear();
}
