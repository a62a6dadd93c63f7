// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyBackup.h"

#include "BackgroundJob.h"
#include "MessageBox.h"
#include "storage/BackupStore.h"

#include <QWidget>

DailyBackup::DailyBackup(Database& database, const Clock& clock, QWidget* window)
    : m_clock(clock)
    , m_window(window)
    , m_job(new BackgroundJob(database, this))
{
    connect(m_job, &BackgroundJob::finished, this, [this](const QString& failure) {
        const QString why = failure.isEmpty() ? m_failure : failure;
        if (!why.isEmpty())
            MessageBox::warning(m_window, tr("Verzuimdesk"),
                                tr("Today's backup could not be made: %1").arg(why));
        Q_EMIT finished(why);
    });
}

void DailyBackup::start()
{
    m_job->start([this](Database& connection, const ProgressCallback&) {
        if (Status made = BackupStore(connection, m_clock).ensureDaily(); !made)
            m_failure = made.error();
    });
}
