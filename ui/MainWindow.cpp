// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "DatabaseSettingsDialog.h"
#include "TeamDialogs.h"
#include "services/DossierService.h"
#include "services/Permissions.h"

#include "DuoConnectionDialog.h"
#include "FollowUpPage.h"
#include "ImportWizard.h"
#include "LeerlingDetail.h"
#include "LeerlingenPage.h"
#include "MeldingEditor.h"
#include "MeldingenPage.h"
#include "MessageBox.h"
#include "OutboxPage.h"
#include "SchoolSettingsDialog.h"
#include "SignalsPage.h"
#include "services/SchoolService.h"
#include "storage/BackupStore.h"
#include "storage/SchoolRepository.h"
#include "util/Clock.h"
#include "util/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_signals(new SignalsPage(session))
    , m_leerlingen(new LeerlingenPage(session))
    , m_meldingen(new MeldingenPage(session))
    , m_outbox(new OutboxPage(session))
    , m_followUp(new FollowUpPage(session))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/verzuimdesk.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->addItems(
        {tr("Signals"), tr("Leerlingen"), tr("Meldingen"), tr("Outbox"), tr("Follow-up")});
    m_navigation->setMaximumWidth(170);
    m_pages->addWidget(m_signals);
    m_pages->addWidget(m_leerlingen);
    m_pages->addWidget(m_meldingen);
    m_pages->addWidget(m_outbox);
    m_pages->addWidget(m_followUp);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_signals, &SignalsPage::openMelding, this, &MainWindow::openMelding);
    connect(m_meldingen, &MeldingenPage::openMelding, this, &MainWindow::openMelding);
    connect(m_leerlingen, &LeerlingenPage::openLeerling, this, &MainWindow::openLeerling);
    connect(m_followUp, &FollowUpPage::openMelding, this, &MainWindow::openMelding);
    // Each page follows the changes it shows itself (PageRefresh): no page tells another.
    // The sidebar counts the open tasks, so they are seen without opening the page.
    connect(m_followUp, &FollowUpPage::tasksChanged, this, [this](int count) {
        m_navigation->item(FollowUp)->setText(count == 0 ? tr("Follow-up")
                                                         : tr("Follow-up (%1)").arg(count));
    });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (index == Leerlingen && m_leerlingenStale)
            reloadLeerlingen();
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    addMenus();
    addShortcuts();
    resize(1150, 720);
    restoreGeometry(Settings::instance().get(Settings::Key::WindowGeometry).toByteArray());
    m_signals->setPreviousStart(
        Settings::instance().get(Settings::Key::SignalsPreviousStart).toDate());
    m_navigation->setCurrentRow(Signals);
    if (auto listener = ChangeListener::listen(session.database))
        m_otherPrograms = std::move(*listener);
    else
        statusBar()->showMessage(listener.error());
}

