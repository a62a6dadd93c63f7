// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSaveFile>

// A large generated file written a megabyte at a time, so that millions of lines never sit in
// memory at once, and replaced only when all of it was written (QSaveFile).
class ChunkedSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(ChunkedSaveFile)

public:
    explicit ChunkedSaveFile(const QString& path, QByteArray start = {});

    // Append here; what is buffered goes to disk in flushIfLarge() and commit().
    QByteArray& buffer() { return m_buffer; }
    void flushIfLarge();
    Status commit();

private:
    void flush();

    QSaveFile m_file;
    bool m_open = false;
    QByteArray m_buffer;
};
