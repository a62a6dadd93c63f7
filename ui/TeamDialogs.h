// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "services/RetentionService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The beheerder's view of the audit trail: who did what with which leerling's data, filterable,
// and exported to Excel or CSV (the export is itself recorded).
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    AuditDialog(Session session, QWidget* parent = nullptr);

private:
    void fill();
    void applyFilter(const QString& text);
    void exportTrail();

    Session m_session;
    QLineEdit* m_filter;
    QTableWidget* m_table;
};

// The retention purge: the preview of the leerlingen past the school's retention period, and
// their removal only after the beheerder confirms that exact list; then the report is saved.
class PurgeDialog : public QDialog
{
    Q_OBJECT

public:
    PurgeDialog(Session session, QWidget* parent = nullptr);

private:
    void preview();
    void purge();

    Session m_session;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_purge;
    QList<PurgeCandidate> m_candidates;
};
