<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AbsenceDayEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceEditService</name>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 min%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record belongs to another leerling or day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; is not in the school&apos;s code table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes or %2 lesuren cannot be right for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 became %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together the records hold %1 minutes, more than a day has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceFormats</name>
    <message>
        <source>absenties per day (exchange format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absentiemeldingen as time ranges (exchange format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eduarte/KRD absentiemeldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somtoday absentiemeldingen (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magister absenties (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AbsenceRepository</name>
    <message>
        <source>Stopped at your request; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>open this leerling&apos;s dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change this leerling&apos;s absence, notes or signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft or change meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit meldingen to DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the school&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export overviews of the whole school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the school&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove leerlingen past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this team database. Ask its beheerder to add you (verzuimdesk-cli gebruiker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, %2 may not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling %1 is outside your scope: you see leerlingen with an open signal or melding, or assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The verzuimstaat was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit [--pgn PGN] [--uit FILE.csv|FILE.xlsx]: the audit trail, shown or exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter on user, action or PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
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
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Making the backup %1 failed: %2</source>
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
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made, to keep the good ones: the database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made, to keep the good ones: its copy of %1 fails the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>bench [--json]: measures import, signals, the GUI&apos;s start and memory on a copy of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzuimdesk is not next to verzuimdesk-cli: the GUI is not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leerlingen, %2 absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <source>Changes by colleagues cannot be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkedSaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>school.json to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacten.csv to import.</source>
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
        <source>The day the signal was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a field of a melding; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s number of a registered melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraws a melding: geen_inschrijving, foutief_opgevoerd or onterecht_opgevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new concept as a copy of the melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the melding&apos;s versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the differences between two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include geoorloofd absence (ziek, verlof, schorsing) in the verzuimstaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the --uit file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The melding&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the melding reaches DUO: loket or m2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate&apos;s passphrase from standard input (one line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what is due in the outbox and fetch DUO&apos;s statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s address for machine-to-machine meldingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s PKIoverheid certificate (PKCS#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for DUO&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.pdf, .xlsx or .csv); for genereer, the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>po, vo or mbo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file (created when missing) or a team&apos;s postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on a SQLite file; a team&apos;s PostgreSQL database is backed up and restored on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member&apos;s PostgreSQL login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beheerder, verzuimcoordinator, verzuimmedewerker or alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the member, or the assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a leerling is kept after the last inschrijving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the purge of the preview, by the number of leerlingen it showed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --kanaal loket: the change to a registered melding is saved in the loket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore, or the first day of a verzuimstaat or of the period an absence export replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of a verzuimstaat or of the period an import replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The absence file to import: absenties.csv, absentiemeldingen.csv or a package&apos;s own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leerlingen.csv or an EDEXML roster to import; for genereer, how many leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of --absenties file, when its content does not tell: uitwissel, absentiemeldingen, eduarte, somtoday or magister; edexml for --leerlingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every signal again instead of reading the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientIdentity</name>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: the passphrase is wrong, or the file is not a PKCS#12 certificate with its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2; DUO will refuse it. Ask for a new PKIoverheid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is valid only from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The DUO certificate expires on %1, in %n day(s). Ask for a new PKIoverheid certificate now: without one, meldingen go through the verzuimloket.</source>
        <translation>
            <numerusform>The DUO certificate expires on %1, in %n day. Ask for a new PKIoverheid certificate now: without one, meldingen go through the verzuimloket.</numerusform>
            <numerusform>The DUO certificate expires on %1, in %n days. Ask for a new PKIoverheid certificate now: without one, meldingen go through the verzuimloket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeTableEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a code added since the last save can be removed: recorded absences refer to the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, row %1: the code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, row %1: code %2 needs a description; it is printed on the verzuimstaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes, row %1: code %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnPresets</name>
    <message>
        <source>Verzuimdesk exchange format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptCommand</name>
    <message>
        <source>concept --pgn PGN --soort SOORT --bereikt-op YYYY-MM-DD [--json]: drafts the melding of a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the signal with --pgn, --soort and --bereikt-op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal is covered by melding %1: no new melding is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>toestemming --pgn PGN ja|nee: whether a leerling of 18+ agrees that the parents&apos; contact data is sent along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write: toestemming --pgn PGN ja (or nee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvertedSpansTable</name>
    <message>
        <source>lesuur %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Day record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: each absentiemelding as the file gives it, with its line number. Right: the day records the school&apos;s lestijden make of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still going on (up to today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lesson minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
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
    <message>
        <source>&apos;%1&apos; is not a time (expected HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is named twice in the header; which one holds the data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a control character; expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as %1 and converted; our own files are UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
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
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not say who is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a database in an existing folder, or create the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk may not write %1: the file or its folder is read-only. Give yourself write permission on both, or copy the database to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved: the database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (while %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server&apos;s CA certificate: sslrootcert=FILE in the address, or Instellingen → Database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this team database. Ask its beheerder to add you (verzuimdesk-cli gebruiker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not say its data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database administrator&apos;s login (with CREATEROLE) can update this team database to schema %1: open it once with that login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <source>Nothing was saved: Verzuimdesk may not write %1, the file or its folder is read-only. Give yourself write permission on both, or copy the database to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding %1 is full. Make room (empty the trash, move large files elsewhere) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: another program is writing %1 right now. Try again in a moment; if it lasts, close the other Verzuimdesk windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged; nothing more is saved into it. Put the newest verified backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached: its folder, drive or server is missing or out of reach. Check that it is there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: the disk or network share gave an error. Check the drive and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk has no permission for this in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 gave an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

There is no verified backup of it. Leave the damaged file as it is and ask for help: it may still hold the school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The newest verified backup was made on %2. Put it in place of this database? The file now in its place is kept next to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>My own file (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s database (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The password will be asked once per session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk opens %1 from the next start on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate, e.g. /etc/ssl/school-ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>dossier --pgn PGN: opens a leerling&apos;s dossier (written in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
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
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierNoteRepository</name>
    <message>
        <source>The note was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierNoteService</name>
    <message>
        <source>Write the note in words; it is empty or too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoAnswer</name>
    <message>
        <source>DUO&apos;s answer cannot be read (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an &lt;antwoord&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown uitkomst &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an accepted melding without meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s answer cannot be read: it is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s answer cannot be read: it holds a document type declaration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoChangeService</name>
    <message>
        <source>The version of melding %1 that DUO has is not in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 has no change to pass on to DUO.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoClient</name>
    <message>
        <source>The CA certificates %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DUO address must start with https://; it is &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO refused the secure connection; is our certificate accepted by DUO? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO closed the connection without answering. If this happens every time, DUO does not accept our certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection with DUO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO reported an error on its side (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO answered (HTTP %1), but: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoConnectionDialog</name>
    <message>
        <source>DUO connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-to-machine submission needs DUO&apos;s onboarding and the school&apos;s PKIoverheid certificate. Leave the address empty to submit through the verzuimloket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DUO address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The passphrase will be asked once per session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuoRegistration</name>
    <message>
        <source>Registered at DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s meldingsnummer of melding %1 (%2), as the loket showed it after saving:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdexmlRoster</name>
    <message>
        <source>expected an EDEXML roster: an &lt;EDEX&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schooljaar such as 2025-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leerling has no bsn or onderwijsnummer, which DUO needs as its pgn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0, 1, 2 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no groep with key %1 in &lt;groepen&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no instroomdatum and no schooljaar to start the inschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inschrijving ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAbsenceDayCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EduarteAbsenceFile</name>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time HHmm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected nine fields separated by &apos;;&apos; as Eduarte writes them, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deelnemernummer (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
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
    <message>
        <source>records without hele_dag and a school without lestijden: whole days cannot be told, so LRV and Doorstroompunt (RMC) are not judged; add the lestijden to school.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absentiemeldingen (time ranges) become lesson minutes through the school&apos;s lestijden: add them to school.json first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps line %1 on %2 with a code of the same kind; line %1 keeps the shared minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records of %1 on %2 add up to %3 minutes, more than the day&apos;s %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lesson minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leerling with leerlingnummer %1 is known; import leerlingen.csv with its leerlingnummer column first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leerlingnummer %1 already belongs to leerling %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somtoday&apos;s vakanties go into a school: import school.json first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export meldingen|signalen|verzuim --uit FILE.xlsx|FILE.csv [--peildatum DATE] [--pgn PGN]: an overview for Excel (verzuim: one leerling&apos;s records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file with --uit FILE.xlsx or --uit FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meldingen, signalen or verzuim --pgn PGN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 exists already; choose another name or allow overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to another file; name the export file itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Give the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response from the gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the change on to DUO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Accept end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the melding&apos;s end date to the run&apos;s last lesdag; a registered melding then has a change to submit to DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass on the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what changed since DUO registered the melding, to type into the verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Melding</source>
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
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GebruikerCommand</name>
    <message>
        <source>gebruiker --naam LOGIN (--rol beheerder|verzuimcoordinator|verzuimmedewerker|alleen-lezen | --verwijderen): adds a member or changes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; choose beheerder, verzuimcoordinator, verzuimmedewerker or alleen-lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GebruikersCommand</name>
    <message>
        <source>gebruikers: the members of a team database and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>genereer --leerlingen N --sector po|vo|mbo [--seed S] --uit DIR: writes a realistic school with a year of attendance up to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leerlingen must be a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sector must be po, vo or mbo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder to write with --uit DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1: %2 leerlingen, %3 contacts, %4 absence records.</source>
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
    <message>
        <source>SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report start and search times for verzuimdesk-cli bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a SQLite file (created when missing) or a team&apos;s postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen to render: signalen, leerlingen, leerling:PGN, meldingen, uitgaand, opvolging, invulhulp:ID, melding:ID, melding:ID:SCREEN, audit or opschonen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsExchange</name>
    <message>
        <source>DUO&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
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
    <message>
        <source>Give the period the absence export covers as --absenties F --van YYYY-MM-DD --tot YYYY-MM-DD (van on or before tot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import [--school F] [--leerlingen F] [--contacten F] [--absenties F [--formaat FORMAT] [--van YYYY-MM-DD --tot YYYY-MM-DD]] [--vrijstellingen F]: reads the school&apos;s files; all or nothing; --van --tot replace that period&apos;s absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence file read as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--formaat edexml names the kind of the --leerlingen file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--formaat names the kind of the --absenties file: %1 (or edexml for the --leerlingen file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerlingen file read as: EDEXML roster (ParnasSys, ESIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School file read as: Somtoday&apos;s vakanties, replacing those of the period they cover.</source>
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
    <message>
        <source>Nothing was imported: an input file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of them may be left empty. Exports from an administration package are fine: their columns are mapped in the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School and calendar (school.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every column Verzuimdesk reads, the column of your file that holds it. A preset fills in an administration package&apos;s usual names; check them against your file. Your choice is remembered for this school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been stored yet. Lines with a problem are marked; fix them in the file and go back to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the import; nothing will be stored until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import %1 leerlingen, %2 contacts, %3 vrijstellingen and %4 absence records (%5 warnings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made first; then everything is stored at once, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 absence records. Signals were recomputed for %5 leerlingen.
Backup made before the import: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDEXML roster (ParnasSys, ESIS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndienenCommand</name>
    <message>
        <source>Give --melding ID and --kanaal loket or --kanaal m2m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number the loket showed after saving: --meldingsnummer N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indienen --melding ID --kanaal loket --meldingsnummer N | --kanaal loket --wijziging-doorgegeven | --kanaal m2m [--wachtwoord-stdin]: records the loket&apos;s meldingsnummer or a change passed on there, or sends the melding to DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1: DUO has the change (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invulhulp</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the leerling by BSN or onderwijsnummer and check the name DUO shows. Look at the open meldingen the loket lists first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN or onderwijsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &quot;niet van toepassing&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per verzuimdag: the whole day, or the number of lesuren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesuur(en)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>4. Acties school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each action the school has taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in a toelichting can be read by the parent or leerling on inzage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything once more and save. DUO then shows the meldingsnummer: enter it in Verzuimdesk (Registered at DUO…), so the melding is followed up and never submitted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verzuimstaat is attached: send it to the leerplichtambtenaar encrypted, as agreed with the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp for the verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 · %2 · PGN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field in the loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s meldingsnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp melding %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp melding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invulhulp could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change these values; &quot;was&quot; is what DUO has now. An empty value: clear the field or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the melding in the verzuimloket by its meldingsnummer and choose Wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change in the loket, then confirm in Verzuimdesk (Change passed on…), so it is not asked for again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp for a change in the verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clear the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvulhulpCommand</name>
    <message>
        <source>invulhulp --melding ID --uit FILE.pdf: the melding screen by screen, as typed into DUO&apos;s verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --melding ID and --uit FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvulhulpDialog</name>
    <message>
        <source>Invulhulp — melding %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the verzuimloket in Mijn DUO and copy each value into the field of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies &quot;%1&quot; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invulhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invulhulp-melding-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invulhulp could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp for a change — melding %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passed on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(clear the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the verzuimloket saved the change to melding %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage: %1 (PGN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startkwalificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inschrijvingen</source>
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
        <source>Vrijstellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what with this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the inzage file .pdf or .json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inzage could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Verzuimdesk stores about this leerling, made on %1 by %2. Personal work notes of staff and contact details the school keeps secret are not part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaten sent along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With authorised absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions to DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to send the ouders&apos; contact details along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InzageCommand</name>
    <message>
        <source>inzage --pgn PGN --uit FILE.pdf|FILE.json: everything stored about one leerling, without personal work notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InzageService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonItemReader</name>
    <message>
        <source>expected text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time as the package writes it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KoppelingCommand</name>
    <message>
        <source>koppeling [--adres URL --certificaat FILE.p12 [--ca FILE.pem] [--wachttijd S]] [--wachtwoord-stdin]: the machine-to-machine connection with DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --adres https://… and --certificaat FILE.p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wachttijd is between 1 and %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase with --wachtwoord-stdin each time instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection with DUO: meldingen are submitted through the verzuimloket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeerlingDetail</name>
    <message>
        <source>The leerling (18+) agrees that these contacts are sent along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This schooljaar&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling %1 cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — secret: never sent along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, reached %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1: %2, %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Signals, meldingen and notes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals and meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Notes in the dossier can be read by the parent or the leerling on inzage. Write facts, not opinions. A personal work note stays out of the inzage export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal work note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — personal work note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export absence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about this leerling, for an inzage request (PDF or JSON); personal work notes are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inzage %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inzage was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · leerlingnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;PGN %2%3 · born %4 · class %5 · %6 · enrolled %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeerlingTableModel</name>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerlingnummer</source>
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
    <name>LeerlingenPage</name>
    <message>
        <source>&lt;h2&gt;Leerlingen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaten for the selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leerlingen first (Ctrl or Shift and click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, PGN, leerlingnummer or class; % matches anything (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lestijden</name>
    <message>
        <source>expected a lesuur number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson %1 starts before lesson %2 ends: give the lessons in order, without overlap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LestijdenEditor</name>
    <message>
        <source>Lesuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lestijden turn absentiemeldingen from the packages into lesson minutes and lesuren, and tell when a leerling missed a whole day. A break is the time between two lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard lesdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lessons of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lestijden yet: absentiemeldingen cannot be imported, and a whole day is only known where the file says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from %1 to %2, %3 hours of lessons</source>
        <translation>
            <numerusform>%n lesson from %1 to %2, %3 hours of lessons</numerusform>
            <numerusform>%n lessons from %1 to %2, %3 hours of lessons</numerusform>
        </translation>
    </message>
    <message>
        <source>; no breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; breaks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lestijden, %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the times as HH:MM, such as 08:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lestijden: give the lessons of the standard lesdag too; the weekdays without lessons of their own follow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MagisterAbsenceFile</name>
    <message>
        <source>the lesson ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Magister&apos;s absenties: an object with &quot;Items&quot;, or an array of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magister&apos;s absenties do not name their leerling: add the leerling&apos;s &quot;Stamnummer&quot; beside &quot;Items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new signal(s) since your previous start.</source>
        <translation>
            <numerusform>%n new signal since your previous start.</numerusform>
            <numerusform>%n new signals since your previous start.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk speaks the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backup should replace the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk closes, puts %1 in place of the database and starts again. Everything recorded after that backup is then no longer in the database (the current file is kept beside it). Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Verzuimdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdesk %1
Verzuim signals and meldingen for schools.
Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DUO connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove leerlingen past the retention period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingActions</name>
    <message>
        <source>letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telephone contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact with parent(s)/carer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed time made up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care advisory team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation with a supporting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other, namely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingCommand</name>
    <message>
        <source>melding ID [--json] [--zet veld=waarde]… [--status S] [--meldingsnummer N] [--intrekken REDEN] [--kopie] [--versies] [--verschil A,B]: shows and changes one melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the melding by its number: melding ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a change as --zet veld=waarde, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a melding status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw with geen_inschrijving, foutief_opgevoerd or onterecht_opgevoerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two existing versions, e.g. --verschil 1,2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingDrafter</name>
    <message>
        <source>%1 is never reported to DUO: sick leave is authorised absence. Follow the school&apos;s care route instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reported to DUO: it asks for the school&apos;s own action (a letter to the ouders, a gesprek), recorded in the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingEditor</name>
    <message>
        <source>Complete: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in a toelichting can be read by the parent or leerling on inzage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact persons sent along&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions the school has taken&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 to %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n error)</numerusform>
            <numerusform>%1 (%n errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 — %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered at DUO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the municipality&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a repeat melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the melding withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the verzuimstaat of this melding&apos;s period (geoorloofd absence left out) and keeps it with the melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp for the loket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lesuur(s)</source>
        <translation>
            <numerusform>%1: %n lesuur</numerusform>
            <numerusform>%1: %n lesuren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeldingFields</name>
    <message>
        <source>&apos;%1&apos; is not ja or nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected kind of absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of 16UUR, 16UUR_18PLUS, LRV, RMC_18PLUS, OVERIG, LUXE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no contact person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absence period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all lessons missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation of the absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation of action wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle with priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijsaanbiedercode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijslocatiecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onderwijslocatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school contact: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school contact: function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school contact: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school contact: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone of the leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail of the leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different address: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different address: house number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different address: postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different address: place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other action, namely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation of actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzuimstaat attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler at the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback of the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n lesuur(s)</source>
        <translation>
            <numerusform>%1 %n lesuur</numerusform>
            <numerusform>%1 %n lesuren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeldingPrinter</name>
    <message>
        <source>Melding %1 (version %2) for %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ERROR %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Completeness: %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingRepository</name>
    <message>
        <source>The new melding was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 was changed by someone else in the meantime (you started from version %2). Open it again to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingService</name>
    <message>
        <source>Leerling %1 has no signal %2 reached on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed while the melding is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A melding that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The melding is not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter DUO&apos;s meldingsnummer to record the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a melding that is Registered or In progress can be withdrawn; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Geen inschrijving&apos; is only possible for meldingen that start on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A melding can be withdrawn as wrongly entered up to one year back; this one started on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meldingsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a melding is submitted is recorded by the outbox; use Submit (or enter DUO&apos;s meldingsnummer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1 from the verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal&apos;s whole period is already covered by melding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by melding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is registered at DUO and has no change to pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not changed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingTableModel</name>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingValidator</name>
    <message>
        <source>The start of the absence period is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end date is required for a 16-hour melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only for leerlingen under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only for leerlingen of 18 or older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspected reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why no action is wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langdurig relatief verzuim is always handled with priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one action the school has taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the other action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren cannot be given when all lessons were missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1 has no phone number or e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 contact persons can be sent along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s contact person is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of the school&apos;s contact person is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period overlaps melding %1 (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parent or carer is sent along; the leerplichtambtenaar cannot reach the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s contact person has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The function of the school&apos;s contact person is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspected reason does not answer the question; describe what the school thinks is going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason seems to mention health, religion or justice. Use one of DUO&apos;s standard texts instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leslocatie is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verzuimstaat is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat melding comes within 7 days of the previous one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the 5th 16-hour melding in a row; report langdurig relatief verzuim instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This explanation seems to mention health, religion or justice; the leerling and the ouders can read it on an inzage request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1 is marked confidential and can never be sent along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a parent of a leerling of 18 or older who has not consented: the contact cannot be sent along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimdag %1 has neither the whole day nor a number of lesuren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingenCommand</name>
    <message>
        <source>meldingen [--json]: every melding with leerling, DUO number, status and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
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
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingenPage</name>
    <message>
        <source>&lt;h2&gt;Meldingen&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every melding, whatever its status, as an Excel workbook or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meldingen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpschonenCommand</name>
    <message>
        <source>--bewaartermijn takes a number of years.</source>
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
        <source>Last enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opschonen [--bewaartermijn YEARS] [--bevestig COUNT [--uit REPORT.csv]]: shows which leerlingen are past the retention period; removes them when --bevestig repeats the preview&apos;s count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) whose inschrijving ended before %1. Nothing was removed; repeat with --bevestig %n to remove them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview now holds %n leerling(en), not %1. Nothing was removed; look at the preview again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists; choose another file or add --overschrijven. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpvolgingCommand</name>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>opvolging [--peildatum YYYY-MM-DD] [--json]: the follow-up tasks of the meldingen (end date to give, open without end date, no response, a change to pass on to DUO); accept an end date with melding ID --zet einddatum=YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Ready: in the outbox for the %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 may already be at DUO (%2); it cannot go back to draft until that is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft before it was sent: taken out of the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by DUO as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Invulhulp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit through the loket instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to DUO now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch statuses from DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Outbox&lt;/h2&gt;Meldingen that are ready wait here until DUO has registered them. None is ever submitted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the selected melding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invulhulp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no machine-to-machine connection with DUO (DUO&apos;s onboarding and a PKIoverheid certificate are needed). Submit through the verzuimloket with the invulhulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the certificate %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to DUO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO rejected melding %1; its reasons are shown in the melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n melding(en) changed at DUO.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send machine-to-machine instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send melding %1 machine-to-machine? Only when it has not been typed into the verzuimloket: DUO would then have it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTables</name>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
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
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
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
    <name>PostgresAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address; write postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name &apos;%1&apos; may hold only lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parameter &apos;%2&apos; is unknown; an address takes schema and libpq&apos;s ssl parameters (sslmode, sslrootcert, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sslmode &apos;%2&apos; does not exist; write one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value of %2 may not hold ; &apos; or \.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Bulk loading needs PostgreSQL through libpq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the rows failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending COPY failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these leerlingen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove leerlingen past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The school keeps a leerling&apos;s data for %n year(s) after the last inschrijving ended. These leerlingen left before %1; nothing is removed until you confirm.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n leerling(en) with their absence, meldingen and notes for good? A backup is made first, and the audit trail records that a purge happened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report of what was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeLedger</name>
    <message>
        <source>The record of purges %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of purges %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of purges %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Name the backup with --van FILE; see the command reservekopieen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been restored from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no verified backup of %1. Leave the damaged file as it is and ask for help: it may still hold the school&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest verified backup is %1, made on %2. Put it back with:
  verzuimdesk-cli --db %3 herstel --van %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>herstel --van BACKUP: puts a backup in place of the database and removes again the leerlingen purged since; the replaced file is kept beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place, but the leerlingen purged since it was made could not be removed again: %1. Open the database and remove them (Administration → Remove leerlingen past the retention period…, or verzuimdesk-cli opschonen) before anyone works with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) whom a purge after the backup had removed were removed again; the audit trail records it.</source>
        <translation>
            <numerusform>%n leerling whom a purge after the backup had removed was removed again; the audit trail records it.</numerusform>
            <numerusform>%n leerlingen whom a purge after the backup had removed were removed again; the audit trail records it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>Counting %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Removed</source>
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
        <source>Last enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is between 2 and 100 years; %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the school first; the retention period is one of its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: the leerlingen to remove changed since the preview. Look at the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leerlingen to remove changed since the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leerlingen were removed, but a backup put in place later would bring them back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolBenchmark</name>
    <message>
        <source>The GUI did not report its figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing every absence record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing every signal from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing every signal in the engine alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading leerlingen and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signals, engine alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing 16UUR alone with a SQL window query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16UUR alone as a SQL window query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine (eight kinds) faster than SQL (one kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing one leerling after a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing one verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One verzuimstaat as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the GUI offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI start to a filled signal screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering the leerlingen list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory, GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the same absence as time ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time ranges left out: the school has no lestijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signal current after one leerling&apos;s new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After one leerling&apos;s new record %1 leerlingen were computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signals, computed from the database and stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All signals, read from the stored signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the stored signals computed %1 leerlingen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running signalen --json as a whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalen --json, whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalen --json (eight kinds) faster than SQL (one kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalen --json --herbereken, whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the last week again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing the last week (%n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every signal current after that week&apos;s import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not end within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not succeed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalen --json did not write a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --absenties, whole process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory, import --absenties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory, signalen --json --herbereken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import --absenties of time ranges, whole process, in day records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory, import of time ranges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolChanges</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons of the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vakanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per lesuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lestijden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lestijden on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolChangesBox</name>
    <message>
        <source>school.json changes the school&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace these settings with the ones in school.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file (added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings made in Instellingen are replaced by the file&apos;s. Go back and leave school.json out to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolGenerator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: no files were written.</source>
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
    <message>
        <source>a contact person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given twice; only one value can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not standaard or ma, di, wo, do, vr; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lessons of a standard lesdag are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected times as HH:MM in van and tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a lesuur number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolService</name>
    <message>
        <source>The school&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instellingscode is two digits and two capital letters, like 12AB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesuur of %1 minutes cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every vakantie needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have a first and last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lateness levels must be rising numbers, like 3, 6, 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contactpersoon needs a name and a telephone number: the leerplichtambtenaar must be able to call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <source>%1, row %2: &apos;%3&apos; is not a date (DD-MM-YYYY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijsaanbiedercode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijslocatiecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness counts towards the 16 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report 16 hours for leerlingen of 18 and older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — set up your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the official dates for the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vakanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrije dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your school&apos;s details. The region&apos;s vakanties are filled in already; check them, add your vrije dagen and a contactpersoon the leerplichtambtenaar can call. Then import your leerlingen and absences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary (po)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary (vo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational (mbo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preventive signal from (hours in 4 lesweken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous absence: present days tolerated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness levels (times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official dates for region %1 are filled in; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bundled for %1/%2, fill these in yourself: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lateness levels: &apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorstroompunt (RMC) signal after (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lestijden</source>
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
    <message>
        <source>Doorstroompunt (RMC), 18+</source>
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
    <message>
        <source>Status</source>
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
    <message>
        <source>signalen --peildatum YYYY-MM-DD [--json] [--herbereken]: the signals reached on or before the peildatum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the drafted melding of the selected signal (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signals&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) for %1 leerlingen on %2.</source>
        <translation>
            <numerusform>%n signal for %1 leerlingen on %2.</numerusform>
            <numerusform>%n signals for %1 leerlingen on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%n overdue.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n overdue.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n overdue.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this signal not reported? The reason is kept with the signal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new signal(s)&lt;/b&gt; since your previous start on %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n new signal&lt;/b&gt; since your previous start on %1.</numerusform>
            <numerusform>&lt;b&gt;%n new signals&lt;/b&gt; since your previous start on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signal up to today, as an Excel workbook or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signals %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This signal is covered by melding %1; no new melding is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LRV and Doorstroompunt (RMC) are not judged:&lt;/b&gt; the absences carry no hele_dag and the school has no lestijden to tell a whole day. Fill in the lestijden under Settings → Lestijden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SomtodayAbsenceFile</name>
    <message>
        <source>expected Somtoday&apos;s list of absentiemeldingen: an object with &quot;items&quot; or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SomtodayVakantiesFile</name>
    <message>
        <source>expected Somtoday&apos;s list of vakanties: an object with &quot;items&quot; or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vakantie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vakantie ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no vakanties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFileCheck</name>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes). To start a new school instead, remove the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the file is cut short (%n byte(s))</source>
        <translation>
            <numerusform>the file is cut short (%n byte)</numerusform>
            <numerusform>the file is cut short (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>its first page is not that of a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Verzuimdesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Verzuimdesk (schema %2; this program knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite finds pages or indexes in it that do not add up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionChannel</name>
    <message>
        <source>verzuimloket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-to-machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>The melding was not put in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionService</name>
    <message>
        <source>Melding %1 is not in the outbox: mark it as ready first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 may already have reached DUO (%2); the channel can only change while it is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is being sent by another session (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: asking DUO what it received, then sending if nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of melding %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO had received it already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s answer to the question what it received was unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUO&apos;s answer to the melding was unexpected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer arrived after the outcome was recorded elsewhere; it was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer to attempt %1, machine-to-machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rejected by DUO: %n reason(s); the melding is a draft again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not received by DUO: %1 Next attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: %1 DUO will be asked before it is sent again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session that was sending it ended before DUO&apos;s answer was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted while sending; DUO will be asked before it is sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is waiting to be submitted through the verzuimloket; choose the machine-to-machine channel for it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is already registered by DUO as %2; it is not sent again. A change to it goes through the verzuimloket: its invulhulp lists what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>No passphrase for the certificate %1 %2. Give it with --wachtwoord-stdin, or keep it in the keychain with &apos;koppeling --wachtwoord-stdin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection with DUO; set one with &apos;koppeling --adres URL --certificaat FILE.p12&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1 was rejected by DUO; it is a draft again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1: %2. %3 Next attempt: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: an export ends in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>Name %1 with --%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>User %1 has an unknown role &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>Users and roles belong to a team database on PostgreSQL; a SQLite file has one user, who is its beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL login name Verzuimdesk accepts: lower-case letters, digits, _, . and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take your own beheerder role away; another beheerder can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself; another beheerder can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of this team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to change the rights of %1 (does the login exist? Your IT department creates logins): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>save it as UTF-8: in Excel &quot;Save as&quot; → &quot;CSV UTF-8 (comma delimited)&quot;, in a text editor the encoding UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-32, which is not read; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts as UTF-16 but is not valid UTF-16; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte-order mark; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 (byte 0x%1); %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToewijzenCommand</name>
    <message>
        <source>toewijzen --pgn PGN --naam LOGIN [--verwijderen]: puts a leerling in a verzuimmedewerker&apos;s scope, or takes them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UitgaandCommand</name>
    <message>
        <source>uitgaand [--json] [--verwerken [--wachtwoord-stdin]]: the outbox; --verwerken sends what is due and fetches DUO&apos;s statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding %1: new status from DUO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerzuimstaatCommand</name>
    <message>
        <source>verzuimstaat --pgn PGN --van YYYY-MM-DD --tot YYYY-MM-DD --uit FILE.pdf [--met-geoorloofd]: the printable statement of one leerling (several --pgn: one PDF with all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --pgn PGN, --van YYYY-MM-DD, --tot YYYY-MM-DD and --uit FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerzuimstaatDialog</name>
    <message>
        <source>Include geoorloofd absence (ziek, verlof, schorsing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF with every verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF per leerling, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verzuimstaten for %n leerlingen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending geoorloofd absence without need is a data leak under the AVG. Include it only when the leerplichtambtenaar asks for it; the statement will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the verzuimstaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzuimstaat.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the verzuimstaten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerzuimstaatPages</name>
    <message>
        <source>Verzuimstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class / opleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not (yet) registered at DUO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meldingsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geoorloofd verzuim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;included at the school&apos;s explicit request&lt;/b&gt; (ziek, verlof, schorsing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included (ziek, verlof and schorsing are left out by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded absence per lesdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No absence recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted verzuim in the period: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per lesweek, with the 16-hour count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 16-hour count is the counted verzuim in the 4 lesweken ending with that week (art. 21a Leerplichtwet); it is reached at %1 %2. Weeks without counted verzuim in their 4 lesweken are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 lesweken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 hours reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the verzuimcoördinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzuimstaat %1 · PGN %2 · %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerzuimstaatService</name>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school in this database yet; import school.json first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verzuimstaat could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verzuimstaten could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verzuimstaat of %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n verzuimstaat(en); those are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verzuimstaat cannot be attached to a melding that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChartWidget</name>
    <message>
        <source>Lesuren per lesweek (dark) and over 4 lesweken (light); the line is the 16 of the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per lesweek (dark) and over 4 lesweken (light); the line is the 16 of the law</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawalReason</name>
    <message>
        <source>the leerling is not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered incorrectly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered without cause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearCalendarWidget</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorised absent</source>
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
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lesdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
