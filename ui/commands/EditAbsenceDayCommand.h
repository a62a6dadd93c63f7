// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/AbsenceRecord.h"

#include <QUndoCommand>

#include <functional>

// One correction of a leerling's day, undoable. The change is made before the command is pushed
// (so a refused change never enters the stack); undo and redo go through the same service, and
// each writes its own audit entry.
class EditAbsenceDayCommand final : public QUndoCommand
{
public:
    EditAbsenceDayCommand(const Session& session, QString pgn, QDate date,
                          QList<AbsenceRecord> before, QList<AbsenceRecord> after,
                          std::function<void()> changed);

    void undo() override;
    void redo() override;

private:
    void apply(const QList<AbsenceRecord>& records);

    Session m_session;
    QString m_pgn;
    QDate m_date;
    QList<AbsenceRecord> m_before;
    QList<AbsenceRecord> m_after;
    std::function<void()> m_changed;
    bool m_done = true; // the first redo() is the change already made
};
