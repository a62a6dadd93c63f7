// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class ChangeNotifier;

// Keeps a page current: the changes it follows, announced by the core's notifier, make it reload
// once the event loop is free again — once, however many arrived meanwhile (an import announces
// several at once, a page's own action one more).
class PageRefresh : public QObject
{
    Q_OBJECT

public:
    PageRefresh(QObject* page, std::function<void()> reload);

    // Follows `change` of `notifier`, e.g. follow(notifier, &ChangeNotifier::meldingChanged).
    template <typename Change> PageRefresh& follow(const ChangeNotifier& notifier, Change change)
    {
        connect(&notifier, change, this, &PageRefresh::request);
        return *this;
    }

    void request();

private:
    std::function<void()> m_reload;
    QTimer m_timer;
};
