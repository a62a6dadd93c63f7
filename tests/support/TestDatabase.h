// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ImportService.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QTemporaryDir>

#include <memory>

// A fresh SQLite database in its own temporary directory (deleting a WAL database another
// connection still holds gives "disk I/O error", so every test gets a directory of its own).
class TestDatabase
{
public:
    explicit TestDatabase(int targetVersion = -1);

    Database& db() { return *m_database; }
    BackupStore& backups() { return *m_backups; }
    // An ImportService that backs up into this test's folder.
    ImportService importService() { return ImportService(*m_database, *m_backups); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Writes `content` to a file in the test directory and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    // Imports one of the shared examples through ImportService.
    ImportOutcome importExample(const QString& example);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BackupStore> m_backups;
};

// The path of a shared example's file.
QString examplePath(const QString& example, const QString& file);