void MainWindow::addMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import…"), this, &MainWindow::openImport);
    import->setObjectName(u"importAction"_s);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* restore = file->addAction(tr("&Restore a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(u"restoreAction"_s);
    restore->setEnabled(!m_session.database.dialect().isPostgres()); // the server's backups
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* school = settings->addAction(tr("&School…"), this, &MainWindow::openSettings);
    school->setObjectName(u"settingsAction"_s);
    QAction* database = settings->addAction(tr("Data&base…"), this, [this] {
        auto* dialog = new DatabaseSettingsDialog(Settings::instance(), m_keychain, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    database->setObjectName(u"databaseSettingsAction"_s);
    QAction* duo = settings->addAction(tr("&DUO connection…"), this, [this] {
        auto* dialog = new DuoConnectionDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    duo->setObjectName(u"duoConnectionAction"_s);
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = Settings::instance().get(Settings::Key::Language).toString();
    for (const auto& [code, name] :
         {std::pair{u"nl"_s, u"Nederlands"_s}, {u"en"_s, u"English"_s}}) {
        QAction* choice = language->addAction(name, this, [this, code] { chooseLanguage(code); });
        choice->setObjectName(u"language_"_s + code);
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
    }

    addBeheerMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Verzuimdesk"), this, &MainWindow::showAbout)
        ->setObjectName(u"aboutAction"_s);
}

void MainWindow::chooseLanguage(const QString& language)
{
    Settings::instance().set(Settings::Key::Language, language);
    MessageBox::information(this, tr("Language"),
                            tr("Verzuimdesk speaks the chosen language from its next start."));
}

QWidget* MainWindow::openImport()
{
    auto* wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

QDialog* MainWindow::openSettings()
{
    auto* dialog = new SchoolSettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::offerFirstStart()
{
    const auto school = SchoolService(m_session.database, m_session.clock, m_session.user).load();
    if (!school || school->has_value())
        return;
    connect(openSettings(), &QDialog::accepted, this, &MainWindow::openImport);
}

void MainWindow::addBeheerMenu()
{
    // Shown to the roles that may use it; the services refuse the others all the same.
    const auto access = Permissions::of(m_session.database, m_session.user, m_session.clock);
    const bool audit = access && access->allows(Permission::ViewAudit);
    const bool purge = access && access->allows(Permission::Purge);
    if (!audit && !purge)
        return;
    QMenu* beheer = menuBar()->addMenu(tr("&Administration"));
    const auto openDialog = [this](QDialog* dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    if (audit) {
        QAction* trail = beheer->addAction(tr("&Audit trail…"), this, [this, openDialog] {
            openDialog(new AuditDialog(m_session, this));
        });
        trail->setObjectName(u"auditAction"_s);
    }
    if (purge) {
        QAction* retention =
            beheer->addAction(tr("&Remove leerlingen past the retention period…"), this,
                              [this, openDialog] { openDialog(new PurgeDialog(m_session, this)); });
        retention->setObjectName(u"purgeAction"_s);
    }
}

void MainWindow::restoreBackup()
{
    const QList<QFileInfo> backups = BackupStore::list(m_session.database.location());
    if (backups.isEmpty()) {
        MessageBox::warning(this, tr("Restore a backup"), tr("There are no backups yet."));
        return;
    }
    QStringList names;
    for (const QFileInfo& backup : backups) {
        names.append(
            tr("%1 · %2 · %3")
                .arg(QLocale().toString(BackupStore::madeAt(backup), QLocale::ShortFormat),
                     BackupStore::reasonOf(backup),
                     BackupStore::isVerified(backup) ? tr("verified") : tr("not verified")));
    }
    const int chosen = MessageBox::askChoice(
        this, tr("Restore a backup"), tr("Which backup should replace the database?"), names);
    if (chosen < 0)
        return;
    const QString question =
        tr("Verzuimdesk closes, puts %1 in place of the database and starts again. Everything "
           "recorded after that backup is then no longer in the database (the current file is "
           "kept beside it). Continue?")
            .arg(names[chosen]);
    if (MessageBox::question(this, tr("Restore a backup"), question) != MessageBox::Answer::Yes)
        return;
    m_requestedRestore = backups[chosen].filePath();
    close();
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Verzuimdesk"),
        tr("Verzuimdesk %1\nVerzuim signals and meldingen for schools.\nDatabase: %2")
            .arg(QStringLiteral(VERZUIMDESK_VERSION), m_session.database.location()));
}

void MainWindow::addShortcuts()
{
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showPage(Signals); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showPage(Leerlingen); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showPage(Meldingen); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_4), [this] { showPage(Outbox); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_5), [this] { showPage(FollowUp); });
    shortcut(QKeySequence::Find, [this] {
        showPage(Leerlingen);
        m_leerlingen->focusSearch();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { m_signals->draftSelected(); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

bool MainWindow::reloadLeerlingen()
{
    m_leerlingenStale = false;
    return m_leerlingen->reload();
}

bool MainWindow::reload()
{
    auto school = SchoolRepository(m_session.database).load();
    const QString schoolName = school && school->has_value() ? (*school)->name : QString();
    setWindowTitle(schoolName.isEmpty() ? tr("Verzuimdesk")
                                        : tr("Verzuimdesk — %1").arg(schoolName));
    // The leerlingen list is filled when it is shown: at start only the signal screen is
    // needed, and a large school's list costs a quarter of a second.
    m_leerlingenStale = true;
    bool ok = m_signals->reload() & m_meldingen->reload() & m_followUp->reload();
    if (m_pages->currentIndex() == Leerlingen)
        ok = reloadLeerlingen() && ok;
    statusBar()->showMessage(m_session.database.location());
    announceNewSignals();
    return ok;
}

QWidget* MainWindow::openMelding(qint64 id)
{
    auto* window = new QWidget(this, Qt::Window);
    window->setObjectName(u"meldingWindow"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto* editor = new MeldingEditor(m_session, id);
    connect(editor, &MeldingEditor::copied, this, &MainWindow::openMelding);
    auto* layout = new QHBoxLayout(window);
    layout->addWidget(editor);
    window->setWindowTitle(tr("Melding %1 — %2").arg(id).arg(editor->melding().leerlingName));
    window->resize(900, 680);
    window->show();
    return window;
}

QWidget* MainWindow::openLeerling(const QString& pgn)
{
    // The one door to a dossier: refused outside the user's scope, and written in the audit.
    const auto opened =
        DossierService(m_session.database, m_session.clock, m_session.user).open(pgn);
    if (!opened) {
        MessageBox::warning(this, tr("Leerling %1").arg(pgn), opened.error());
        return nullptr;
    }
    auto* window = new QWidget(this, Qt::Window);
    window->setObjectName(u"leerlingWindow"_s);
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QHBoxLayout(window);
    layout->addWidget(new LeerlingDetail(m_session, pgn));
    window->setWindowTitle(tr("Leerling %1").arg(pgn));
    window->resize(980, 820);
    window->show();
    return window;
}

void MainWindow::announceNewSignals()
{
    // The window's banner always tells; a tray message is only a hint, where the desktop has one.
    const int count = m_signals->newSignalCount();
    if (count == 0 || !QSystemTrayIcon::isSystemTrayAvailable() ||
        !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(tr("Verzuimdesk"),
                        tr("%n new signal(s) since your previous start.", nullptr, count));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings::instance().set(Settings::Key::WindowGeometry, saveGeometry());
    Settings::instance().set(Settings::Key::SignalsPreviousStart, m_session.clock.today());
    QMainWindow::closeEvent(event);
}
