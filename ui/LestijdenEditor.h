// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Lestijden.h"
#include "util/Result.h"

#include <QWidget>

#include <array>

class EditableTable;
class QCheckBox;
class QComboBox;
class QLabel;

// The Lestijden tab of Instellingen: the lessons of a standard lesdag and, for a weekday that
// differs (a short Wednesday), that weekday's own, as rows of lesuur, van and tot. Beneath, the
// day as the bell rings it — its lessons, hours and breaks — or what is wrong with it, so a
// mistyped time shows before it turns absences into the wrong lesuren.
class LestijdenEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit LestijdenEditor(QWidget* parent = nullptr);

    void setLestijden(const Lestijden& lestijden);
    // The lestijden as edited, or the first lesson that cannot be saved.
    Result<Lestijden> lestijden() const;

private:
    static constexpr int kStandard = 0; // the days of the combo box: the standard, then Monday…
    static constexpr int kDays = 6;

    void showDay(int day);
    void keepShownDay();
    void showSummary();
    // The lessons of one day's rows, or what is wrong with them.
    Result<QList<Lesson>> lessonsOf(int day) const;
    QString dayName(int day) const;

    QComboBox* m_day;
    QCheckBox* m_ownLessons;
    EditableTable* m_lessons;
    QLabel* m_summary;
    std::array<QList<QStringList>, kDays> m_rows;
    std::array<bool, kDays> m_own{true}; // the standard day always; a weekday when ticked
    int m_shown = kStandard;
};
