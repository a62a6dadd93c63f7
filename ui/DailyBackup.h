// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class BackgroundJob;
class Clock;
class Database;
class QWidget;

// Today's backup of the coordinator's database, made on a connection of its own once the window
// is shown: copying and checking a large school's file takes seconds the start should not wait
// for. A failure is said in a warning; closing the window waits for a backup under way.
class DailyBackup final : public QObject
{
    Q_OBJECT

public:
    // A failure's warning is shown over `window`.
    DailyBackup(Database& database, const Clock& clock, QWidget* window);

    void start();

Q_SIGNALS:
    // failure is empty when today's backup exists.
    void finished(const QString& failure);

private:
    const Clock& m_clock;
    QWidget* m_window;
    BackgroundJob* m_job;
    QString m_failure;
};
