// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditAbsenceDayCommand.h"

#include "MessageBox.h"
#include "services/AbsenceEditService.h"
#include "util/Dates.h"

#include <QCoreApplication>

EditAbsenceDayCommand::EditAbsenceDayCommand(const Session& session, QString pgn, QDate date,
                                             QList<AbsenceRecord> before,
                                             QList<AbsenceRecord> after,
                                             std::function<void()> changed)
    : m_session(session)
    , m_pgn(std::move(pgn))
    , m_date(date)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("EditAbsenceDayCommand", "%1: %2")
                .arg(Dates::toDutch(m_date), describeDay(m_after)));
}

void EditAbsenceDayCommand::apply(const QList<AbsenceRecord>& records)
{
    const auto replaced = AbsenceEditService(m_session.database, m_session.clock, m_session.user)
                              .replaceDay(m_pgn, m_date, records);
    if (!replaced)
        MessageBox::warning(nullptr,
                            QCoreApplication::translate("EditAbsenceDayCommand", "Attendance"),
                            replaced.error());
    m_changed();
}

void EditAbsenceDayCommand::undo()
{
    apply(m_before);
}

void EditAbsenceDayCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    apply(m_after);
}
