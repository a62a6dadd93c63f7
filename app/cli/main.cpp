// SPDX-License-Identifier: GPL-3.0-or-later
// verzuimdesk-cli: the command-line contract of uitwisselformaat.md.
#include "BackupCommands.h"
#include "BenchCommand.h"
#include "CliCommand.h"
#include "ExportCommands.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "LeerlingenCommand.h"
#include "MeldingCommands.h"
#include "OpvolgingCommand.h"
#include "SignaalCommand.h"
#include "SignalenCommand.h"
#include "SubmissionCommands.h"
#include "TeamCommands.h"
#include "services/TeamService.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/CoreDumps.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::vector<std::unique_ptr<CliCommand>> allCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<LeerlingenCommand>());
    commands.push_back(std::make_unique<SignalenCommand>());
    commands.push_back(std::make_unique<SignaalCommand>());
    commands.push_back(std::make_unique<ConceptCommand>());
    commands.push_back(std::make_unique<MeldingenCommand>());
    commands.push_back(std::make_unique<MeldingCommand>());
    commands.push_back(std::make_unique<OpvolgingCommand>());
    commands.push_back(std::make_unique<ConsentCommand>());
    commands.push_back(std::make_unique<VerzuimstaatCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<InvulhulpCommand>());
    commands.push_back(std::make_unique<IndienenCommand>());
    commands.push_back(std::make_unique<UitgaandCommand>());
    commands.push_back(std::make_unique<KoppelingCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<BackupListCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    commands.push_back(std::make_unique<GebruikersCommand>());
    commands.push_back(std::make_unique<GebruikerCommand>());
    commands.push_back(std::make_unique<ToewijzenCommand>());
    commands.push_back(std::make_unique<DossierCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<OpschonenCommand>());
    commands.push_back(std::make_unique<InzageCommand>());
    return commands;
}

void addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"db"_s,
         Cli::tr("The database: a SQLite file (created when missing) or a team's "
                 "postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME]."),
         Cli::tr("PATH|URL")},
        {u"school"_s, Cli::tr("school.json to import."), Cli::tr("FILE")},
        {u"leerlingen"_s,
         Cli::tr("leerlingen.csv or an EDEXML roster to import; for genereer, how many "
                 "leerlingen."),
         Cli::tr("FILE|N")},
        {u"contacten"_s, Cli::tr("contacten.csv to import."), Cli::tr("FILE")},
        {u"absenties"_s,
         Cli::tr("The absence file to import: absenties.csv, absentiemeldingen.csv or a "
                 "package's own file."),
         Cli::tr("FILE")},
        {u"formaat"_s,
         Cli::tr("The kind of --absenties file, when its content does not tell: uitwissel, "
                 "absentiemeldingen, eduarte, somtoday or magister; edexml for --leerlingen."),
         Cli::tr("FORMAT")},
        {u"vrijstellingen"_s, Cli::tr("vrijstellingen.csv to import."), Cli::tr("FILE")},
        {u"peildatum"_s, Cli::tr("The date the signals are computed for."), Cli::tr("YYYY-MM-DD")},
        {u"json"_s, Cli::tr("Print JSON instead of a table.")},
        {u"herbereken"_s,
         Cli::tr("Compute every signal again instead of reading the stored ones.")},
        {u"pgn"_s, Cli::tr("The leerling's PGN."), Cli::tr("PGN")},
        {u"soort"_s, Cli::tr("The signal's soort, e.g. 16UUR."), Cli::tr("SOORT")},
        {u"begindatum"_s, Cli::tr("The signal's begindatum."), Cli::tr("YYYY-MM-DD")},
        {u"niveau"_s, Cli::tr("The level of a TE_LAAT signal (3, 6, 9, …)."), Cli::tr("N")},
        {u"status"_s, Cli::tr("nieuw, in_behandeling, gemeld or niet_melden."), Cli::tr("STATUS")},
        {u"reden"_s, Cli::tr("Why a signal is not reported."), Cli::tr("TEXT")},
        {u"van"_s,
         Cli::tr("The backup to restore, or the first day of a verzuimstaat or of the period an "
                 "absence export replaces."),
         Cli::tr("FILE|YYYY-MM-DD")},
        {u"tot"_s, Cli::tr("The last day of a verzuimstaat or of the period an import replaces."),
         Cli::tr("YYYY-MM-DD")},
        {u"uit"_s, Cli::tr("The file to write (.pdf, .xlsx or .csv); for genereer, the folder."),
         Cli::tr("FILE|DIR")},
        {u"sector"_s, Cli::tr("po, vo or mbo."), Cli::tr("SECTOR")},
        {u"seed"_s, Cli::tr("The same seed gives the same school."), Cli::tr("N")},
        {u"met-geoorloofd"_s,
         Cli::tr("Include geoorloofd absence (ziek, verlof, schorsing) in the verzuimstaat.")},
        {u"overschrijven"_s, Cli::tr("Replace the --uit file if it exists.")},
        {u"bereikt-op"_s, Cli::tr("The day the signal was reached."), Cli::tr("YYYY-MM-DD")},
        {u"zet"_s, Cli::tr("Sets a field of a melding; may be repeated."), Cli::tr("FIELD=VALUE")},
        {u"meldingsnummer"_s, Cli::tr("DUO's number of a registered melding."), Cli::tr("NUMBER")},
        {u"intrekken"_s,
         Cli::tr("Withdraws a melding: geen_inschrijving, foutief_opgevoerd or "
                 "onterecht_opgevoerd."),
         Cli::tr("REASON")},
        {u"kopie"_s, Cli::tr("Starts a new concept as a copy of the melding.")},
        {u"versies"_s, Cli::tr("Lists the melding's versions.")},
        {u"verschil"_s, Cli::tr("Shows the differences between two versions."), Cli::tr("A,B")},
        {u"melding"_s, Cli::tr("The melding's id."), Cli::tr("ID")},
        {u"kanaal"_s, Cli::tr("How the melding reaches DUO: loket or m2m."), Cli::tr("CHANNEL")},
        {u"wijziging-doorgegeven"_s,
         Cli::tr("With --kanaal loket: the change to a registered melding is saved in the loket.")},
        {u"wachtwoord-stdin"_s,
         Cli::tr("Read the certificate's passphrase from standard input (one line).")},
        {u"verwerken"_s, Cli::tr("Send what is due in the outbox and fetch DUO's statuses.")},
        {u"adres"_s, Cli::tr("DUO's address for machine-to-machine meldingen."), Cli::tr("URL")},
        {u"certificaat"_s, Cli::tr("The school's PKIoverheid certificate (PKCS#12)."),
         Cli::tr("FILE")},
        {u"ca"_s, Cli::tr("Extra trusted CA certificates (PEM)."), Cli::tr("FILE")},
        {u"wachttijd"_s, Cli::tr("How long to wait for DUO's answer."), Cli::tr("SECONDS")},
        {u"naam"_s, Cli::tr("A team member's PostgreSQL login."), Cli::tr("LOGIN")},
        {u"rol"_s, Cli::tr("beheerder, verzuimcoordinator, verzuimmedewerker or alleen-lezen."),
         Cli::tr("ROLE")},
        {u"verwijderen"_s, Cli::tr("Removes the member, or the assignment.")},
        {u"bewaartermijn"_s, Cli::tr("Years a leerling is kept after the last inschrijving."),
         Cli::tr("YEARS")},
        {u"bevestig"_s,
         Cli::tr("Confirms the purge of the preview, by the number of leerlingen it showed."),
         Cli::tr("COUNT")},
    });
}

