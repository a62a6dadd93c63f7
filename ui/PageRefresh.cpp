// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageRefresh.h"

PageRefresh::PageRefresh(QObject* page, std::function<void()> reload)
    : QObject(page)
    , m_reload(std::move(reload))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_reload(); });
}

void PageRefresh::request()
{
    m_timer.start();
}
