// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRefresh.h"

#include "storage/ChangeNotifier.h"

PageRefresh::PageRefresh(QObject* page, const ChangeNotifier& notifier,
                         std::function<void()> reload)
    : QObject(page)
    , m_notifier(notifier)
    , m_reload(std::move(reload))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_reload(); });
    follow(&ChangeNotifier::changedElsewhere);
}

void PageRefresh::request()
{
    m_timer.start();
}
