// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeListener.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>

ChangeListener::ChangeListener(Database& database)
    : m_db(database)
{
}

ChangeListener::~ChangeListener()
{
    if (m_db.dialect().isPostgres())
        m_db.connection().driver()->unsubscribeFromNotification(m_db.changeChannel());
}

Result<std::unique_ptr<ChangeListener>> ChangeListener::listen(Database& database,
                                                               std::chrono::milliseconds interval)
{
    std::unique_ptr<ChangeListener> listener(new ChangeListener(database));
    if (database.dialect().isPostgres()) {
        QSqlDriver* driver = database.connection().driver();
        if (!driver->subscribeToNotification(database.changeChannel()))
            return Error{
                tr("Changes by colleagues cannot be followed: %1").arg(driver->lastError().text())};
        connect(driver, &QSqlDriver::notification, listener.get(),
                [notifier = &database.notifier(), channel = database.changeChannel()](
                    const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    // The session's own messages are told apart by the notifier: the source says
                    // only whether this connection sent it, not this session's others.
                    if (name == channel)
                        notifier->deliverMessage(payload.toString().toUtf8());
                });
        return listener;
    }
    const auto version = database.dataVersion();
    if (!version)
        return Error{version.error()};
    listener->m_dataVersion = *version;
    listener->m_timer.setInterval(interval);
    connect(&listener->m_timer, &QTimer::timeout, listener.get(),
            &ChangeListener::lookAtTheDataVersion);
    listener->m_timer.start();
    return listener;
}

void ChangeListener::lookAtTheDataVersion()
{
    // A failure to look (the file gone, a lock) tells nothing: the next look may.
    const auto version = m_db.dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    Q_EMIT m_db.notifier().changedElsewhere();
}
