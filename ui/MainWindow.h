// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class Database;
class Clock;
class QLabel;
class QTableView;
class SignalTableModel;

// The coordinator's window; for now the signals of today.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, const Clock& clock, QWidget* parent = nullptr);

    // Loads the signals of today from the database; false (with a message shown) on failure.
    bool reload();

private:
    Database& m_database;
    const Clock& m_clock;
    SignalTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};
