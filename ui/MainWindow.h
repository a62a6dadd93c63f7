// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include "storage/ChangeListener.h"
#include "submission/KeychainSecretStore.h"

#include <QMainWindow>

class LeerlingenPage;
class QDialog;
class MeldingenPage;
class OutboxPage;
class FollowUpPage;
class QListWidget;
class QSystemTrayIcon;
class QStackedWidget;
class SignalsPage;

// The coordinator's day in one window: signals, leerlingen and meldingen.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Signals,
        Leerlingen,
        Meldingen,
        Outbox,
        FollowUp
    };

    MainWindow(const Session& session, QWidget* parent = nullptr);

    // Loads every screen from the database; false (with the message shown) on failure.
    bool reload();
    void showPage(Page page);
    // Opens the melding in its editor window; returns that window.
    QWidget* openMelding(qint64 id);
    // Opens the leerling's dossier in its own window; returns that window.
    QWidget* openLeerling(const QString& pgn);
    // Opens the import wizard (modeless); returns it.
    QWidget* openImport();
    // Opens Instellingen (modeless); returns it.
    QDialog* openSettings();
    // On a database without a school: Instellingen as the welcome screen, then the import.
    void offerFirstStart();
    // The backup the user chose to put back; the program restores it after this window closes,
    // since the database cannot be replaced while it is open.
    QString requestedRestore() const { return m_requestedRestore; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addMenus();
    void addShortcuts();
    void chooseLanguage(const QString& language);
    void restoreBackup();
    void showAbout();
    void announceNewSignals();
    bool reloadLeerlingen();
    void addBeheerMenu();

    Session m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    SignalsPage* m_signals;
    LeerlingenPage* m_leerlingen;
    MeldingenPage* m_meldingen;
    OutboxPage* m_outbox;
    FollowUpPage* m_followUp;
    bool m_leerlingenStale = true; // reloaded when next shown
    QSystemTrayIcon* m_tray = nullptr;
    QString m_requestedRestore;
    // For the database settings dialog, which may outlive the menu action that opened it.
    KeychainSecretStore m_keychain;
    // What colleagues and other programs commit, so that the pages show it too.
    std::unique_ptr<ChangeListener> m_otherPrograms;
};
