// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "SignalTableModel.h"

#include <QDate>
#include <QWidget>

class LiveSignals;
class QComboBox;
class QLabel;
class QTableView;
class RoleFilterModel;
class SignalTableModel;

// The start screen: today's signals, legal ones first, overdue ones marked; a melding is one
// action away, and a signal can be set aside ("niet melden") with a reason.
class SignalsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SignalsPage(const Session& session, QWidget* parent = nullptr);

    bool reload();
    // Signals reached after this day are announced as new (the day of the previous start).
    void setPreviousStart(const QDate& day) { m_previousStart = day; }
    int newSignalCount() const { return m_newSignals; }
    void draftSelected();
    void setAsideSelected();

Q_SIGNALS:
    void openMelding(qint64 id);

private:
    // Shows only the rows whose `role` has the box's chosen value (all when none is chosen).
    void applyFilter(const QComboBox* box, int role);
    void fillKlasFilter(const QList<TrackedSignal>& tracked,
                        const QHash<QString, LeerlingSummary>& summaries);
    int selectedRow() const;

    Session m_session;
    LiveSignals* m_signals; // computed once, then only the leerlingen a change names
    SignalTableModel* m_model;
    RoleFilterModel* m_filter;
    QTableView* m_table;
    QLabel* m_summary;
    QComboBox* m_soortFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_klasFilter;
    QLabel* m_newBanner;
    QLabel* m_wholeDaysBanner; // while LRV and RMC cannot be judged
    QDate m_previousStart;
    int m_newSignals = 0;
};
