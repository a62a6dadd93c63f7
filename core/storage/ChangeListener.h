// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class Database;

// Hears what other programs commit to the database and tells this session's notifier, so that a
// colleague's correction shows without a restart. On a team database the changes they announced
// arrive as PostgreSQL notifications (LISTEN on Database::changeChannel()), each as its own
// signal; a SQLite file says only that something changed (its data version, looked at every
// `interval`), delivered as ChangeNotifier::changedElsewhere(). Lives on the thread of the
// database's connection, which must run an event loop.
class ChangeListener final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<ChangeListener>>
    listen(Database& database, std::chrono::milliseconds interval = std::chrono::seconds(2));
    ~ChangeListener() override;

private:
    explicit ChangeListener(Database& database);
    void lookAtTheDataVersion();

    Database& m_db;
    QTimer m_timer;
    std::optional<qint64> m_dataVersion;
};
