// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "services/VerzuimstaatService.h"

#include <QDialog>

class BackgroundJob;
class QCheckBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QProgressBar;
class QPushButton;
class QRadioButton;

// Verzuimstaten for one or more leerlingen: the period, whether geoorloofd absence is included
// (off, with a warning when switched on), then print preview, printing, or PDF — one file with
// all or a file per leerling, made on a background job with progress and Stop.
class VerzuimstaatDialog final : public QDialog
{
    Q_OBJECT

public:
    VerzuimstaatDialog(const Session& session, const QStringList& pgns,
                       const VerzuimstaatService::Period& period, QWidget* parent = nullptr);

    VerzuimstaatService::Period period() const;
    // Lays the statements out on a printer or PDF writer (the preview draws through this).
    void paint(QPagedPaintDevice& device);

private:
    void showPreview();
    void save();
    void finishSaving(const QString& failure);

    Session m_session;
    QStringList m_pgns;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_includeAuthorised;
    QLabel* m_authorisedWarning;
    QRadioButton* m_onePdf;
    QRadioButton* m_perLeerling;
    QPushButton* m_preview;
    QPushButton* m_save;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_summary;
    BackgroundJob* m_job;
    QString m_jobFailure; // written by the job's thread, read when it has finished
    QStringList m_written;
};
