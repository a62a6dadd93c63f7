// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveSignals.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "util/Clock.h"

LiveSignals::LiveSignals(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_clock(clock)
    , m_peildatum(clock.today())
    , m_service(std::make_unique<SignalService>(database, m_peildatum))
{
    ChangeNotifier& notifier = database.notifier();
    connect(&notifier, &ChangeNotifier::leerlingenChanged, this, &LiveSignals::changed);
    connect(&notifier, &ChangeNotifier::absencesChanged, this, &LiveSignals::changed);
    // The settings, the calendar or the codes, or whatever another program changed: every
    // signal may be another.
    for (const auto anything : {&ChangeNotifier::schoolChanged, &ChangeNotifier::changedElsewhere})
        connect(&notifier, anything, this, [this] { m_service->invalidateAll(); });
}

LiveSignals::~LiveSignals() = default;

void LiveSignals::changed(const QStringList& pgns)
{
    m_service->invalidate(QSet<QString>(pgns.cbegin(), pgns.cend()));
}

Result<bool> LiveSignals::writtenElsewhere()
{
    const auto version = m_db.dataVersion();
    if (!version)
        return Error{version.error()};
    const bool written = !*version || !m_dataVersion || **version != *m_dataVersion;
    m_dataVersion = *version;
    return written;
}

Result<QList<Signal>> LiveSignals::signals()
{
    if (const QDate today = m_clock.today(); today != m_peildatum) {
        m_evaluationsBefore += m_service->evaluations();
        m_peildatum = today;
        m_service = std::make_unique<SignalService>(m_db, m_peildatum);
    }
    const auto elsewhere = writtenElsewhere();
    if (!elsewhere)
        return Error{elsewhere.error()};
    if (*elsewhere)
        m_service->invalidateAll();
    return m_service->signals();
}
