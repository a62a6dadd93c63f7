// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class ChangeNotifier;

// Keeps a page current: the changes it follows, announced by the core's notifier, make it reload
// once the event loop is free again — once, however many arrived meanwhile (an import announces
// several at once, a page's own action one more). Every page follows a change another program
// made without saying what (ChangeNotifier::changedElsewhere).
class PageRefresh : public QObject
{
    Q_OBJECT

public:
    PageRefresh(QObject* page, const ChangeNotifier& notifier, std::function<void()> reload);

    // Follows `change` of the notifier, e.g. follow(&ChangeNotifier::meldingChanged).
    template <typename Change> PageRefresh& follow(Change change)
    {
        connect(&m_notifier, change, this, &PageRefresh::request);
        return *this;
    }

    void request();

private:
    const ChangeNotifier& m_notifier;
    std::function<void()> m_reload;
    QTimer m_timer;
};
