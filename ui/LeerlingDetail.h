// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class WeeklyChartWidget;
class YearCalendarWidget;

// One leerling: personal data and inschrijving, contacts with the 18+ consent, the schooljaar at a
// glance, the weekly verzuim against the 16-hour line, and the leerling's signals and meldingen.
class LeerlingDetail final : public QWidget
{
    Q_OBJECT

public:
    LeerlingDetail(const Session& session, const QString& pgn, QWidget* parent = nullptr);

    bool reload();

private:
    Session m_session;
    QString m_pgn;
    QLabel* m_header;
    QListWidget* m_contacts;
    QCheckBox* m_consent;
    YearCalendarWidget* m_calendar;
    WeeklyChartWidget* m_chart;
    QListWidget* m_signals;
    QListWidget* m_meldingen;
};
