// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Progress.h"

#include <QObject>

#include <atomic>
#include <functional>

class Database;
class QThread;

// Long database work (an import, its dry run, a batch of verzuimstaten) on its own thread and
// its own connection, so the window stays responsive and Stop is heard. Progress and the end
// arrive as signals on the GUI thread. Destroying the job stops the work and waits for it.
class BackgroundJob final : public QObject
{
    Q_OBJECT

public:
    // Runs on the job's thread; results go into state the caller owns and reads after finished().
    using Work = std::function<void(Database& connection, const ProgressCallback& progress)>;

    explicit BackgroundJob(Database& database, QObject* parent = nullptr);
    ~BackgroundJob() override;

    void start(Work work);
    void stop() { m_stop = true; }
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // failure is empty when the work ran; otherwise why it could not start.
    void finished(const QString& failure);

private:
    void end(const QString& failure);

    Database& m_database;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_stop = false;
};
