// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/School.h"
#include "util/Result.h"

#include <QDialog>

class CodeTableEditor;
class EditableTable;
class LestijdenEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Instellingen: the school, its calendar and lestijden, codes, thresholds, contactpersonen and
// locaties. On a new database it is the first-start screen, with the region's official vakanties
// filled in.
class SchoolSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SchoolSettingsDialog(const Session& session, QWidget* parent = nullptr);

    // Replaces the vakanties with the bundled ones of the region for the current schooljaar.
    void fillOfficialHolidays();
    void accept() override;

private:
    QWidget* schoolPage();
    QWidget* thresholdsPage();
    void display(const School& school);
    // The school as filled in, or the first field that cannot be read.
    Result<School> collect() const;

    Session m_session;
    School m_school; // what was loaded; fields this screen does not edit are kept
    bool m_firstStart = false;
    QLineEdit* m_name;
    QLineEdit* m_code;
    QComboBox* m_sector;
    QComboBox* m_region;
    QSpinBox* m_lesuur;
    EditableTable* m_holidays;
    QLabel* m_holidayNote;
    EditableTable* m_daysOff;
    LestijdenEditor* m_lestijden;
    CodeTableEditor* m_codes;
    EditableTable* m_contacts;
    EditableTable* m_locations;
    QSpinBox* m_preventiveHours;
    QSpinBox* m_rmcWeeks;
    QSpinBox* m_tolerance;
    QCheckBox* m_latenessCounts;
    QCheckBox* m_report16Adults;
    QLineEdit* m_latenessLevels;
};
