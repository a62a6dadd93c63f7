// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/AbsenceRecord.h"

#include <QWidget>

#include <optional>

class AbsenceDayEditor;
class QCheckBox;
class QDateEdit;
class QUndoStack;
class QLabel;
class QListWidget;
class QPlainTextEdit;
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
    QUndoStack* undoStack() const { return m_undo; }

private:
    QWidget* absenceEditor();
    QWidget* notesPanel();
    void addNote();
    void openVerzuimstaat();
    void exportInzage();
    void showNotes();
    // The chosen day, in the editor and as recorded now.
    void showDay();
    // Only what is recorded now, leaving the editor as the coordinator left it; that day's
    // records, nullopt when they cannot be read.
    std::optional<QList<AbsenceRecord>> showRecordedDay();
    void saveDay();

    Session m_session;
    QString m_pgn;
    QLabel* m_header;
    QListWidget* m_contacts;
    QCheckBox* m_consent;
    YearCalendarWidget* m_calendar;
    WeeklyChartWidget* m_chart;
    QListWidget* m_signals;
    QListWidget* m_meldingen;
    QListWidget* m_notes = nullptr;
    QPlainTextEdit* m_noteText = nullptr;
    QCheckBox* m_workNote = nullptr;
    QUndoStack* m_undo;
    QDateEdit* m_day = nullptr;
    QLabel* m_dayNow = nullptr;
    AbsenceDayEditor* m_dayEditor = nullptr;
};