// Whether the command line asks for a command that draws a PDF (bench draws a verzuimstaat).
// Decided before the application object exists, so it looks at the raw arguments.
bool drawsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "verzuimstaat") == 0 || qstrcmp(argv[i], "invulhulp") == 0 ||
            qstrcmp(argv[i], "inzage") == 0 || qstrcmp(argv[i], "bench") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    CoreDumps::forbidForThisProcess();
    // The verzuimstaat and the invulhulp are drawn with QtGui's fonts, which need a QGuiApplication
    // (offscreen: the CLI never shows a window); the other commands stay free of the platform's
    // start-up noise.
    std::unique_ptr<QCoreApplication> application;
    if (drawsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"verzuimdesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERZUIMDESK_VERSION));
    Translations::install(app, Translations::chooseLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    QStringList lines{Cli::tr("Verzuimdesk on the command line: import a school's data and see "
                              "its verzuim signals."),
                      QString(), Cli::tr("Commands:")};
    for (const auto& command : commands)
        lines.append(u"  "_s + command->summary());
    QCommandLineParser parser;
    parser.setApplicationDescription(lines.join(u'\n'));
    parser.addHelpOption();
    parser.addVersionOption();
    addOptions(parser);
    parser.addPositionalArgument(Cli::tr("command"), Cli::tr("What to do; see Commands above."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << Cli::tr("Name a command; see verzuimdesk-cli --help.") << '\n';
        return Failure;
    }
    CliCommand* command = nullptr;
    for (const auto& candidate : commands) {
        if (candidate->name() == arguments.first())
            command = candidate.get();
    }
    if (!command) {
        err << Cli::tr("Unknown command '%1'; see verzuimdesk-cli --help.").arg(arguments.first())
            << '\n';
        return Failure;
    }
    if (!parser.isSet(u"db"_s) && command->databaseUse() != CliCommand::DatabaseUse::None) {
        err << Cli::tr("Name the database with --db PATH.") << '\n';
        return Failure;
    }
    const auto clock = clockFromEnvironment();
    CliContext context{parser, out, err, parser.value(u"db"_s), nullptr, *clock, currentUserName()};
    if (command->databaseUse() == CliCommand::DatabaseUse::PathOnly &&
        Database::isPostgresUrl(context.databasePath)) {
        err << Cli::tr("'%1' works on a SQLite file; a team's PostgreSQL database is backed up "
                       "and restored on its server.")
                   .arg(command->name())
            << '\n';
        return Failure;
    }
    std::unique_ptr<Database> database;
    if (command->databaseUse() == CliCommand::DatabaseUse::Opened ||
        command->databaseUse() == CliCommand::DatabaseUse::OpenedCheckedWhileReading) {
        OpenOptions options{-1, clock.get()};
        options.checkWhileReading =
            command->databaseUse() == CliCommand::DatabaseUse::OpenedCheckedWhileReading;
        auto opened = Database::open(context.databasePath, options);
        if (!opened) {
            err << opened.error() << '\n';
            if (opened.errorKind() == ErrorKind::DamagedDatabase &&
                !Database::isPostgresUrl(context.databasePath))
                err << RestoreCommand::wayBack(context.databasePath) << '\n';
            return Failure;
        }
        database = std::move(opened).value();
        context.openDatabase = database.get();
        context.user = database->userName();
        // The first login on a new team database becomes its beheerder.
        if (Status joined = TeamService(*database, *clock, context.user).join(); !joined) {
            err << joined.error() << '\n';
            return Failure;
        }
    }
    int status = command->run(context);
    if (database && command->databaseUse() == CliCommand::DatabaseUse::OpenedCheckedWhileReading) {
        if (Status intact = database->awaitCheck(); !intact) {
            err << intact.error() << '\n';
            status = Failure;
        }
    }
    if (database && database->isDamaged() && !database->dialect().isPostgres())
        err << RestoreCommand::wayBack(context.databasePath) << '\n';
    return status;
}
