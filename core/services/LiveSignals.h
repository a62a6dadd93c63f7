// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/SignalService.h"

#include <QObject>

#include <memory>
#include <optional>

class Clock;
class Database;

// Today's signals of the whole school for as long as a screen shows them, kept current without
// computing the school again: a change this session commits names its leerlingen through the
// notifier, and only they are computed again. When the school's settings or the day change
// everything is computed again; when another program wrote to the database (SQLite's data
// version tells), the stored signals are read again, with the leerlingen it changed computed
// afresh. A team database keeps no such number (a program of an older version announces
// nothing, so a missing notification does not prove that nothing changed): there every request
// reads the stored signals again, with the marked leerlingen computed afresh.
class LiveSignals final : public QObject
{
    Q_OBJECT

public:
    LiveSignals(Database& database, const Clock& clock, QObject* parent = nullptr);
    ~LiveSignals() override;

    // All signals of today, sorted by pgn, bereikt_op, soort.
    Result<QList<Signal>> signals();
    // The leerlingen the signals are of, by pgn; current after signals().
    const QHash<QString, Leerling>& leerlingen() const { return m_service->leerlingen(); }
    // The peildatum of the signals: the clock's today when they were asked for.
    QDate peildatum() const { return m_peildatum; }
    // How many leerlingen the rules have evaluated so far (for tests and the benchmark).
    int evaluations() const { return m_evaluationsBefore + m_service->evaluations(); }

private:
    void changed(const QStringList& pgns);
    // Whether another connection committed since the last look.
    Result<bool> writtenElsewhere();

    Database& m_db;
    const Clock& m_clock;
    QDate m_peildatum;
    std::unique_ptr<SignalService> m_service;
    int m_evaluationsBefore = 0; // by the services of earlier days
    std::optional<qint64> m_dataVersion;
};
