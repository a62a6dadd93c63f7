// SPDX-License-Identifier: GPL-3.0-or-later
// verzuimdesk: the coordinator's desktop application.
#include "DailyBackup.h"
#include "DatabaseOpener.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "benchmark/SchoolBenchmark.h"
#include "demo/SchoolGenerator.h"
#include "services/ImportService.h"
#include "services/RestoreService.h"
#include "storage/AbsenceRepository.h"
#include "storage/Database.h"
#include "submission/KeychainSecretStore.h"
#include "util/Clock.h"
#include "util/CoreDumps.h"
#include "util/Settings.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Gui
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

// Fills an empty database with the demo school, through the same import a school uses.
Status fillWithDemoSchool(Database& database, const Clock& clock)
{
    const auto records = AbsenceRepository(database).count();
    if (records && *records > 0)
        return {};
    QTemporaryDir directory;
    const GeneratorSettings demo{120, Sector::Vo, 2026, clock.today()};
    if (auto written = SchoolGenerator(demo).writeTo(directory.path()); !written)
        return Error{written.error()};
    const QString dir = directory.path();
    BackupStore backups(database, clock);
    const ImportOutcome outcome =
        ImportService(database, backups, database.userName())
            .run({dir + u"/school.json"_s, dir + u"/leerlingen.csv"_s, dir + u"/contacten.csv"_s,
                  dir + u"/absenties.csv"_s, QString()});
    if (outcome.status != ImportOutcome::Status::Stored)
        return Error{outcome.failure.isEmpty() ? outcome.issues.all().value(0).toString()
                                               : outcome.failure};
    return {};
}

QString defaultDatabasePath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + (demo ? u"/demo.sqlite"_s : u"/verzuimdesk.sqlite"_s);
}

// Fatal errors go to stderr always, and to a dialog unless the run is unattended.
int fail(const QString& message, bool interactive)
{
    QTextStream(stderr) << message << '\n';
    if (interactive)
        MessageBox::critical(nullptr, Gui::tr("Verzuimdesk"), message);
    return 1;
}

// Renders one screen offscreen to a PNG (for the README and for looking at changes).
int screenshot(MainWindow& window, const QString& screen, const QString& file)
{
    window.show();
    QWidget* target = &window;
    if (screen == u"leerlingen"_s)
        window.showPage(MainWindow::Leerlingen);
    else if (screen == u"meldingen"_s)
        window.showPage(MainWindow::Meldingen);
    else if (screen == u"uitgaand"_s)
        window.showPage(MainWindow::Outbox);
    else if (screen == u"opvolging"_s)
        window.showPage(MainWindow::FollowUp);
    else if (screen.startsWith(u"leerling:"_s))
        target = window.openLeerling(screen.mid(9));
    if (!target)
        return 1;
    else if (screen.startsWith(u"melding:"_s)) {
        // melding:ID or melding:ID:SCREEN (1–5, the loket's screens)
        const QStringList parts = screen.split(u':');
        target = window.openMelding(parts.value(1).toLongLong());
        if (auto* pages = target->findChild<QTabWidget*>(u"meldingPages"_s))
            pages->setCurrentIndex(std::max(0, parts.value(2, u"1"_s).toInt() - 1));
    } else if (screen.startsWith(u"invulhulp:"_s)) {
        QWidget* editor = window.openMelding(screen.mid(10).toLongLong());
        if (auto* open = editor->findChild<QPushButton*>(u"invulhulpButton"_s))
            open->click();
        if (auto* dialog = editor->findChild<QDialog*>(u"invulhulpDialog"_s))
            target = dialog;
    } else if (screen == u"audit"_s || screen == u"opschonen"_s) {
        const bool audit = screen == u"audit"_s;
        auto* action = window.findChild<QAction*>(audit ? u"auditAction"_s : u"purgeAction"_s);
        if (!action)
            return 1;
        action->trigger();
        target = window.findChild<QDialog*>(audit ? u"auditDialog"_s : u"purgeDialog"_s);
        if (!target)
            return 1;
    }
    QApplication::processEvents();
    return target->grab().save(file) ? 0 : 1;
}

