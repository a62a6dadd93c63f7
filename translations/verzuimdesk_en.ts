<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsenceKind</name>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>luxury absence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListCommand</name>
    <message>
        <source>reservekopieen: lists the database&apos;s backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n backup in %1.</numerusform>
            <numerusform>%n backups in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Making the backup %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made of SQLite databases only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the backup %1 failed: it cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database: a SQLite file, created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school.json to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leerlingen.csv to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacten.csv to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absenties.csv to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrijstellingen.csv to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the signals are computed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk on the command line: import a school&apos;s data and see its verzuim signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see Commands above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command; see verzuimdesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see verzuimdesk-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leerling&apos;s PGN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s soort, e.g. 16UUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s begindatum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level of a TE_LAAT signal (3, 6, 9, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuw, in_behandeling, gemeld or niet_melden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a signal is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Verzuimdesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Verzuimdesk (schema %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1 while %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The latest backup was made on %2. Put it in place of the damaged database? The damaged file is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leerling with PGN %1 is known; import leerlingen.csv first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leerling %1 is already listed on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not M, V or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inschrijving ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inschrijving starts before the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a phone number or an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vrijstelling ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no school is known yet; import school.json first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &apos;%1&apos; is not in the school&apos;s code table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes is more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lesdag; the record is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the inschrijving; the record is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside a vrijstelling; the record is not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Verzuimdesk: verzuim signals and meldingen for schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file, created when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo school (filled on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import [--school F] [--leerlingen F] [--contacten F] [--absenties F] [--vrijstellingen F]: reads the school&apos;s files; all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to import, e.g. --absenties absenties.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>School and calendar imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 absence records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeerlingenCommand</name>
    <message>
        <source>leerlingen [--json]: lists the imported leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en).</source>
        <translation>
            <numerusform>%n leerling.</numerusform>
            <numerusform>%n leerlingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h2&gt;Signals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) for %1 leerlingen on %2.</source>
        <translation>
            <numerusform>%n signal for %1 leerlingen on %2.</numerusform>
            <numerusform>%n signals for %1 leerlingen on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pgn</name>
    <message>
        <source>a PGN has exactly 9 digits, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a valid BSN (11-proef) nor a valid onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>herstel --van BACKUP: puts a backup in place of the database; the replaced file is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup with --van FILE; see the command reservekopieen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolJsonReader</name>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a school name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instellingscode is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not po, vo or mbo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not noord, midden or zuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vakantie ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of afwezig, te_laat, ziek, verlof, schorsing, luxe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected rising whole numbers above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaalCommand</name>
    <message>
        <source>signaal --pgn PGN --soort SOORT --begindatum YYYY-MM-DD [--niveau N] --status STATUS [--reden TEXT]: records what was done with a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signal with --pgn, --soort and --begindatum, and the new --status (nieuw, in_behandeling, gemeld or niet_melden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal %1 of %2 is now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalKind</name>
    <message>
        <source>16 hours in 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 hours in 4 weeks (18+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term relative absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMC absence (18+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Luxury absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worrying sick leave (M@ZL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalStatus</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not to be reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalWorkService</name>
    <message>
        <source>There is no signal %1 for %2 starting %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason why this signal is not reported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalenCommand</name>
    <message>
        <source>signalen --peildatum YYYY-MM-DD [--json]: the signals reached on or before the peildatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) on %1.</source>
        <translation>
            <numerusform>%n signal on %1.</numerusform>
            <numerusform>%n signals on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
