// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

BackgroundJob::BackgroundJob(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_stop = true;
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start(Work work)
{
    Q_ASSERT(!m_thread);
    m_stop = false;
    QPointer<BackgroundJob> self(this);
    m_thread = QThread::create([this, self, work = std::move(work)] {
        QString failure;
        // A Qt SQL connection may only be used by the thread that opened it.
        if (auto connection = m_database.openAnotherConnection()) {
            work(**connection, [this, self](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(self, [self, done, total] {
                    if (self)
                        Q_EMIT self->progressed(done, total);
                });
                return !m_stop.load();
            });
        } else {
            failure = connection.error();
        }
        QMetaObject::invokeMethod(self, [self, failure] {
            if (self)
                self->end(failure);
        });
    });
    m_thread->start();
}

void BackgroundJob::end(const QString& failure)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(failure);
}