// For verzuimdesk-cli bench: says "populated" once the signal screen is filled (the benchmark
// times the start from outside), then times one search in the leerlingen list.
int benchmark(MainWindow& window)
{
    window.show();
    QApplication::processEvents();
    QTextStream out(stdout);
    out << "populated\n" << Qt::flush;
    window.showPage(MainWindow::Leerlingen);
    auto* search = window.findChild<QLineEdit*>(u"leerlingSearch"_s);
    if (!search)
        return 1;
    QElapsedTimer timer;
    timer.start();
    search->setText(u"bakker"_s);
    QApplication::processEvents();
    const double filterMs = double(timer.nsecsElapsed()) / 1e6;
    const QJsonObject figures{{u"filter_ms"_s, filterMs},
                              {u"peak_memory_mb"_s, peakMemoryMegabytes()}};
    out << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    CoreDumps::forbidForThisProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"verzuimdesk"_s);
    QApplication::setOrganizationDomain(u"verzuimdesk.nl"_s);
    // Lets a Wayland desktop match the window with its menu entry (packaging/freedesktop).
    QGuiApplication::setDesktopFileName(QStringLiteral(VERZUIMDESK_APP_ID));
    QApplication::setApplicationVersion(QStringLiteral(VERZUIMDESK_VERSION));
    Translations::install(app, Translations::chooseLanguage(
                                   Settings::instance().get(Settings::Key::Language).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Gui::tr("Verzuimdesk: verzuim signals and meldingen for schools."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s,
         Gui::tr("The database: a SQLite file (created when missing) or a team's "
                 "postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME]."),
         Gui::tr("PATH|URL")},
        {u"demo"_s, Gui::tr("Open the demo school (filled on first use).")},
        {u"screenshot"_s, Gui::tr("Render the window to a PNG file and exit."), Gui::tr("FILE")},
        {u"benchmark"_s, Gui::tr("Report start and search times for verzuimdesk-cli bench.")},
        {u"scherm"_s,
         Gui::tr("The screen to render: signalen, leerlingen, leerling:PGN, meldingen, uitgaand, "
                 "opvolging, "
                 "invulhulp:ID, melding:ID, melding:ID:SCREEN, audit or opschonen."),
         Gui::tr("SCREEN")},
    });
    parser.process(app);

    const bool demo = parser.isSet(u"demo"_s);
    const bool interactive = !parser.isSet(u"screenshot"_s) && !parser.isSet(u"benchmark"_s);
    const QString chosen = Settings::instance().get(Settings::Key::Database).toString();
    const QString path = parser.isSet(u"db"_s)        ? parser.value(u"db"_s)
                         : !demo && !chosen.isEmpty() ? chosen
                                                      : defaultDatabasePath(demo);
    const auto clockPointer = clockFromEnvironment();
    const Clock& clock = *clockPointer;
    MessageBox::setTestMode(!interactive);
    // A restore chosen in the window replaces the database once it is closed; then the window
    // opens again on the restored file.
    KeychainSecretStore keychain;
    DatabaseOpener opener(clock, keychain);
    for (;;) {
        QString restore;
        std::optional<Error> damagedAfterAll;
        {
            auto database = opener.open(path, DatabaseOpener::CheckTiming::WhileReading);
            if (!database)
                return fail(database.error(), interactive);
            if (demo) {
                if (Status filled = fillWithDemoSchool(**database, clock); !filled)
                    return fail(filled.error(), interactive);
            }
            MainWindow window(Session{**database, clock, (*database)->userName()});
            window.reload();
            // The file was checked while the window loaded; nothing of a damaged one is shown.
            if (Status verdict = (*database)->awaitCheck(); !verdict) {
                damagedAfterAll = verdict.failure();
            } else {
                if (parser.isSet(u"benchmark"_s))
                    return benchmark(window);
                if (parser.isSet(u"screenshot"_s))
                    return screenshot(window, parser.value(u"scherm"_s),
                                      parser.value(u"screenshot"_s));
                window.show();
                DailyBackup dailyBackup(**database, clock, &window);
                dailyBackup.start();
                window.offerFirstStart();
                const int status = QApplication::exec();
                restore = window.requestedRestore();
                if (restore.isEmpty())
                    return status;
            }
        }
        if (damagedAfterAll) {
            if (Status restored = opener.offerRestore(path, *damagedAfterAll); !restored)
                return fail(restored.error(), interactive);
            continue;
        }
        const auto restored = RestoreService::restore(path, restore, clock);
        if (!restored)
            MessageBox::critical(nullptr, Gui::tr("Restore a backup"), restored.error());
        else if (const QString note = restored->purgedAgainNote(); !note.isEmpty())
            MessageBox::information(nullptr, Gui::tr("Restore a backup"), note);
    }
}
