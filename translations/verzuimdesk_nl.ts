<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsenceDayEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation>Lesuren</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Add record</source>
        <translation>Regel toevoegen</translation>
    </message>
    <message>
        <source>Remove record</source>
        <translation>Regel verwijderen</translation>
    </message>
</context>
<context>
    <name>AbsenceEditService</name>
    <message>
        <source>nothing recorded</source>
        <translation>niets geregistreerd</translation>
    </message>
    <message>
        <source>%1 %2 min%3</source>
        <translation>%1 %2 min%3</translation>
    </message>
    <message>
        <source>, whole day</source>
        <translation>, hele dag</translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
    <message>
        <source>No school has been imported yet.</source>
        <translation>Er is nog geen school geïmporteerd.</translation>
    </message>
    <message>
        <source>A record belongs to another leerling or day.</source>
        <translation>Een registratie hoort bij een andere leerling of dag.</translation>
    </message>
    <message>
        <source>Code &apos;%1&apos; is not in the school&apos;s code table.</source>
        <translation>Code &apos;%1&apos; staat niet in de codetabel van de school.</translation>
    </message>
    <message>
        <source>%1 minutes or %2 lesuren cannot be right for one day.</source>
        <translation>%1 minuten of %2 lesuren kan niet kloppen voor één dag.</translation>
    </message>
    <message>
        <source>%1: %2 became %3</source>
        <translation>%1: %2 werd %3</translation>
    </message>
    <message>
        <source>Together the records hold %1 minutes, more than a day has.</source>
        <translation>Samen hebben de regels %1 minuten, meer dan een dag heeft.</translation>
    </message>
</context>
<context>
    <name>AbsenceFormats</name>
    <message>
        <source>absenties per day (exchange format)</source>
        <translation>absenties per dag (uitwisselformaat)</translation>
    </message>
    <message>
        <source>absentiemeldingen as time ranges (exchange format)</source>
        <translation>absentiemeldingen als tijdvakken (uitwisselformaat)</translation>
    </message>
    <message>
        <source>Eduarte/KRD absentiemeldingen</source>
        <translation>absentiemeldingen uit Eduarte/KRD</translation>
    </message>
    <message>
        <source>Somtoday absentiemeldingen (JSON)</source>
        <translation>absentiemeldingen uit Somtoday (JSON)</translation>
    </message>
    <message>
        <source>Magister absenties (JSON)</source>
        <translation>Magister-absenties (JSON)</translation>
    </message>
</context>
<context>
    <name>AbsenceKind</name>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>verlof</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>schorsing</translation>
    </message>
    <message>
        <source>luxury absence</source>
        <translation>luxeverzuim</translation>
    </message>
</context>
<context>
    <name>AbsenceRepository</name>
    <message>
        <source>Stopped at your request; nothing was stored.</source>
        <translation>Gestopt op uw verzoek; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>open this leerling&apos;s dossier</source>
        <translation>het dossier van deze leerling openen</translation>
    </message>
    <message>
        <source>change this leerling&apos;s absence, notes or signals</source>
        <translation>de absenties, notities of signalen van deze leerling wijzigen</translation>
    </message>
    <message>
        <source>draft or change meldingen</source>
        <translation>meldingen opstellen of wijzigen</translation>
    </message>
    <message>
        <source>submit meldingen to DUO</source>
        <translation>meldingen bij DUO indienen</translation>
    </message>
    <message>
        <source>import the school&apos;s files</source>
        <translation>de bestanden van de school importeren</translation>
    </message>
    <message>
        <source>export overviews of the whole school</source>
        <translation>overzichten van de hele school exporteren</translation>
    </message>
    <message>
        <source>change the school&apos;s settings</source>
        <translation>de instellingen van de school wijzigen</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>remove leerlingen past the retention period</source>
        <translation>leerlingen verwijderen van wie de bewaartermijn verstreken is</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>het auditlogboek inzien</translation>
    </message>
    <message>
        <source>%1 is not a member of this team database. Ask its beheerder to add you (verzuimdesk-cli gebruiker).</source>
        <translation>%1 is geen gebruiker van deze teamdatabase. Vraag de beheerder u toe te voegen (verzuimdesk-cli gebruiker).</translation>
    </message>
    <message>
        <source>As %1, %2 may not %3.</source>
        <translation>Als %1 mag %2 niet: %3.</translation>
    </message>
    <message>
        <source>Leerling %1 is outside your scope: you see leerlingen with an open signal or melding, or assigned to you.</source>
        <translation>Leerling %1 valt buiten uw werkterrein: u ziet leerlingen met een open signaal of melding, of die aan u zijn toegewezen.</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The verzuimstaat was not stored.</source>
        <translation>De verzuimstaat is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit [--pgn PGN] [--uit FILE.csv|FILE.xlsx]: the audit trail, shown or exported</source>
        <translation>audit [--pgn PGN] [--uit BESTAND.csv|BESTAND.xlsx]: het auditlogboek, getoond of geëxporteerd</translation>
    </message>
    <message>
        <source>Audit trail written to %1.</source>
        <translation>Auditlogboek geschreven naar %1.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>Filter on user, action or PGN</source>
        <translation>Filter op gebruiker, actie of PGN</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>auditlogboek</translation>
    </message>
    <message>
        <source>The audit trail was exported to %1.</source>
        <translation>Het auditlogboek is geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Audit trail</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupListCommand</name>
    <message>
        <source>reservekopieen: lists the database&apos;s backups, newest first</source>
        <translation>reservekopieen: toont de reservekopieën van de database, nieuwste eerst</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1.</source>
        <translation>
            <numerusform>%n reservekopie in %1.</numerusform>
            <numerusform>%n reservekopieën in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>BackupStore</name>
    <message>
        <source>Making the backup %1 failed: %2</source>
        <translation>Het maken van reservekopie %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Backups are made of SQLite databases only.</source>
        <translation>Reservekopieën worden alleen van SQLite-databases gemaakt.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Kan de map voor reservekopieën %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Making the backup %1 failed: it cannot be renamed.</source>
        <translation>Het maken van reservekopie %1 is mislukt: de naam kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>De reservekopie %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot copy %1 next to %2.</source>
        <translation>Kan %1 niet naast %2 kopiëren.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>Kan %1 niet opzijzetten.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place as %1.</source>
        <translation>Kan de reservekopie niet als %1 terugzetten.</translation>
    </message>
    <message>
        <source>Cannot create the backup %1: %2</source>
        <translation>Kan de reservekopie %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>%1 is not restored: %2</source>
        <translation>%1 is niet teruggezet: %2</translation>
    </message>
    <message>
        <source>No backup was made, to keep the good ones: the database %1 is damaged.</source>
        <translation>Er is geen reservekopie gemaakt, zodat de goede bewaard blijven: de database %1 is beschadigd.</translation>
    </message>
    <message>
        <source>No backup was made, to keep the good ones: its copy of %1 fails the integrity check.</source>
        <translation>Er is geen reservekopie gemaakt, zodat de goede bewaard blijven: de kopie van %1 doorstaat de integriteitscontrole niet.</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>bench [--json]: measures import, signals, the GUI&apos;s start and memory on a copy of the database</source>
        <translation>bench [--json]: meet import, signalen, de start van het programma en het geheugen op een kopie van de database</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Kan geen tijdelijke map maken: %1</translation>
    </message>
    <message>
        <source>verzuimdesk is not next to verzuimdesk-cli: the GUI is not measured.</source>
        <translation>verzuimdesk staat niet naast verzuimdesk-cli: het programmavenster wordt niet gemeten.</translation>
    </message>
    <message>
        <source>%1 leerlingen, %2 absence records</source>
        <translation>%1 leerlingen, %2 absentieregistraties</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <source>Changes by colleagues cannot be followed: %1</source>
        <translation>Wijzigingen van collega&apos;s zijn niet te volgen: %1</translation>
    </message>
</context>
<context>
    <name>ChunkedSaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>school.json to import.</source>
        <translation>Te importeren school.json.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>contacten.csv to import.</source>
        <translation>Te importeren contacten.csv.</translation>
    </message>
    <message>
        <source>vrijstellingen.csv to import.</source>
        <translation>Te importeren vrijstellingen.csv.</translation>
    </message>
    <message>
        <source>The date the signals are computed for.</source>
        <translation>De datum waarop de signalen worden berekend.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON tonen in plaats van een tabel.</translation>
    </message>
    <message>
        <source>Verzuimdesk on the command line: import a school&apos;s data and see its verzuim signals.</source>
        <translation>Verzuimdesk op de opdrachtregel: importeer de gegevens van een school en bekijk de verzuimsignalen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>What to do; see Commands above.</source>
        <translation>Wat er moet gebeuren; zie Opdrachten hierboven.</translation>
    </message>
    <message>
        <source>Name a command; see verzuimdesk-cli --help.</source>
        <translation>Geef een opdracht; zie verzuimdesk-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; see verzuimdesk-cli --help.</source>
        <translation>Onbekende opdracht &apos;%1&apos;; zie verzuimdesk-cli --help.</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>Geef de database op met --db PAD.</translation>
    </message>
    <message>
        <source>The leerling&apos;s PGN.</source>
        <translation>Het PGN van de leerling.</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>The signal&apos;s soort, e.g. 16UUR.</source>
        <translation>De soort van het signaal, bijvoorbeeld 16UUR.</translation>
    </message>
    <message>
        <source>SOORT</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>The signal&apos;s begindatum.</source>
        <translation>De begindatum van het signaal.</translation>
    </message>
    <message>
        <source>The level of a TE_LAAT signal (3, 6, 9, …).</source>
        <translation>Het niveau van een TE_LAAT-signaal (3, 6, 9, …).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>nieuw, in_behandeling, gemeld or niet_melden.</source>
        <translation>nieuw, in_behandeling, gemeld of niet_melden.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Why a signal is not reported.</source>
        <translation>Waarom een signaal niet wordt gemeld.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <source>The day the signal was reached.</source>
        <translation>De dag waarop het signaal werd bereikt.</translation>
    </message>
    <message>
        <source>Sets a field of a melding; may be repeated.</source>
        <translation>Zet een veld van een melding; mag vaker worden gebruikt.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>VELD=WAARDE</translation>
    </message>
    <message>
        <source>DUO&apos;s number of a registered melding.</source>
        <translation>Het meldingsnummer van DUO van een geregistreerde melding.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Withdraws a melding: geen_inschrijving, foutief_opgevoerd or onterecht_opgevoerd.</source>
        <translation>Trekt een melding in: geen_inschrijving, foutief_opgevoerd of onterecht_opgevoerd.</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REDEN</translation>
    </message>
    <message>
        <source>Starts a new concept as a copy of the melding.</source>
        <translation>Begint een nieuw concept als kopie van de melding.</translation>
    </message>
    <message>
        <source>Lists the melding&apos;s versions.</source>
        <translation>Toont de versies van de melding.</translation>
    </message>
    <message>
        <source>Shows the differences between two versions.</source>
        <translation>Toont de verschillen tussen twee versies.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>FILE|YYYY-MM-DD</source>
        <translation>BESTAND|JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Include geoorloofd absence (ziek, verlof, schorsing) in the verzuimstaat.</source>
        <translation>Geoorloofd verzuim (ziek, verlof, schorsing) opnemen in de verzuimstaat.</translation>
    </message>
    <message>
        <source>Replace the --uit file if it exists.</source>
        <translation>Het --uit-bestand vervangen als het al bestaat.</translation>
    </message>
    <message>
        <source>The melding&apos;s id.</source>
        <translation>Het nummer (id) van de melding.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>How the melding reaches DUO: loket or m2m.</source>
        <translation>Hoe de melding DUO bereikt: loket of m2m.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAAL</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s passphrase from standard input (one line).</source>
        <translation>Lees het wachtwoord van het certificaat van standaardinvoer (één regel).</translation>
    </message>
    <message>
        <source>Send what is due in the outbox and fetch DUO&apos;s statuses.</source>
        <translation>Verstuur wat klaarstaat in de uitgaande meldingen en haal de statussen bij DUO op.</translation>
    </message>
    <message>
        <source>DUO&apos;s address for machine-to-machine meldingen.</source>
        <translation>Het adres van DUO voor machine-naar-machinemeldingen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The school&apos;s PKIoverheid certificate (PKCS#12).</source>
        <translation>Het PKIoverheid-certificaat van de school (PKCS#12).</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Extra vertrouwde CA-certificaten (PEM).</translation>
    </message>
    <message>
        <source>How long to wait for DUO&apos;s answer.</source>
        <translation>Hoe lang op het antwoord van DUO gewacht wordt.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <source>FILE|N</source>
        <translation>BESTAND|N</translation>
    </message>
    <message>
        <source>The file to write (.pdf, .xlsx or .csv); for genereer, the folder.</source>
        <translation>Het bestand om te schrijven (.pdf, .xlsx of .csv); bij genereer: de map.</translation>
    </message>
    <message>
        <source>FILE|DIR</source>
        <translation>BESTAND|MAP</translation>
    </message>
    <message>
        <source>po, vo or mbo.</source>
        <translation>po, vo of mbo.</translation>
    </message>
    <message>
        <source>SECTOR</source>
        <translation>SECTOR</translation>
    </message>
    <message>
        <source>The same seed gives the same school.</source>
        <translation>Hetzelfde startgetal geeft dezelfde school.</translation>
    </message>
    <message>
        <source>The database: a SQLite file (created when missing) or a team&apos;s postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation>De database: een SQLite-bestand (aangemaakt als het ontbreekt) of de PostgreSQL-database van een team: postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE[?schema=NAAM].</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PAD|URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on a SQLite file; a team&apos;s PostgreSQL database is backed up and restored on its server.</source>
        <translation>&apos;%1&apos; werkt op een SQLite-bestand; van de PostgreSQL-database van een team worden reservekopieën gemaakt en teruggezet op de server zelf.</translation>
    </message>
    <message>
        <source>A team member&apos;s PostgreSQL login.</source>
        <translation>De PostgreSQL-login van een teamlid.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>beheerder, verzuimcoordinator, verzuimmedewerker or alleen-lezen.</source>
        <translation>beheerder, verzuimcoordinator, verzuimmedewerker of alleen-lezen.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>Removes the member, or the assignment.</source>
        <translation>Verwijdert het teamlid, of de toewijzing.</translation>
    </message>
    <message>
        <source>Years a leerling is kept after the last inschrijving.</source>
        <translation>Aantal jaren dat een leerling bewaard blijft na de laatste inschrijving.</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>JAREN</translation>
    </message>
    <message>
        <source>Confirms the purge of the preview, by the number of leerlingen it showed.</source>
        <translation>Bevestigt de opschoning uit het voorbeeld, met het aantal leerlingen dat het toonde.</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>AANTAL</translation>
    </message>
    <message>
        <source>With --kanaal loket: the change to a registered melding is saved in the loket.</source>
        <translation>Met --kanaal loket: de wijziging van een geregistreerde melding is in het loket opgeslagen.</translation>
    </message>
    <message>
        <source>The backup to restore, or the first day of a verzuimstaat or of the period an absence export replaces.</source>
        <translation>De terug te zetten reservekopie, of de eerste dag van een verzuimstaat of van de periode die een absentie-export vervangt.</translation>
    </message>
    <message>
        <source>The last day of a verzuimstaat or of the period an import replaces.</source>
        <translation>De laatste dag van een verzuimstaat of van de periode die een import vervangt.</translation>
    </message>
    <message>
        <source>The absence file to import: absenties.csv, absentiemeldingen.csv or a package&apos;s own file.</source>
        <translation>Het absentiebestand om te importeren: absenties.csv, absentiemeldingen.csv of het eigen bestand van een pakket.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <source>leerlingen.csv or an EDEXML roster to import; for genereer, how many leerlingen.</source>
        <translation>leerlingen.csv of een EDEXML-leerlingenlijst om te importeren; bij genereer: hoeveel leerlingen.</translation>
    </message>
    <message>
        <source>The kind of --absenties file, when its content does not tell: uitwissel, absentiemeldingen, eduarte, somtoday or magister; edexml for --leerlingen.</source>
        <translation>De soort --absenties-bestand, als de inhoud dat niet zegt: uitwissel, absentiemeldingen, eduarte, somtoday of magister; edexml voor --leerlingen.</translation>
    </message>
    <message>
        <source>Compute every signal again instead of reading the stored ones.</source>
        <translation>Alle signalen opnieuw berekenen in plaats van de bewaarde te lezen.</translation>
    </message>
</context>
<context>
    <name>ClientIdentity</name>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>Het certificaatbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Het certificaatbestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be opened: the passphrase is wrong, or the file is not a PKCS#12 certificate with its private key.</source>
        <translation>Het certificaat %1 kan niet geopend worden: het wachtwoord klopt niet, of het bestand is geen PKCS#12-certificaat met zijn privésleutel.</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2; DUO will refuse it. Ask for a new PKIoverheid certificate.</source>
        <translation>Het certificaat %1 is verlopen op %2; DUO zal het weigeren. Vraag een nieuw PKIoverheid-certificaat aan.</translation>
    </message>
    <message>
        <source>The certificate %1 is valid only from %2.</source>
        <translation>Het certificaat %1 is pas geldig vanaf %2.</translation>
    </message>
    <message numerus="yes">
        <source>The DUO certificate expires on %1, in %n day(s). Ask for a new PKIoverheid certificate now: without one, meldingen go through the verzuimloket.</source>
        <translation>
            <numerusform>Het DUO-certificaat verloopt op %1, over %n dag. Vraag nu een nieuw PKIoverheid-certificaat aan: zonder certificaat gaan meldingen via het verzuimloket.</numerusform>
            <numerusform>Het DUO-certificaat verloopt op %1, over %n dagen. Vraag nu een nieuw PKIoverheid-certificaat aan: zonder certificaat gaan meldingen via het verzuimloket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeTableEditor</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation>Geoorloofd</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Code toevoegen</translation>
    </message>
    <message>
        <source>Only a code added since the last save can be removed: recorded absences refer to the others.</source>
        <translation>Alleen een code die na de laatste keer opslaan is toegevoegd kan worden verwijderd: geregistreerde absenties verwijzen naar de andere.</translation>
    </message>
    <message>
        <source>Codes, row %1: the code is missing.</source>
        <translation>Codes, rij %1: de code ontbreekt.</translation>
    </message>
    <message>
        <source>Codes, row %1: code %2 needs a description; it is printed on the verzuimstaat.</source>
        <translation>Codes, rij %1: code %2 heeft een omschrijving nodig; die staat op de verzuimstaat.</translation>
    </message>
    <message>
        <source>Codes, row %1: code %2 appears twice.</source>
        <translation>Codes, rij %1: code %2 staat er twee keer in.</translation>
    </message>
</context>
<context>
    <name>ColumnPresets</name>
    <message>
        <source>Verzuimdesk exchange format</source>
        <translation>Verzuimdesk-uitwisselformaat</translation>
    </message>
</context>
<context>
    <name>ConceptCommand</name>
    <message>
        <source>concept --pgn PGN --soort SOORT --bereikt-op YYYY-MM-DD [--json]: drafts the melding of a signal</source>
        <translation>concept --pgn PGN --soort SOORT --bereikt-op JJJJ-MM-DD [--json]: maakt de conceptmelding van een signaal</translation>
    </message>
    <message>
        <source>Name the signal with --pgn, --soort and --bereikt-op.</source>
        <translation>Geef het signaal op met --pgn, --soort en --bereikt-op.</translation>
    </message>
    <message>
        <source>The signal is covered by melding %1: no new melding is needed.</source>
        <translation>Het signaal is gedekt door melding %1: er is geen nieuwe melding nodig.</translation>
    </message>
</context>
<context>
    <name>ConsentCommand</name>
    <message>
        <source>toestemming --pgn PGN ja|nee: whether a leerling of 18+ agrees that the parents&apos; contact data is sent along</source>
        <translation>toestemming --pgn PGN ja|nee: of een leerling van 18+ toestemming geeft om de contactgegevens van de ouders mee te sturen</translation>
    </message>
    <message>
        <source>Write: toestemming --pgn PGN ja (or nee).</source>
        <translation>Schrijf: toestemming --pgn PGN ja (of nee).</translation>
    </message>
    <message>
        <source>Consent recorded for %1.</source>
        <translation>Toestemming vastgelegd voor %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn for %1.</source>
        <translation>Toestemming ingetrokken voor %1.</translation>
    </message>
</context>
<context>
    <name>ConvertedSpansTable</name>
    <message>
        <source>lesuur %1</source>
        <translation>lesuur %1</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>→ Day record</source>
        <translation>→ Dagregistratie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation>Lesuren</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Left: each absentiemelding as the file gives it, with its line number. Right: the day records the school&apos;s lestijden make of it.</source>
        <translation>Links: elke absentiemelding zoals het bestand hem geeft, met het regelnummer. Rechts: de dagregistraties die de lestijden van de school ervan maken.</translation>
    </message>
    <message>
        <source>still going on (up to today)</source>
        <translation>loopt nog (tot en met vandaag)</translation>
    </message>
    <message>
        <source>no lesson minutes</source>
        <translation>geen lesminuten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>een veld tussen aanhalingstekens wordt nergens afgesloten</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>het bestand is leeg; er wordt een kopregel verwacht</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>verplichte kolom ontbreekt</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>onbekende kolom, genegeerd</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 velden verwacht zoals in de kopregel, %2 gevonden</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; is geen datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of zero or more</source>
        <translation>&apos;%1&apos; is geen geheel getal van nul of meer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 1 or 0</source>
        <translation>&apos;%1&apos; is geen 1 of 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (expected HH:MM)</source>
        <translation>&apos;%1&apos; is geen tijd (verwacht UU:MM)</translation>
    </message>
    <message>
        <source>the column is named twice in the header; which one holds the data?</source>
        <translation>de kolom staat twee keer in de kopregel; welke bevat de gegevens?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a control character; expected a whole number</source>
        <translation>&apos;%1&apos; bevat een stuurteken; verwacht een geheel getal</translation>
    </message>
    <message>
        <source>read as %1 and converted; our own files are UTF-8</source>
        <translation>gelezen als %1 en omgezet; onze eigen bestanden zijn UTF-8</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Verzuimdesk</source>
        <translation>Verzuimdesk</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>De reservekopie van vandaag kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Verzuimdesk database.</source>
        <translation>%1 is geen Verzuimdesk-database.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Verzuimdesk (schema %2; this program knows up to %3). Install the newer version to open it.</source>
        <translation>%1 is gemaakt door een nieuwere versie van Verzuimdesk (schema %2; dit programma kent tot en met %3). Installeer de nieuwere versie om het bestand te openen.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Bijwerken van de database naar schema %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>het starten van een transactie</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>het opslaan</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <source>The server does not say who is logged in.</source>
        <translation>De server meldt niet wie er is aangemeld.</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 heeft geen schemaversie.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose a database in an existing folder, or create the folder first.</source>
        <translation>De map %1 bestaat niet. Kies een database in een bestaande map, of maak de map eerst aan.</translation>
    </message>
    <message>
        <source>Verzuimdesk may not write %1: the file or its folder is read-only. Give yourself write permission on both, or copy the database to a folder of your own.</source>
        <translation>Verzuimdesk mag %1 niet schrijven: het bestand of de map is alleen-lezen. Geef uzelf schrijfrecht op beide, of kopieer de database naar een eigen map.</translation>
    </message>
    <message>
        <source>Nothing is saved: the database %1 is damaged.</source>
        <translation>Er wordt niets opgeslagen: de database %1 is beschadigd.</translation>
    </message>
    <message>
        <source>%1 (while %2)</source>
        <translation>%1 (bij %2)</translation>
    </message>
    <message>
        <source>Name the server&apos;s CA certificate: sslrootcert=FILE in the address, or Instellingen → Database.</source>
        <translation>Geef het CA-certificaat van de server op: sslrootcert=BESTAND in het adres, of Instellingen → Database.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team database. Ask its beheerder to add you (verzuimdesk-cli gebruiker).</source>
        <translation>%1 is geen gebruiker van deze teamdatabase. Vraag de beheerder u toe te voegen (verzuimdesk-cli gebruiker).</translation>
    </message>
    <message>
        <source>The database did not say its data version.</source>
        <translation>De database gaf haar gegevensversie niet.</translation>
    </message>
    <message>
        <source>Only the database administrator&apos;s login (with CREATEROLE) can update this team database to schema %1: open it once with that login.</source>
        <translation>Alleen de login van de databasebeheerder (met CREATEROLE) kan deze teamdatabase bijwerken naar schema %1: open haar één keer met die login.</translation>
    </message>
</context>
<context>
    <name>DatabaseFault</name>
    <message>
        <source>Nothing was saved: Verzuimdesk may not write %1, the file or its folder is read-only. Give yourself write permission on both, or copy the database to a folder of your own.</source>
        <translation>Er is niets opgeslagen: Verzuimdesk mag %1 niet schrijven, het bestand of de map is alleen-lezen. Geef uzelf schrijfrecht op beide, of kopieer de database naar een eigen map.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding %1 is full. Make room (empty the trash, move large files elsewhere) and try again.</source>
        <translation>Er is niets opgeslagen: de schijf met %1 is vol. Maak ruimte (leeg de prullenbak, zet grote bestanden elders) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was saved: another program is writing %1 right now. Try again in a moment; if it lasts, close the other Verzuimdesk windows.</source>
        <translation>Er is niets opgeslagen: een ander programma schrijft op dit moment in %1. Probeer het zo opnieuw; blijft dit zo, sluit dan de andere Verzuimdesk-vensters.</translation>
    </message>
    <message>
        <source>The database %1 is damaged; nothing more is saved into it. Put the newest verified backup in its place.</source>
        <translation>De database %1 is beschadigd; er wordt niets meer in opgeslagen. Zet de nieuwste gecontroleerde reservekopie ervoor in de plaats.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: its folder, drive or server is missing or out of reach. Check that it is there and try again.</source>
        <translation>%1 is niet bereikbaar: de map, schijf of server ontbreekt of is buiten bereik. Controleer of die er is en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed: the disk or network share gave an error. Check the drive and try again.</source>
        <translation>Het lezen of schrijven van %1 is mislukt: de schijf of netwerkmap gaf een fout. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Verzuimdesk has no permission for this in %1.</source>
        <translation>Verzuimdesk heeft hiervoor geen toestemming in %1.</translation>
    </message>
    <message>
        <source>The database %1 gave an error.</source>
        <translation>De database %1 gaf een fout.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Damaged database</source>
        <translation>Beschadigde database</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message>
        <source>%1

There is no verified backup of it. Leave the damaged file as it is and ask for help: it may still hold the school&apos;s data.</source>
        <translation>%1

Er is daarvan geen gecontroleerde reservekopie. Laat het beschadigde bestand zoals het is en vraag om hulp: het kan de gegevens van de school nog bevatten.</translation>
    </message>
    <message>
        <source>%1

The newest verified backup was made on %2. Put it in place of this database? The file now in its place is kept next to it.</source>
        <translation>%1

De nieuwste gecontroleerde reservekopie is gemaakt op %2. Die in de plaats van deze database zetten? Het bestand dat er nu staat, blijft ernaast bewaard.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsDialog</name>
    <message>
        <source>My own file (SQLite)</source>
        <translation>Mijn eigen bestand (SQLite)</translation>
    </message>
    <message>
        <source>The team&apos;s database (PostgreSQL)</source>
        <translation>De database van het team (PostgreSQL)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>bewaard in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>%1 The password will be asked once per session.</source>
        <translation>%1 Het wachtwoord wordt eenmaal per sessie gevraagd.</translation>
    </message>
    <message>
        <source>Verzuimdesk opens %1 from the next start on.</source>
        <translation>Verzuimdesk opent %1 vanaf de volgende start.</translation>
    </message>
    <message>
        <source>the server&apos;s CA certificate, e.g. /etc/ssl/school-ca.pem</source>
        <translation>het CA-certificaat van de server, bijv. /etc/ssl/school-ca.pem</translation>
    </message>
    <message>
        <source>CA certificate (TLS)</source>
        <translation>CA-certificaat (TLS)</translation>
    </message>
</context>
<context>
    <name>DossierCommand</name>
    <message>
        <source>dossier --pgn PGN: opens a leerling&apos;s dossier (written in the audit trail)</source>
        <translation>dossier --pgn PGN: opent het dossier van een leerling (vastgelegd in het auditlogboek)</translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation>de leerling</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>DossierNoteRepository</name>
    <message>
        <source>The note was not stored.</source>
        <translation>De notitie is niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DossierNoteService</name>
    <message>
        <source>Write the note in words; it is empty or too short.</source>
        <translation>Schrijf de notitie in woorden; ze is leeg of te kort.</translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
</context>
<context>
    <name>DuoAnswer</name>
    <message>
        <source>DUO&apos;s answer cannot be read (line %1): %2</source>
        <translation>Het antwoord van DUO is onleesbaar (regel %1): %2</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>een tekst is langer dan %1 tekens</translation>
    </message>
    <message>
        <source>more than %1 errors</source>
        <translation>meer dan %1 fouten</translation>
    </message>
    <message>
        <source>it holds no element</source>
        <translation>er staat geen element in</translation>
    </message>
    <message>
        <source>it is not an &lt;antwoord&gt;</source>
        <translation>het is geen &lt;antwoord&gt;</translation>
    </message>
    <message>
        <source>more than one answer</source>
        <translation>meer dan één antwoord</translation>
    </message>
    <message>
        <source>unknown uitkomst &apos;%1&apos;</source>
        <translation>onbekende uitkomst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a meldingsnummer</source>
        <translation>&apos;%1&apos; is geen meldingsnummer</translation>
    </message>
    <message>
        <source>an accepted melding without meldingsnummer</source>
        <translation>een geaccepteerde melding zonder meldingsnummer</translation>
    </message>
    <message>
        <source>a rejection without a reason</source>
        <translation>een afwijzing zonder reden</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>onbekende status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>DUO&apos;s answer cannot be read: it is larger than 1 MB.</source>
        <translation>Het antwoord van DUO is onleesbaar: het is groter dan 1 MB.</translation>
    </message>
    <message>
        <source>DUO&apos;s answer cannot be read: it holds a document type declaration.</source>
        <translation>Het antwoord van DUO is onleesbaar: het bevat een documenttypedeclaratie.</translation>
    </message>
</context>
<context>
    <name>DuoChangeService</name>
    <message>
        <source>The version of melding %1 that DUO has is not in its history.</source>
        <translation>De versie van melding %1 die DUO heeft, staat niet in haar geschiedenis.</translation>
    </message>
    <message>
        <source>Melding %1 has no change to pass on to DUO.</source>
        <translation>Melding %1 heeft geen wijziging om aan DUO door te geven.</translation>
    </message>
</context>
<context>
    <name>DuoClient</name>
    <message>
        <source>The CA certificates %1 cannot be read: %2</source>
        <translation>De CA-certificaten %1 kunnen niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificates.</source>
        <translation>%1 bevat geen PEM-certificaten.</translation>
    </message>
    <message>
        <source>The DUO address must start with https://; it is &apos;%1&apos;.</source>
        <translation>Het adres van DUO moet met https:// beginnen; het is &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>DUO did not answer within %1 seconds.</source>
        <translation>DUO antwoordde niet binnen %1 seconden.</translation>
    </message>
    <message>
        <source>DUO refused the secure connection; is our certificate accepted by DUO? (%1)</source>
        <translation>DUO weigerde de beveiligde verbinding; accepteert DUO ons certificaat? (%1)</translation>
    </message>
    <message>
        <source>DUO closed the connection without answering. If this happens every time, DUO does not accept our certificate.</source>
        <translation>DUO verbrak de verbinding zonder te antwoorden. Gebeurt dit elke keer, dan accepteert DUO ons certificaat niet.</translation>
    </message>
    <message>
        <source>No connection with DUO: %1</source>
        <translation>Geen verbinding met DUO: %1</translation>
    </message>
    <message>
        <source>DUO reported an error on its side (HTTP %1).</source>
        <translation>DUO meldde een fout aan zijn kant (HTTP %1).</translation>
    </message>
    <message>
        <source>DUO answered (HTTP %1), but: %2</source>
        <translation>DUO antwoordde (HTTP %1), maar: %2</translation>
    </message>
</context>
<context>
    <name>DuoConnectionDialog</name>
    <message>
        <source>DUO connection</source>
        <translation>DUO-koppeling</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>only to change it</source>
        <translation>alleen om het te wijzigen</translation>
    </message>
    <message>
        <source>Machine-to-machine submission needs DUO&apos;s onboarding and the school&apos;s PKIoverheid certificate. Leave the address empty to submit through the verzuimloket.</source>
        <translation>Machine-naar-machine indienen vraagt de aansluiting bij DUO en het PKIoverheid-certificaat van de school. Laat het adres leeg om via het verzuimloket in te dienen.</translation>
    </message>
    <message>
        <source>DUO address</source>
        <translation>Adres van DUO</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Extra CA-certificaten</translation>
    </message>
    <message>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Wachttijd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>The DUO address must start with https://.</source>
        <translation>Het adres van DUO moet met https:// beginnen.</translation>
    </message>
    <message>
        <source>Choose the school&apos;s certificate.</source>
        <translation>Kies het certificaat van de school.</translation>
    </message>
    <message>
        <source>%1 The passphrase will be asked once per session.</source>
        <translation>%1 Het wachtwoord wordt eenmaal per sessie gevraagd.</translation>
    </message>
</context>
<context>
    <name>DuoRegistration</name>
    <message>
        <source>Registered at DUO</source>
        <translation>Geregistreerd bij DUO</translation>
    </message>
    <message>
        <source>DUO&apos;s meldingsnummer of melding %1 (%2), as the loket showed it after saving:</source>
        <translation>Het meldingsnummer van DUO voor melding %1 (%2), zoals het loket het na het opslaan toonde:</translation>
    </message>
</context>
<context>
    <name>EdexmlRoster</name>
    <message>
        <source>expected an EDEXML roster: an &lt;EDEX&gt; element</source>
        <translation>een EDEXML-leerlingenlijst verwacht: een element &lt;EDEX&gt;</translation>
    </message>
    <message>
        <source>not valid XML: %1</source>
        <translation>geen geldige XML: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a schooljaar such as 2025-2026</source>
        <translation>&apos;%1&apos; is geen schooljaar zoals 2025-2026</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYY-MM-DD</source>
        <translation>&apos;%1&apos; is geen datum JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>the leerling has no bsn or onderwijsnummer, which DUO needs as its pgn</source>
        <translation>de leerling heeft geen bsn of onderwijsnummer, dat DUO als pgn nodig heeft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0, 1, 2 or 9</source>
        <translation>&apos;%1&apos; is niet 0, 1, 2 of 9</translation>
    </message>
    <message>
        <source>no groep with key %1 in &lt;groepen&gt;</source>
        <translation>geen groep met key %1 in &lt;groepen&gt;</translation>
    </message>
    <message>
        <source>no instroomdatum and no schooljaar to start the inschrijving</source>
        <translation>geen instroomdatum en geen schooljaar waarmee de inschrijving begint</translation>
    </message>
    <message>
        <source>the inschrijving ends before it starts</source>
        <translation>de inschrijving eindigt voordat ze begint</translation>
    </message>
</context>
<context>
    <name>EditAbsenceDayCommand</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>EditableTable</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>EduarteAbsenceFile</name>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date YYYYMMDD</source>
        <translation>&apos;%1&apos; is geen datum JJJJMMDD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time HHmm</source>
        <translation>&apos;%1&apos; is geen tijd UUmm</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation>&apos;%1&apos; is geen nummer van een lesuur</translation>
    </message>
    <message>
        <source>expected nine fields separated by &apos;;&apos; as Eduarte writes them, found %1</source>
        <translation>verwacht werden negen velden gescheiden door &apos;;&apos;, zoals Eduarte ze schrijft; gevonden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deelnemernummer (digits only)</source>
        <translation>&apos;%1&apos; is geen deelnemernummer (alleen cijfers)</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>het tijdvak eindigt voordat het begint</translation>
    </message>
</context>
<context>
    <name>ExchangeImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>no leerling with PGN %1 is known; import leerlingen.csv first</source>
        <translation>er is geen leerling met PGN %1 bekend; importeer eerst leerlingen.csv</translation>
    </message>
    <message>
        <source>leerling %1 is already listed on line %2</source>
        <translation>leerling %1 staat al op regel %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not M, V or X</source>
        <translation>&apos;%1&apos; is geen M, V of X</translation>
    </message>
    <message>
        <source>the inschrijving ends before it starts</source>
        <translation>de inschrijving eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>the inschrijving starts before the birth date</source>
        <translation>de inschrijving begint vóór de geboortedatum</translation>
    </message>
    <message>
        <source>a contact needs a phone number or an e-mail address</source>
        <translation>een contactpersoon heeft een telefoonnummer of e-mailadres nodig</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; is geen e-mailadres</translation>
    </message>
    <message>
        <source>the vrijstelling ends before it starts</source>
        <translation>de vrijstelling eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>no school is known yet; import school.json first</source>
        <translation>er is nog geen school bekend; importeer eerst school.json</translation>
    </message>
    <message>
        <source>code &apos;%1&apos; is not in the school&apos;s code table</source>
        <translation>code &apos;%1&apos; staat niet in de codetabel van de school</translation>
    </message>
    <message>
        <source>%1 minutes is more than a day</source>
        <translation>%1 minuten is meer dan een dag</translation>
    </message>
    <message>
        <source>%1 is not a lesdag; the record is not counted</source>
        <translation>%1 is geen lesdag; de registratie telt niet mee</translation>
    </message>
    <message>
        <source>%1 is outside the inschrijving; the record is not counted</source>
        <translation>%1 valt buiten de inschrijving; de registratie telt niet mee</translation>
    </message>
    <message>
        <source>%1 is inside a vrijstelling; the record is not counted</source>
        <translation>%1 valt binnen een vrijstelling; de registratie telt niet mee</translation>
    </message>
    <message>
        <source>records without hele_dag and a school without lestijden: whole days cannot be told, so LRV and Doorstroompunt (RMC) are not judged; add the lestijden to school.json</source>
        <translation>registraties zonder hele_dag en een school zonder lestijden: hele dagen zijn niet te bepalen, dus LRV en Doorstroompunt (RMC) worden niet beoordeeld; neem de lestijden op in school.json</translation>
    </message>
    <message>
        <source>absentiemeldingen (time ranges) become lesson minutes through the school&apos;s lestijden: add them to school.json first</source>
        <translation>absentiemeldingen (tijdvakken) worden lesminuten via de lestijden van de school: neem die eerst op in school.json</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>het tijdvak eindigt voordat het begint</translation>
    </message>
    <message>
        <source>overlaps line %1 on %2 with a code of the same kind; line %1 keeps the shared minutes</source>
        <translation>overlapt regel %1 op %2 met een code van dezelfde soort; regel %1 houdt de gedeelde minuten</translation>
    </message>
    <message>
        <source>the records of %1 on %2 add up to %3 minutes, more than the day&apos;s %4</source>
        <translation>de registraties van %1 op %2 komen samen op %3 minuten, meer dan de %4 van die dag</translation>
    </message>
    <message>
        <source>%1 lesson minutes</source>
        <translation>%1 lesminuten</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 uur</translation>
    </message>
    <message>
        <source>no leerling with leerlingnummer %1 is known; import leerlingen.csv with its leerlingnummer column first</source>
        <translation>er is geen leerling met leerlingnummer %1 bekend; importeer eerst leerlingen.csv met de kolom leerlingnummer</translation>
    </message>
    <message>
        <source>leerlingnummer %1 already belongs to leerling %2</source>
        <translation>leerlingnummer %1 hoort al bij leerling %2</translation>
    </message>
    <message>
        <source>Somtoday&apos;s vakanties go into a school: import school.json first</source>
        <translation>de vakanties van Somtoday horen bij een school: importeer eerst school.json</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>export meldingen|signalen|verzuim --uit FILE.xlsx|FILE.csv [--peildatum DATE] [--pgn PGN]: an overview for Excel (verzuim: one leerling&apos;s records)</source>
        <translation>export meldingen|signalen|verzuim --uit BESTAND.xlsx|BESTAND.csv [--peildatum DATUM] [--pgn PGN]: een overzicht voor Excel (verzuim: de registraties van één leerling)</translation>
    </message>
    <message>
        <source>Name the file with --uit FILE.xlsx or --uit FILE.csv.</source>
        <translation>Noem het bestand met --uit BESTAND.xlsx of --uit BESTAND.csv.</translation>
    </message>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation>Geef de peildatum als --peildatum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Export meldingen, signalen or verzuim --pgn PGN.</source>
        <translation>Exporteer meldingen, signalen of verzuim --pgn PGN.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n rij geschreven naar %1.</numerusform>
            <numerusform>%n rijen geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>%1 exists already; choose another name or allow overwriting it.</source>
        <translation>%1 bestaat al; kies een andere naam of sta overschrijven toe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 is a link to another file; name the export file itself.</source>
        <translation>%1 is een koppeling naar een ander bestand; geef het exportbestand zelf op.</translation>
    </message>
</context>
<context>
    <name>FollowUpKind</name>
    <message>
        <source>Give the end date</source>
        <translation>Einddatum doorgeven</translation>
    </message>
    <message>
        <source>Open without end date</source>
        <translation>Open zonder einddatum</translation>
    </message>
    <message>
        <source>No response from the gemeente</source>
        <translation>Geen reactie van de gemeente</translation>
    </message>
    <message>
        <source>Pass the change on to DUO</source>
        <translation>Wijziging doorgeven aan DUO</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>Accept end date</source>
        <translation>Einddatum overnemen</translation>
    </message>
    <message>
        <source>Sets the melding&apos;s end date to the run&apos;s last lesdag; a registered melding then has a change to submit to DUO</source>
        <translation>Zet de einddatum van de melding op de laatste lesdag van het verzuim; een geregistreerde melding heeft dan een wijziging om aan DUO door te geven</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Follow-up&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Opvolging&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Pass on the change…</source>
        <translation>Wijziging doorgeven…</translation>
    </message>
    <message>
        <source>Shows what changed since DUO registered the melding, to type into the verzuimloket</source>
        <translation>Toont wat er is gewijzigd sinds DUO de melding registreerde, om in het verzuimloket in te voeren</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
</context>
<context>
    <name>GebruikerCommand</name>
    <message>
        <source>gebruiker --naam LOGIN (--rol beheerder|verzuimcoordinator|verzuimmedewerker|alleen-lezen | --verwijderen): adds a member or changes one</source>
        <translation>gebruiker --naam LOGIN (--rol beheerder|verzuimcoordinator|verzuimmedewerker|alleen-lezen | --verwijderen): voegt een teamlid toe of wijzigt er een</translation>
    </message>
    <message>
        <source>the PostgreSQL login</source>
        <translation>de PostgreSQL-login</translation>
    </message>
    <message>
        <source>%1 is no longer a member.</source>
        <translation>%1 is geen teamlid meer.</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>de rol</translation>
    </message>
    <message>
        <source>Unknown role &apos;%1&apos;; choose beheerder, verzuimcoordinator, verzuimmedewerker or alleen-lezen.</source>
        <translation>Onbekende rol &apos;%1&apos;; kies beheerder, verzuimcoordinator, verzuimmedewerker of alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 is %2.</translation>
    </message>
</context>
<context>
    <name>GebruikersCommand</name>
    <message>
        <source>gebruikers: the members of a team database and their roles</source>
        <translation>gebruikers: de teamleden van een teamdatabase en hun rollen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>genereer --leerlingen N --sector po|vo|mbo [--seed S] --uit DIR: writes a realistic school with a year of attendance up to today</source>
        <translation>genereer --leerlingen N --sector po|vo|mbo [--seed S] --uit MAP: schrijft een realistische school met een jaar aanwezigheid tot vandaag</translation>
    </message>
    <message>
        <source>--leerlingen must be a number from 1 to %1.</source>
        <translation>--leerlingen moet een getal van 1 tot en met %1 zijn.</translation>
    </message>
    <message>
        <source>--sector must be po, vo or mbo.</source>
        <translation>--sector moet po, vo of mbo zijn.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of at least 0.</source>
        <translation>--seed moet een geheel getal van minstens 0 zijn.</translation>
    </message>
    <message>
        <source>Name the folder to write with --uit DIR.</source>
        <translation>Geef met --uit MAP de map op waarin geschreven wordt.</translation>
    </message>
    <message>
        <source>Written to %1: %2 leerlingen, %3 contacts, %4 absence records.</source>
        <translation>Geschreven naar %1: %2 leerlingen, %3 contactpersonen, %4 absentieregistraties.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Verzuimdesk: verzuim signals and meldingen for schools.</source>
        <translation>Verzuimdesk: verzuimsignalen en verzuimmeldingen voor scholen.</translation>
    </message>
    <message>
        <source>Open the demo school (filled on first use).</source>
        <translation>De demoschool openen (wordt bij het eerste gebruik gevuld).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Het venster als PNG-bestand opslaan en afsluiten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Verzuimdesk</source>
        <translation>Verzuimdesk</translation>
    </message>
    <message>
        <source>SCREEN</source>
        <translation>SCHERM</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Report start and search times for verzuimdesk-cli bench.</source>
        <translation>Meld start- en zoektijden voor verzuimdesk-cli bench.</translation>
    </message>
    <message>
        <source>The database: a SQLite file (created when missing) or a team&apos;s postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation>De database: een SQLite-bestand (aangemaakt als het ontbreekt) of de PostgreSQL-database van een team: postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE[?schema=NAAM].</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PAD|URL</translation>
    </message>
    <message>
        <source>The screen to render: signalen, leerlingen, leerling:PGN, meldingen, uitgaand, opvolging, invulhulp:ID, melding:ID, melding:ID:SCREEN, audit or opschonen.</source>
        <translation>Het scherm om af te beelden: signalen, leerlingen, leerling:PGN, meldingen, uitgaand, opvolging, invulhulp:ID, melding:ID, melding:ID:SCHERM, audit of opschonen.</translation>
    </message>
</context>
<context>
    <name>HtmlPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>HttpsExchange</name>
    <message>
        <source>DUO&apos;s certificate is not trusted: %1</source>
        <translation>Het certificaat van DUO wordt niet vertrouwd: %1</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>geen antwoord binnen %1 seconden</translation>
    </message>
    <message>
        <source>the connection was closed without an answer</source>
        <translation>de verbinding werd zonder antwoord verbroken</translation>
    </message>
    <message>
        <source>the answer is larger than 2 MB</source>
        <translation>het antwoord is groter dan 2 MB</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Name at least one file to import, e.g. --absenties absenties.csv.</source>
        <translation>Geef minstens één bestand om te importeren, bijvoorbeeld --absenties absenties.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n probleem gevonden.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n problemen gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>School and calendar imported.</source>
        <translation>School en kalender geïmporteerd.</translation>
    </message>
    <message>
        <source>Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 absence records.</source>
        <translation>Geïmporteerd: %1 leerlingen, %2 contactpersonen, %3 vrijstellingen, %4 absentieregistraties.</translation>
    </message>
    <message>
        <source>Give the period the absence export covers as --absenties F --van YYYY-MM-DD --tot YYYY-MM-DD (van on or before tot).</source>
        <translation>Geef de periode van de absentie-export op als --absenties B --van JJJJ-MM-DD --tot JJJJ-MM-DD (van op of vóór tot).</translation>
    </message>
    <message>
        <source>import [--school F] [--leerlingen F] [--contacten F] [--absenties F [--formaat FORMAT] [--van YYYY-MM-DD --tot YYYY-MM-DD]] [--vrijstellingen F]: reads the school&apos;s files; all or nothing; --van --tot replace that period&apos;s absence</source>
        <translation>import [--school B] [--leerlingen B] [--contacten B] [--absenties B [--formaat FORMAAT] [--van JJJJ-MM-DD --tot JJJJ-MM-DD]] [--vrijstellingen B]: leest de bestanden van de school; alles of niets; --van --tot vervangen de absentie van die periode</translation>
    </message>
    <message>
        <source>Absence file read as: %1.</source>
        <translation>Absentiebestand gelezen als: %1.</translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation>  %1: %2 → %3</translation>
    </message>
    <message>
        <source>--formaat edexml names the kind of the --leerlingen file.</source>
        <translation>--formaat edexml noemt de soort van het --leerlingen-bestand.</translation>
    </message>
    <message>
        <source>--formaat names the kind of the --absenties file: %1 (or edexml for the --leerlingen file).</source>
        <translation>--formaat noemt de soort van het --absenties-bestand: %1 (of edexml voor het --leerlingen-bestand).</translation>
    </message>
    <message>
        <source>Leerlingen file read as: EDEXML roster (ParnasSys, ESIS).</source>
        <translation>Leerlingenbestand gelezen als: EDEXML-leerlingenlijst (ParnasSys, ESIS).</translation>
    </message>
    <message>
        <source>School file read as: Somtoday&apos;s vakanties, replacing those of the period they cover.</source>
        <translation>Schoolbestand gelezen als: vakanties uit Somtoday; ze vervangen de vakanties van hun periode.</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>warning: </source>
        <translation>waarschuwing: </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: an input file cannot be read.</source>
        <translation>Er is niets geïmporteerd: een invoerbestand kan niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the files</source>
        <translation>Kies de bestanden</translation>
    </message>
    <message>
        <source>Any of them may be left empty. Exports from an administration package are fine: their columns are mapped in the next step.</source>
        <translation>Elk bestand mag leeg blijven. Exports uit een administratiepakket kunnen ook: hun kolommen koppelt u in de volgende stap.</translation>
    </message>
    <message>
        <source>School and calendar (school.json)</source>
        <translation>School en kalender (school.json)</translation>
    </message>
    <message>
        <source>School (*.json)</source>
        <translation>School (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Fill in from a folder…</source>
        <translation>Invullen vanuit een map…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <source>For every column Verzuimdesk reads, the column of your file that holds it. A preset fills in an administration package&apos;s usual names; check them against your file. Your choice is remembered for this school.</source>
        <translation>Kies voor elke kolom die Verzuimdesk leest de kolom van uw bestand waarin die staat. Een voorinstelling vult de gebruikelijke namen van een administratiepakket in; controleer ze met uw bestand. Uw keuze wordt voor deze school onthouden.</translation>
    </message>
    <message>
        <source>Recognise the columns</source>
        <translation>Kolommen herkennen</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voorinstelling</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Controleren vóór het importeren</translation>
    </message>
    <message>
        <source>Nothing has been stored yet. Lines with a problem are marked; fix them in the file and go back to check again.</source>
        <translation>Er is nog niets opgeslagen. Regels met een probleem zijn gemarkeerd; verbeter ze in het bestand en ga terug om opnieuw te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the import; nothing will be stored until they are fixed.</source>
        <translation>
            <numerusform>%n probleem houdt de import tegen; er wordt niets opgeslagen tot het is verbeterd.</numerusform>
            <numerusform>%n problemen houden de import tegen; er wordt niets opgeslagen tot ze zijn verbeterd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import %1 leerlingen, %2 contacts, %3 vrijstellingen and %4 absence records (%5 warnings).</source>
        <translation>Klaar om %1 leerlingen, %2 contactpersonen, %3 vrijstellingen en %4 absenties te importeren (%5 waarschuwingen).</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Import stoppen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>A backup is made first; then everything is stored at once, or nothing.</source>
        <translation>Eerst wordt een reservekopie gemaakt; daarna wordt alles in één keer opgeslagen, of niets.</translation>
    </message>
    <message>
        <source>Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 absence records. Signals were recomputed for %5 leerlingen.
Backup made before the import: %6</source>
        <translation>Geïmporteerd: %1 leerlingen, %2 contactpersonen, %3 vrijstellingen, %4 absenties. De signalen van %5 leerlingen zijn opnieuw berekend.
Reservekopie van vóór de import: %6</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Reading and checking the files…</source>
        <translation>De bestanden worden gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>Recognised as: %1.</source>
        <translation>Herkend als: %1.</translation>
    </message>
    <message>
        <source>Still to choose: %1.</source>
        <translation>Nog te kiezen: %1.</translation>
    </message>
    <message>
        <source>EDEXML roster (ParnasSys, ESIS)</source>
        <translation>EDEXML-leerlingenlijst (ParnasSys, ESIS)</translation>
    </message>
</context>
<context>
    <name>IndienenCommand</name>
    <message>
        <source>Give --melding ID and --kanaal loket or --kanaal m2m.</source>
        <translation>Geef --melding ID en --kanaal loket of --kanaal m2m.</translation>
    </message>
    <message>
        <source>Give the number the loket showed after saving: --meldingsnummer N.</source>
        <translation>Geef het nummer dat het loket na het opslaan toonde: --meldingsnummer N.</translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation>Melding %1 is geregistreerd door DUO: meldingsnummer %2.</translation>
    </message>
    <message>
        <source>indienen --melding ID --kanaal loket --meldingsnummer N | --kanaal loket --wijziging-doorgegeven | --kanaal m2m [--wachtwoord-stdin]: records the loket&apos;s meldingsnummer or a change passed on there, or sends the melding to DUO</source>
        <translation>indienen --melding ID --kanaal loket --meldingsnummer N | --kanaal loket --wijziging-doorgegeven | --kanaal m2m [--wachtwoord-stdin]: legt het meldingsnummer uit het loket of een daar doorgegeven wijziging vast, of stuurt de melding naar DUO</translation>
    </message>
    <message>
        <source>Melding %1: DUO has the change (version %2).</source>
        <translation>Melding %1: DUO heeft de wijziging (versie %2).</translation>
    </message>
</context>
<context>
    <name>Invulhulp</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>1. Leerling</source>
        <translation>1. Leerling</translation>
    </message>
    <message>
        <source>Search the leerling by BSN or onderwijsnummer and check the name DUO shows. Look at the open meldingen the loket lists first.</source>
        <translation>Zoek de leerling op BSN of onderwijsnummer en controleer de naam die DUO toont. Bekijk eerst de openstaande meldingen die het loket laat zien.</translation>
    </message>
    <message>
        <source>BSN or onderwijsnummer</source>
        <translation>BSN of onderwijsnummer</translation>
    </message>
    <message>
        <source>Name (to check)</source>
        <translation>Naam (ter controle)</translation>
    </message>
    <message>
        <source>Additional contact %1</source>
        <translation>Aanvullende contactpersoon %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>3. Lesuren</source>
        <translation>3. Lesuren</translation>
    </message>
    <message>
        <source>Choose &quot;niet van toepassing&quot;.</source>
        <translation>Kies &quot;niet van toepassing&quot;.</translation>
    </message>
    <message>
        <source>Per verzuimdag: the whole day, or the number of lesuren.</source>
        <translation>Per verzuimdag: de hele dag, of het aantal lesuren.</translation>
    </message>
    <message>
        <source>whole day</source>
        <translation>hele dag</translation>
    </message>
    <message numerus="yes">
        <source>%n lesuur(en)</source>
        <translation>
            <numerusform>%n lesuur</numerusform>
            <numerusform>%n lesuren</numerusform>
        </translation>
    </message>
    <message>
        <source>4. Acties school</source>
        <translation>4. Acties school</translation>
    </message>
    <message>
        <source>Tick each action the school has taken.</source>
        <translation>Vink elke actie aan die de school heeft ondernomen.</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ondernomen actie</translation>
    </message>
    <message>
        <source>2. Melding</source>
        <translation>2. Melding</translation>
    </message>
    <message>
        <source>Everything in a toelichting can be read by the parent or leerling on inzage.</source>
        <translation>Alles in een toelichting kan door de ouder of leerling gelezen worden bij inzage.</translation>
    </message>
    <message>
        <source>Check everything once more and save. DUO then shows the meldingsnummer: enter it in Verzuimdesk (Registered at DUO…), so the melding is followed up and never submitted twice.</source>
        <translation>Controleer alles nog eens en sla op. DUO toont dan het meldingsnummer: vul het in Verzuimdesk in (Geregistreerd bij DUO…), zodat de melding gevolgd wordt en nooit twee keer wordt ingediend.</translation>
    </message>
    <message>
        <source>A verzuimstaat is attached: send it to the leerplichtambtenaar encrypted, as agreed with the municipality.</source>
        <translation>Er is een verzuimstaat bijgevoegd: stuur die versleuteld naar de leerplichtambtenaar, zoals met de gemeente afgesproken.</translation>
    </message>
    <message>
        <source>5. Overzicht</source>
        <translation>5. Overzicht</translation>
    </message>
    <message>
        <source>Invulhulp for the verzuimloket</source>
        <translation>Invulhulp voor het verzuimloket</translation>
    </message>
    <message>
        <source>Melding %1 · %2 · PGN %3</source>
        <translation>Melding %1 · %2 · PGN %3</translation>
    </message>
    <message>
        <source>Field in the loket</source>
        <translation>Veld in het loket</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>DUO&apos;s meldingsnummer:</source>
        <translation>Meldingsnummer van DUO:</translation>
    </message>
    <message>
        <source>Invulhulp melding %1 · %2</source>
        <translation>Invulhulp melding %1 · %2</translation>
    </message>
    <message>
        <source>Invulhulp melding %1</source>
        <translation>Invulhulp melding %1</translation>
    </message>
    <message>
        <source>The invulhulp could not be drawn.</source>
        <translation>De invulhulp kon niet getekend worden.</translation>
    </message>
    <message>
        <source>Change these values; &quot;was&quot; is what DUO has now. An empty value: clear the field or untick it.</source>
        <translation>Wijzig deze waarden; &quot;was&quot; is wat DUO nu heeft. Een lege waarde: maak het veld leeg of vink het uit.</translation>
    </message>
    <message>
        <source>Find the melding</source>
        <translation>Melding opzoeken</translation>
    </message>
    <message>
        <source>Open the melding in the verzuimloket by its meldingsnummer and choose Wijzigen.</source>
        <translation>Open de melding in het verzuimloket met haar meldingsnummer en kies Wijzigen.</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the change in the loket, then confirm in Verzuimdesk (Change passed on…), so it is not asked for again.</source>
        <translation>Sla de wijziging op in het loket en bevestig daarna in Verzuimdesk (Wijziging doorgegeven…), zodat er niet opnieuw om wordt gevraagd.</translation>
    </message>
    <message>
        <source>Invulhulp for a change in the verzuimloket</source>
        <translation>Invulhulp voor een wijziging in het verzuimloket</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>(clear the field)</source>
        <translation>(veld leegmaken)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>InvulhulpCommand</name>
    <message>
        <source>invulhulp --melding ID --uit FILE.pdf: the melding screen by screen, as typed into DUO&apos;s verzuimloket</source>
        <translation>invulhulp --melding ID --uit BESTAND.pdf: de melding scherm voor scherm, zoals in het verzuimloket van DUO in te vullen</translation>
    </message>
    <message>
        <source>Give --melding ID and --uit FILE.pdf.</source>
        <translation>Geef --melding ID en --uit BESTAND.pdf.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
</context>
<context>
    <name>InvulhulpDialog</name>
    <message>
        <source>Invulhulp — melding %1, %2</source>
        <translation>Invulhulp — melding %1, %2</translation>
    </message>
    <message>
        <source>Meldingsnummer…</source>
        <translation>Meldingsnummer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Open the verzuimloket in Mijn DUO and copy each value into the field of the same name.</source>
        <translation>Open het verzuimloket in Mijn DUO en kopieer elke waarde naar het veld met dezelfde naam.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copies &quot;%1&quot; to the clipboard</source>
        <translation>Kopieert &quot;%1&quot; naar het klembord</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Gekopieerd ✓</translation>
    </message>
    <message>
        <source>Save the invulhulp</source>
        <translation>Invulhulp opslaan</translation>
    </message>
    <message>
        <source>invulhulp-melding-%1.pdf</source>
        <translation>invulhulp-melding-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invulhulp</source>
        <translation>Invulhulp</translation>
    </message>
    <message>
        <source>The invulhulp could not be printed.</source>
        <translation>De invulhulp kon niet afgedrukt worden.</translation>
    </message>
    <message>
        <source>Invulhulp for a change — melding %1, %2</source>
        <translation>Invulhulp voor een wijziging — melding %1, %2</translation>
    </message>
    <message>
        <source>Change passed on…</source>
        <translation>Wijziging doorgegeven…</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>(clear the field)</source>
        <translation>(veld leegmaken)</translation>
    </message>
    <message>
        <source>Has the verzuimloket saved the change to melding %1 (%2)?</source>
        <translation>Heeft het verzuimloket de wijziging van melding %1 (%2) opgeslagen?</translation>
    </message>
    <message>
        <source>Change passed on</source>
        <translation>Wijziging doorgegeven</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>was: %1</translation>
    </message>
</context>
<context>
    <name>Inzage</name>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Inzage: %1 (PGN %2)</source>
        <translation>Inzage: %1 (PGN %2)</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>Startkwalificatie</source>
        <translation>Startkwalificatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <source>Inschrijvingen</source>
        <translation>Inschrijvingen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Vrijstellingen</source>
        <translation>Vrijstellingen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Wettelijk vertegenwoordiger</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absenties</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation>Lesuren</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>DUO number</source>
        <translation>DUO-meldingsnummer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschreven</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Who did what with this data</source>
        <translation>Wie deed wat met deze gegevens</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name the inzage file .pdf or .json: %1</source>
        <translation>Geef het inzagebestand de extensie .pdf of .json: %1</translation>
    </message>
    <message>
        <source>Inzage %1</source>
        <translation>Inzage %1</translation>
    </message>
    <message>
        <source>Inzage %1 · %2</source>
        <translation>Inzage %1 · %2</translation>
    </message>
    <message>
        <source>The inzage could not be drawn.</source>
        <translation>De inzage kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>Everything Verzuimdesk stores about this leerling, made on %1 by %2. Personal work notes of staff and contact details the school keeps secret are not part of it.</source>
        <translation>Alles wat Verzuimdesk over deze leerling bewaart, gemaakt op %1 door %2. Persoonlijke werknotities van medewerkers en contactgegevens die de school geheim houdt, horen er niet bij.</translation>
    </message>
    <message>
        <source>Versions of the meldingen</source>
        <translation>Versies van de meldingen</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Opgeslagen door</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Verzuimstaten sent along</source>
        <translation>Meegestuurde verzuimstaten</translation>
    </message>
    <message>
        <source>With authorised absence</source>
        <translation>Met geoorloofd verzuim</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Submissions to DUO</source>
        <translation>Indieningen bij DUO</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Consent to send the ouders&apos; contact details along</source>
        <translation>Toestemming om de contactgegevens van de ouders mee te sturen</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Toegewezen aan</translation>
    </message>
</context>
<context>
    <name>InzageCommand</name>
    <message>
        <source>inzage --pgn PGN --uit FILE.pdf|FILE.json: everything stored about one leerling, without personal work notes</source>
        <translation>inzage --pgn PGN --uit BESTAND.pdf|BESTAND.json: alles wat over één leerling is opgeslagen, zonder persoonlijke werknotities</translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation>de leerling</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <source>Inzage of %1 written to %2.</source>
        <translation>Inzage van %1 geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>InzageService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
</context>
<context>
    <name>JsonItemReader</name>
    <message>
        <source>expected text or a number</source>
        <translation>tekst of een getal verwacht</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time as the package writes it (%2)</source>
        <translation>&apos;%1&apos; is geen datum en tijd zoals het pakket die schrijft (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation>&apos;%1&apos; is geen lesuurnummer</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
</context>
<context>
    <name>JsonSource</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>de sleutelhanger antwoordde niet binnen %1 seconden</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>De sleutelhanger van het systeem is niet beschikbaar (%1).</translation>
    </message>
</context>
<context>
    <name>KoppelingCommand</name>
    <message>
        <source>koppeling [--adres URL --certificaat FILE.p12 [--ca FILE.pem] [--wachttijd S]] [--wachtwoord-stdin]: the machine-to-machine connection with DUO</source>
        <translation>koppeling [--adres URL --certificaat BESTAND.p12 [--ca BESTAND.pem] [--wachttijd S]] [--wachtwoord-stdin]: de machine-naar-machinekoppeling met DUO</translation>
    </message>
    <message>
        <source>Give --adres https://… and --certificaat FILE.p12.</source>
        <translation>Geef --adres https://… en --certificaat BESTAND.p12.</translation>
    </message>
    <message>
        <source>--wachttijd is between 1 and %1 seconds.</source>
        <translation>--wachttijd ligt tussen 1 en %1 seconden.</translation>
    </message>
    <message>
        <source>Give the passphrase with --wachtwoord-stdin each time instead.</source>
        <translation>Geef het wachtwoord dan elke keer met --wachtwoord-stdin.</translation>
    </message>
    <message>
        <source>The passphrase is kept in the system keychain.</source>
        <translation>Het wachtwoord is bewaard in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>No connection with DUO: meldingen are submitted through the verzuimloket.</source>
        <translation>Geen koppeling met DUO: meldingen worden via het verzuimloket ingediend.</translation>
    </message>
    <message>
        <source>DUO address: %1</source>
        <translation>Adres van DUO: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificaat: %1</translation>
    </message>
    <message>
        <source>Extra CA certificates: %1</source>
        <translation>Extra CA-certificaten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Timeout: %1 seconds</source>
        <translation>Wachttijd: %1 seconden</translation>
    </message>
</context>
<context>
    <name>LeerlingDetail</name>
    <message>
        <source>The leerling (18+) agrees that these contacts are sent along</source>
        <translation>De leerling (18+) geeft toestemming om deze contactpersonen mee te sturen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactpersonen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This schooljaar&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dit schooljaar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Leerling %1 cannot be shown.</source>
        <translation>Leerling %1 kan niet worden getoond.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source> — secret: never sent along</source>
        <translation> — geheim: wordt nooit meegestuurd</translation>
    </message>
    <message>
        <source>%1 — %2, reached %3</source>
        <translation>%1 — %2, bereikt op %3</translation>
    </message>
    <message>
        <source>Melding %1: %2, %3 — %4</source>
        <translation>Melding %1: %2, %3 — %4</translation>
    </message>
    <message>
        <source>Save day</source>
        <translation>Dag opslaan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signals, meldingen and notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signalen, meldingen en notities&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Signals and meldingen</source>
        <translation>Signalen en meldingen</translation>
    </message>
    <message>
        <source>Dossier notes</source>
        <translation>Dossiernotities</translation>
    </message>
    <message>
        <source>Correct a day</source>
        <translation>Een dag corrigeren</translation>
    </message>
    <message>
        <source>recorded now: %1</source>
        <translation>nu geregistreerd: %1</translation>
    </message>
    <message>
        <source>⚠ Notes in the dossier can be read by the parent or the leerling on inzage. Write facts, not opinions. A personal work note stays out of the inzage export.</source>
        <translation>⚠ Notities in het dossier kunnen bij inzage door de ouder of de leerling worden gelezen. Schrijf feiten, geen meningen. Een persoonlijke werknotitie blijft buiten de inzage-export.</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nieuwe notitie…</translation>
    </message>
    <message>
        <source>Personal work note</source>
        <translation>Persoonlijke werknotitie</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>%1, %2 — personal work note</source>
        <translation>%1, %2 — persoonlijke werknotitie</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verzuimstaat…</source>
        <translation>Verzuimstaat…</translation>
    </message>
    <message>
        <source>Export absence…</source>
        <translation>Verzuim exporteren…</translation>
    </message>
    <message>
        <source>absence %1</source>
        <translation>verzuim %1</translation>
    </message>
    <message>
        <source>Inzage…</source>
        <translation>Inzage…</translation>
    </message>
    <message>
        <source>Everything stored about this leerling, for an inzage request (PDF or JSON); personal work notes are left out.</source>
        <translation>Alles wat over deze leerling is opgeslagen, voor een inzageverzoek (PDF of JSON); persoonlijke werknotities blijven erbuiten.</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>inzage %1.pdf</source>
        <translation>inzage %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The inzage was written to %1.</source>
        <translation>De inzage is geschreven naar %1.</translation>
    </message>
    <message>
        <source> · leerlingnummer %1</source>
        <translation> · leerlingnummer %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;PGN %2%3 · born %4 · class %5 · %6 · enrolled %7</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;PGN %2%3 · geboren %4 · klas %5 · %6 · ingeschreven %7</translation>
    </message>
</context>
<context>
    <name>LeerlingTableModel</name>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Leerlingnummer</source>
        <translation>Leerlingnummer</translation>
    </message>
</context>
<context>
    <name>LeerlingenCommand</name>
    <message>
        <source>leerlingen [--json]: lists the imported leerlingen</source>
        <translation>leerlingen [--json]: toont de geïmporteerde leerlingen</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
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
        <translation>&lt;h2&gt;Leerlingen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 leerlingen</source>
        <translation>%1 van %2 leerlingen</translation>
    </message>
    <message>
        <source>Verzuimstaten for the selection…</source>
        <translation>Verzuimstaten voor de selectie…</translation>
    </message>
    <message>
        <source>Verzuimstaten</source>
        <translation>Verzuimstaten</translation>
    </message>
    <message>
        <source>Select the leerlingen first (Ctrl or Shift and click).</source>
        <translation>Selecteer eerst de leerlingen (Ctrl of Shift en klikken).</translation>
    </message>
    <message>
        <source>Search by name, PGN, leerlingnummer or class; % matches anything (Ctrl+F)</source>
        <translation>Zoek op naam, PGN, leerlingnummer of klas; % staat voor willekeurige tekst (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Lestijden</name>
    <message>
        <source>expected a lesuur number from 1 to %1</source>
        <translation>een lesuurnummer van 1 tot en met %1 verwacht</translation>
    </message>
    <message>
        <source>the lesson ends before it starts</source>
        <translation>de les eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>lesson %1 starts before lesson %2 ends: give the lessons in order, without overlap</source>
        <translation>les %1 begint voordat les %2 eindigt: geef de lessen op volgorde, zonder overlap</translation>
    </message>
</context>
<context>
    <name>LestijdenEditor</name>
    <message>
        <source>Lesuur</source>
        <translation>Lesuur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>The lestijden turn absentiemeldingen from the packages into lesson minutes and lesuren, and tell when a leerling missed a whole day. A break is the time between two lessons.</source>
        <translation>Met de lestijden worden absentiemeldingen uit de pakketten lesminuten en lesuren, en is te zien wanneer een leerling een hele dag miste. Een pauze is de tijd tussen twee lessen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Standard lesdag</source>
        <translation>Standaard lesdag</translation>
    </message>
    <message>
        <source>%1 has lessons of its own</source>
        <translation>%1 heeft eigen lestijden</translation>
    </message>
    <message>
        <source>No lestijden yet: absentiemeldingen cannot be imported, and a whole day is only known where the file says so.</source>
        <translation>Nog geen lestijden: absentiemeldingen kunnen niet worden geïmporteerd, en een hele dag is alleen bekend waar het bestand dat zegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from %1 to %2, %3 hours of lessons</source>
        <translation>
            <numerusform>%n les van %1 tot %2, %3 uur les</numerusform>
            <numerusform>%n lessen van %1 tot %2, %3 uur les</numerusform>
        </translation>
    </message>
    <message>
        <source>; no breaks.</source>
        <translation>; geen pauzes.</translation>
    </message>
    <message>
        <source>; breaks %1.</source>
        <translation>; pauzes %1.</translation>
    </message>
    <message>
        <source>Lestijden, %1, row %2: %3</source>
        <translation>Lestijden, %1, regel %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lesuur number</source>
        <translation>&apos;%1&apos; is geen lesuurnummer</translation>
    </message>
    <message>
        <source>give the times as HH:MM, such as 08:30</source>
        <translation>geef de tijden als UU:MM, zoals 08:30</translation>
    </message>
    <message>
        <source>Lestijden: give the lessons of the standard lesdag too; the weekdays without lessons of their own follow it.</source>
        <translation>Lestijden: geef ook de lessen van de standaard lesdag; de weekdagen zonder eigen lestijden volgen die.</translation>
    </message>
</context>
<context>
    <name>MagisterAbsenceFile</name>
    <message>
        <source>the lesson ends before it starts</source>
        <translation>de les eindigt voordat hij begint</translation>
    </message>
    <message>
        <source>expected Magister&apos;s absenties: an object with &quot;Items&quot;, or an array of them</source>
        <translation>de absenties van Magister verwacht: een object met &quot;Items&quot;, of een lijst daarvan</translation>
    </message>
    <message>
        <source>Magister&apos;s absenties do not name their leerling: add the leerling&apos;s &quot;Stamnummer&quot; beside &quot;Items&quot;</source>
        <translation>de absenties van Magister noemen hun leerling niet: zet het &quot;Stamnummer&quot; van de leerling naast &quot;Items&quot;</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>item %1 is geen object</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Verzuimdesk</source>
        <translation>Verzuimdesk</translation>
    </message>
    <message>
        <source>Verzuimdesk — %1</source>
        <translation>Verzuimdesk — %1</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Leerlingen</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Melding %1 — %2</source>
        <translation>Melding %1 — %2</translation>
    </message>
    <message>
        <source>Leerling %1</source>
        <translation>Leerling %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new signal(s) since your previous start.</source>
        <translation>
            <numerusform>%n nieuw signaal sinds uw vorige start.</numerusform>
            <numerusform>%n nieuwe signalen sinds uw vorige start.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>I&amp;nstellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Verzuimdesk</source>
        <translation>&amp;Over Verzuimdesk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Verzuimdesk speaks the chosen language from its next start.</source>
        <translation>Verzuimdesk gebruikt de gekozen taal vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
        <source>Which backup should replace the database?</source>
        <translation>Welke reservekopie moet de database vervangen?</translation>
    </message>
    <message>
        <source>Verzuimdesk closes, puts %1 in place of the database and starts again. Everything recorded after that backup is then no longer in the database (the current file is kept beside it). Continue?</source>
        <translation>Verzuimdesk sluit, zet %1 in de plaats van de database en start opnieuw. Alles wat na die reservekopie is vastgelegd, staat dan niet meer in de database (het huidige bestand blijft ernaast bewaard). Doorgaan?</translation>
    </message>
    <message>
        <source>About Verzuimdesk</source>
        <translation>Over Verzuimdesk</translation>
    </message>
    <message>
        <source>Verzuimdesk %1
Verzuim signals and meldingen for schools.
Database: %2</source>
        <translation>Verzuimdesk %1
Verzuimsignalen en meldingen voor scholen.
Database: %2</translation>
    </message>
    <message>
        <source>&amp;School…</source>
        <translation>&amp;School…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>&amp;DUO connection…</source>
        <translation>&amp;DUO-koppeling…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Beheer</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Auditlogboek…</translation>
    </message>
    <message>
        <source>&amp;Remove leerlingen past the retention period…</source>
        <translation>Leerlingen voorbij de &amp;bewaartermijn verwijderen…</translation>
    </message>
    <message>
        <source>Data&amp;base…</source>
        <translation>Data&amp;base…</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Follow-up (%1)</source>
        <translation>Opvolging (%1)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>MeldingActions</name>
    <message>
        <source>letter sent</source>
        <translation>brief gestuurd</translation>
    </message>
    <message>
        <source>telephone contact</source>
        <translation>telefonisch contact</translation>
    </message>
    <message>
        <source>contact with parent(s)/carer(s)</source>
        <translation>contact met ouder(s)/verzorger(s)</translation>
    </message>
    <message>
        <source>conversation held</source>
        <translation>gesprek gevoerd</translation>
    </message>
    <message>
        <source>missed time made up</source>
        <translation>verzuimde tijd ingehaald</translation>
    </message>
    <message>
        <source>internal support</source>
        <translation>interne begeleiding</translation>
    </message>
    <message>
        <source>care advisory team</source>
        <translation>zorgadviesteam</translation>
    </message>
    <message>
        <source>conversation with a supporting agency</source>
        <translation>gesprek met begeleidende instantie</translation>
    </message>
    <message>
        <source>other, namely</source>
        <translation>anders, namelijk</translation>
    </message>
</context>
<context>
    <name>MeldingCommand</name>
    <message>
        <source>melding ID [--json] [--zet veld=waarde]… [--status S] [--meldingsnummer N] [--intrekken REDEN] [--kopie] [--versies] [--verschil A,B]: shows and changes one melding</source>
        <translation>melding ID [--json] [--zet veld=waarde]… [--status S] [--meldingsnummer N] [--intrekken REDEN] [--kopie] [--versies] [--verschil A,B]: toont en wijzigt één melding</translation>
    </message>
    <message>
        <source>Name the melding by its number: melding ID.</source>
        <translation>Geef het nummer van de melding: melding ID.</translation>
    </message>
    <message>
        <source>Write a change as --zet veld=waarde, not &apos;%1&apos;.</source>
        <translation>Schrijf een wijziging als --zet veld=waarde, niet &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a melding status.</source>
        <translation>&apos;%1&apos; is geen status van een melding.</translation>
    </message>
    <message>
        <source>Withdraw with geen_inschrijving, foutief_opgevoerd or onterecht_opgevoerd.</source>
        <translation>Trek in met geen_inschrijving, foutief_opgevoerd of onterecht_opgevoerd.</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>versie %1, %2 door %3</translation>
    </message>
    <message>
        <source>Name two existing versions, e.g. --verschil 1,2.</source>
        <translation>Geef twee bestaande versies, bijvoorbeeld --verschil 1,2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
<context>
    <name>MeldingDrafter</name>
    <message>
        <source>%1 is never reported to DUO: sick leave is authorised absence. Follow the school&apos;s care route instead.</source>
        <translation>%1 wordt nooit aan DUO gemeld: ziekteverzuim is geoorloofd verzuim. Volg de zorgroute van de school.</translation>
    </message>
    <message>
        <source>%1 is not reported to DUO: it asks for the school&apos;s own action (a letter to the ouders, a gesprek), recorded in the dossier.</source>
        <translation>%1 wordt niet aan DUO gemeld: het vraagt om een eigen actie van de school (een brief aan de ouders, een gesprek), vastgelegd in het dossier.</translation>
    </message>
</context>
<context>
    <name>MeldingEditor</name>
    <message>
        <source>Complete: %p%</source>
        <translation>Compleet: %p%</translation>
    </message>
    <message>
        <source>1. Leerling</source>
        <translation>1. Leerling</translation>
    </message>
    <message>
        <source>Everything in a toelichting can be read by the parent or leerling on inzage.</source>
        <translation>Alles in een toelichting kan door de ouder of leerling worden gelezen bij inzage.</translation>
    </message>
    <message>
        <source>2. Melding</source>
        <translation>2. Melding</translation>
    </message>
    <message>
        <source>3. Lesuren</source>
        <translation>3. Lesuren</translation>
    </message>
    <message>
        <source>4. Acties</source>
        <translation>4. Acties</translation>
    </message>
    <message>
        <source>5. Overzicht</source>
        <translation>5. Overzicht</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-JJJJ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact persons sent along&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contactpersonen die worden meegestuurd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions the school has taken&lt;/b&gt;</source>
        <translation>&lt;b&gt;Acties die de school heeft ondernomen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mark as ready</source>
        <translation>Gereed melden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3 to %4 — %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3 tot en met %4 — %5</translation>
    </message>
    <message>
        <source>%1: whole day</source>
        <translation>%1: hele dag</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n fout)</numerusform>
            <numerusform>%1 (%n fouten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Eerst</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Daarna</translation>
    </message>
    <message>
        <source>version %1 — %2 by %3</source>
        <translation>versie %1 — %2 door %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>Registered at DUO…</source>
        <translation>Geregistreerd bij DUO…</translation>
    </message>
    <message>
        <source>Set the municipality&apos;s status</source>
        <translation>Status van de gemeente zetten</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Copy for a repeat melding</source>
        <translation>Kopiëren voor een herhaalmelding</translation>
    </message>
    <message>
        <source>Withdraw the melding</source>
        <translation>Melding intrekken</translation>
    </message>
    <message>
        <source>Why is the melding withdrawn?</source>
        <translation>Waarom wordt de melding ingetrokken?</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Attach verzuimstaat</source>
        <translation>Verzuimstaat bijvoegen</translation>
    </message>
    <message>
        <source>Makes the verzuimstaat of this melding&apos;s period (geoorloofd absence left out) and keeps it with the melding</source>
        <translation>Maakt de verzuimstaat over de periode van deze melding (zonder geoorloofd verzuim) en bewaart die bij de melding</translation>
    </message>
    <message>
        <source>Verzuimstaat…</source>
        <translation>Verzuimstaat…</translation>
    </message>
    <message>
        <source>Verzuimstaat</source>
        <translation>Verzuimstaat</translation>
    </message>
    <message>
        <source>Invulhulp for the loket…</source>
        <translation>Invulhulp voor het loket…</translation>
    </message>
    <message>
        <source>DUO: %1</source>
        <translation>DUO: %1</translation>
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
        <translation>&apos;%1&apos; is geen ja of nee</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; is geen datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <source>suspected kind of absence</source>
        <translation>vermoedelijke soort verzuim</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of 16UUR, 16UUR_18PLUS, LRV, RMC_18PLUS, OVERIG, LUXE</source>
        <translation>&apos;%1&apos; is niet een van 16UUR, 16UUR_18PLUS, LRV, RMC_18PLUS, OVERIG, LUXE</translation>
    </message>
    <message>
        <source>actions taken</source>
        <translation>ondernomen acties</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; is niet een van %2</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>absence days</source>
        <translation>verzuimdagen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>there is no contact person %1</source>
        <translation>er is geen contactpersoon %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set</source>
        <translation>&apos;%1&apos; is geen veld dat kan worden gezet</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>verbijzondering</translation>
    </message>
    <message>
        <source>absence period from</source>
        <translation>verzuimperiode van</translation>
    </message>
    <message>
        <source>absence period until</source>
        <translation>verzuimperiode tot en met</translation>
    </message>
    <message>
        <source>suspected reason</source>
        <translation>vermoedelijke reden</translation>
    </message>
    <message>
        <source>all lessons missed</source>
        <translation>alle lessen gemist</translation>
    </message>
    <message>
        <source>explanation of the absence</source>
        <translation>toelichting verzuim</translation>
    </message>
    <message>
        <source>action wanted</source>
        <translation>actie gewenst</translation>
    </message>
    <message>
        <source>explanation of action wanted</source>
        <translation>toelichting actie gewenst</translation>
    </message>
    <message>
        <source>handle with priority</source>
        <translation>met prioriteit oppakken</translation>
    </message>
    <message>
        <source>onderwijsaanbiedercode</source>
        <translation>onderwijsaanbiedercode</translation>
    </message>
    <message>
        <source>onderwijslocatiecode</source>
        <translation>onderwijslocatiecode</translation>
    </message>
    <message>
        <source>onderwijslocatie</source>
        <translation>onderwijslocatie</translation>
    </message>
    <message>
        <source>school contact: name</source>
        <translation>contactpersoon school: naam</translation>
    </message>
    <message>
        <source>school contact: function</source>
        <translation>contactpersoon school: functie</translation>
    </message>
    <message>
        <source>school contact: phone</source>
        <translation>contactpersoon school: telefoon</translation>
    </message>
    <message>
        <source>school contact: e-mail</source>
        <translation>contactpersoon school: e-mail</translation>
    </message>
    <message>
        <source>phone of the leerling</source>
        <translation>telefoon leerling</translation>
    </message>
    <message>
        <source>e-mail of the leerling</source>
        <translation>e-mail leerling</translation>
    </message>
    <message>
        <source>different address: street</source>
        <translation>afwijkend adres: straat</translation>
    </message>
    <message>
        <source>different address: house number</source>
        <translation>afwijkend adres: huisnummer</translation>
    </message>
    <message>
        <source>different address: postcode</source>
        <translation>afwijkend adres: postcode</translation>
    </message>
    <message>
        <source>different address: place</source>
        <translation>afwijkend adres: plaats</translation>
    </message>
    <message>
        <source>other action, namely</source>
        <translation>andere actie, namelijk</translation>
    </message>
    <message>
        <source>explanation of actions taken</source>
        <translation>toelichting ondernomen actie</translation>
    </message>
    <message>
        <source>verzuimstaat attached</source>
        <translation>verzuimstaat bijgevoegd</translation>
    </message>
    <message>
        <source>DUO meldingsnummer</source>
        <translation>meldingsnummer DUO</translation>
    </message>
    <message>
        <source>handler at the municipality</source>
        <translation>behandelaar gemeente</translation>
    </message>
    <message>
        <source>feedback of the municipality</source>
        <translation>terugkoppeling gemeente</translation>
    </message>
    <message>
        <source>%1 whole day</source>
        <translation>%1 hele dag</translation>
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
        <translation>Melding %1 (versie %2) voor %3, %4: %5</translation>
    </message>
    <message>
        <source>  ERROR %1: %2</source>
        <translation>  FOUT %1: %2</translation>
    </message>
    <message>
        <source>  warning %1: %2</source>
        <translation>  waarschuwing %1: %2</translation>
    </message>
    <message>
        <source>  Completeness: %1%</source>
        <translation>  Compleetheid: %1%</translation>
    </message>
</context>
<context>
    <name>MeldingRepository</name>
    <message>
        <source>The new melding was not stored.</source>
        <translation>De nieuwe melding is niet opgeslagen.</translation>
    </message>
    <message>
        <source>Melding %1 was changed by someone else in the meantime (you started from version %2). Open it again to see the latest version.</source>
        <translation>Melding %1 is intussen door iemand anders gewijzigd (u begon bij versie %2). Open de melding opnieuw om de nieuwste versie te zien.</translation>
    </message>
</context>
<context>
    <name>MeldingService</name>
    <message>
        <source>Leerling %1 has no signal %2 reached on %3.</source>
        <translation>Leerling %1 heeft geen signaal %2 dat op %3 is bereikt.</translation>
    </message>
    <message>
        <source>No school has been imported yet.</source>
        <translation>Er is nog geen school geïmporteerd.</translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation>Er is geen melding %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be changed while the melding is %2.</source>
        <translation>&apos;%1&apos; kan niet worden gewijzigd zolang de melding %2 is.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A melding that is %1 cannot become %2.</source>
        <translation>Een melding die %1 is, kan niet %2 worden.</translation>
    </message>
    <message>
        <source>The melding is not ready: %1</source>
        <translation>De melding is nog niet gereed: %1</translation>
    </message>
    <message>
        <source>Enter DUO&apos;s meldingsnummer to record the registration.</source>
        <translation>Vul het meldingsnummer van DUO in om de registratie vast te leggen.</translation>
    </message>
    <message>
        <source>Only a melding that is Registered or In progress can be withdrawn; this one is %1.</source>
        <translation>Alleen een melding die Geregistreerd of In behandeling is, kan worden ingetrokken; deze is %1.</translation>
    </message>
    <message>
        <source>&apos;Geen inschrijving&apos; is only possible for meldingen that start on or after %1.</source>
        <translation>&apos;Geen inschrijving&apos; kan alleen bij meldingen die op of na %1 beginnen.</translation>
    </message>
    <message>
        <source>A melding can be withdrawn as wrongly entered up to one year back; this one started on %1.</source>
        <translation>Een melding kan tot één jaar terug worden ingetrokken als foutief of onterecht opgevoerd; deze begon op %1.</translation>
    </message>
    <message>
        <source>meldingsnummer %1</source>
        <translation>meldingsnummer %1</translation>
    </message>
    <message>
        <source>Whether a melding is submitted is recorded by the outbox; use Submit (or enter DUO&apos;s meldingsnummer).</source>
        <translation>Of een melding is ingediend, legt Uitgaand vast; gebruik Indienen (of vul het meldingsnummer van DUO in).</translation>
    </message>
    <message>
        <source>entered by %1 from the verzuimloket</source>
        <translation>ingevuld door %1 uit het verzuimloket</translation>
    </message>
    <message>
        <source>The signal&apos;s whole period is already covered by melding %1.</source>
        <translation>De hele periode van het signaal is al gedekt door melding %1.</translation>
    </message>
    <message>
        <source>covered by melding %1</source>
        <translation>gedekt door melding %1</translation>
    </message>
    <message>
        <source>Melding %1 is registered at DUO and has no change to pass on.</source>
        <translation>Melding %1 is geregistreerd bij DUO en heeft geen wijziging om door te geven.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not changed by hand.</source>
        <translation>&apos;%1&apos; wordt niet met de hand gewijzigd.</translation>
    </message>
</context>
<context>
    <name>MeldingStatus</name>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Ter kennisgeving aangenomen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>MeldingTableModel</name>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
</context>
<context>
    <name>MeldingValidator</name>
    <message>
        <source>The start of the absence period is required.</source>
        <translation>De begindatum van de verzuimperiode is verplicht.</translation>
    </message>
    <message>
        <source>An end date is required for a 16-hour melding.</source>
        <translation>Bij een melding 16 uur is een einddatum verplicht.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only for leerlingen under 18.</source>
        <translation>&apos;%1&apos; is alleen voor leerlingen jonger dan 18.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is only for leerlingen of 18 or older.</source>
        <translation>&apos;%1&apos; is alleen voor leerlingen van 18 of ouder.</translation>
    </message>
    <message>
        <source>The suspected reason is required.</source>
        <translation>De vermoedelijke reden is verplicht.</translation>
    </message>
    <message>
        <source>Explain why no action is wanted.</source>
        <translation>Licht toe waarom geen actie gewenst is.</translation>
    </message>
    <message>
        <source>Langdurig relatief verzuim is always handled with priority.</source>
        <translation>Langdurig relatief verzuim wordt altijd met prioriteit opgepakt.</translation>
    </message>
    <message>
        <source>Name at least one action the school has taken.</source>
        <translation>Noem minstens één actie die de school heeft ondernomen.</translation>
    </message>
    <message>
        <source>Describe the other action taken.</source>
        <translation>Beschrijf de andere ondernomen actie.</translation>
    </message>
    <message>
        <source>Lesuren cannot be given when all lessons were missed.</source>
        <translation>Lesuren kunnen niet worden opgegeven als alle lessen zijn gemist.</translation>
    </message>
    <message>
        <source>Contact person %1 has no phone number or e-mail address.</source>
        <translation>Contactpersoon %1 heeft geen telefoonnummer of e-mailadres.</translation>
    </message>
    <message>
        <source>At most %1 contact persons can be sent along.</source>
        <translation>Er kunnen hoogstens %1 contactpersonen worden meegestuurd.</translation>
    </message>
    <message>
        <source>The school&apos;s contact person is required.</source>
        <translation>De contactpersoon van de school is verplicht.</translation>
    </message>
    <message>
        <source>The e-mail address of the school&apos;s contact person is required.</source>
        <translation>Het e-mailadres van de contactpersoon van de school is verplicht.</translation>
    </message>
    <message>
        <source>The period overlaps melding %1 (%2 to %3).</source>
        <translation>De periode overlapt melding %1 (%2 tot en met %3).</translation>
    </message>
    <message>
        <source>No parent or carer is sent along; the leerplichtambtenaar cannot reach the family.</source>
        <translation>Er wordt geen ouder of verzorger meegestuurd; de leerplichtambtenaar kan het gezin niet bereiken.</translation>
    </message>
    <message>
        <source>The school&apos;s contact person has no phone number.</source>
        <translation>De contactpersoon van de school heeft geen telefoonnummer.</translation>
    </message>
    <message>
        <source>The function of the school&apos;s contact person is missing.</source>
        <translation>De functie van de contactpersoon van de school ontbreekt.</translation>
    </message>
    <message>
        <source>The suspected reason does not answer the question; describe what the school thinks is going on.</source>
        <translation>De vermoedelijke reden beantwoordt de vraag niet; beschrijf wat er volgens de school aan de hand is.</translation>
    </message>
    <message>
        <source>The reason seems to mention health, religion or justice. Use one of DUO&apos;s standard texts instead: %1.</source>
        <translation>De reden lijkt gezondheid, geloof of justitie te noemen. Gebruik in plaats daarvan een standaardtekst van DUO: %1.</translation>
    </message>
    <message>
        <source>The leslocatie is missing.</source>
        <translation>De leslocatie ontbreekt.</translation>
    </message>
    <message>
        <source>No verzuimstaat is attached.</source>
        <translation>Er is geen verzuimstaat bijgevoegd.</translation>
    </message>
    <message>
        <source>This repeat melding comes within 7 days of the previous one (%1).</source>
        <translation>Deze herhaalmelding valt binnen 7 dagen na de vorige (%1).</translation>
    </message>
    <message>
        <source>This is the 5th 16-hour melding in a row; report langdurig relatief verzuim instead.</source>
        <translation>Dit is de 5e melding 16 uur op rij; meld in plaats daarvan langdurig relatief verzuim.</translation>
    </message>
    <message>
        <source>This explanation seems to mention health, religion or justice; the leerling and the ouders can read it on an inzage request.</source>
        <translation>Deze toelichting lijkt iets te zeggen over gezondheid, geloof of justitie; de leerling en de ouders kunnen haar lezen bij een inzageverzoek.</translation>
    </message>
    <message>
        <source>Contact person %1 is marked confidential and can never be sent along.</source>
        <translation>Contactpersoon %1 is als geheim gemarkeerd en kan nooit worden meegestuurd.</translation>
    </message>
    <message>
        <source>%1 is a parent of a leerling of 18 or older who has not consented: the contact cannot be sent along.</source>
        <translation>%1 is een ouder van een leerling van 18 jaar of ouder die geen toestemming heeft gegeven: deze contactpersoon kan niet worden meegestuurd.</translation>
    </message>
    <message>
        <source>Verzuimdag %1 has neither the whole day nor a number of lesuren.</source>
        <translation>Verzuimdag %1 heeft geen hele dag en geen aantal lesuren.</translation>
    </message>
</context>
<context>
    <name>MeldingenCommand</name>
    <message>
        <source>meldingen [--json]: every melding with leerling, DUO number, status and dates</source>
        <translation>meldingen [--json]: alle meldingen met leerling, meldingsnummer, status en data</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
</context>
<context>
    <name>MeldingenPage</name>
    <message>
        <source>&lt;h2&gt;Meldingen&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Meldingen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Every melding, whatever its status, as an Excel workbook or CSV</source>
        <translation>Alle meldingen, met elke status, als Excel-werkmap of CSV</translation>
    </message>
    <message>
        <source>meldingen</source>
        <translation>meldingen</translation>
    </message>
</context>
<context>
    <name>OpschonenCommand</name>
    <message>
        <source>--bewaartermijn takes a number of years.</source>
        <translation>--bewaartermijn verwacht een aantal jaren.</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last enrolled on</source>
        <translation>Laatst ingeschreven tot</translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation>Absentieregistraties</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) removed.</source>
        <translation>
            <numerusform>%n leerling verwijderd.</numerusform>
            <numerusform>%n leerlingen verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made first: %1</source>
        <translation>Eerst is een reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Verslag geschreven naar %1.</translation>
    </message>
    <message>
        <source>opschonen [--bewaartermijn YEARS] [--bevestig COUNT [--uit REPORT.csv]]: shows which leerlingen are past the retention period; removes them when --bevestig repeats the preview&apos;s count</source>
        <translation>opschonen [--bewaartermijn JAREN] [--bevestig AANTAL [--uit VERSLAG.csv]]: toont welke leerlingen voorbij de bewaartermijn zijn; verwijdert ze als --bevestig het aantal uit het voorbeeld herhaalt</translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) whose inschrijving ended before %1. Nothing was removed; repeat with --bevestig %n to remove them.</source>
        <translation>
            <numerusform>%n leerling van wie de inschrijving vóór %1 eindigde. Er is niets verwijderd; herhaal met --bevestig %n om te verwijderen.</numerusform>
            <numerusform>%n leerlingen van wie de inschrijving vóór %1 eindigde. Er is niets verwijderd; herhaal met --bevestig %n om ze te verwijderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview now holds %n leerling(en), not %1. Nothing was removed; look at the preview again.</source>
        <translation>
            <numerusform>Het voorbeeld telt nu %n leerling, niet %1. Er is niets verwijderd; bekijk het voorbeeld opnieuw.</numerusform>
            <numerusform>Het voorbeeld telt nu %n leerlingen, niet %1. Er is niets verwijderd; bekijk het voorbeeld opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists; choose another file or add --overschrijven. Nothing was removed.</source>
        <translation>%1 bestaat al; kies een ander bestand of voeg --overschrijven toe. Er is niets verwijderd.</translation>
    </message>
</context>
<context>
    <name>OpvolgingCommand</name>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation>Geef de peildatum als --peildatum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up task(s) on %1.</source>
        <translation>
            <numerusform>%n opvolgtaak op %1.</numerusform>
            <numerusform>%n opvolgtaken op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>opvolging [--peildatum YYYY-MM-DD] [--json]: the follow-up tasks of the meldingen (end date to give, open without end date, no response, a change to pass on to DUO); accept an end date with melding ID --zet einddatum=YYYY-MM-DD</source>
        <translation>opvolging [--peildatum JJJJ-MM-DD] [--json]: de opvolgtaken van de meldingen (einddatum doorgeven, open zonder einddatum, geen reactie, een wijziging om aan DUO door te geven); neem een einddatum over met melding ID --zet einddatum=JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Ready: in the outbox for the %1 (version %2)</source>
        <translation>Gereed: in Uitgaand voor het %1 (versie %2)</translation>
    </message>
    <message>
        <source>Melding %1 may already be at DUO (%2); it cannot go back to draft until that is known.</source>
        <translation>Melding %1 is misschien al bij DUO (%2); ze kan pas terug naar concept als dat bekend is.</translation>
    </message>
    <message>
        <source>Back to draft before it was sent: taken out of the outbox</source>
        <translation>Terug naar concept voordat ze verstuurd was: uit Uitgaand gehaald</translation>
    </message>
    <message>
        <source>Registered by DUO as %1 (%2)</source>
        <translation>Geregistreerd door DUO als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Invulhulp…</source>
        <translation>Invulhulp…</translation>
    </message>
    <message>
        <source>Meldingsnummer…</source>
        <translation>Meldingsnummer…</translation>
    </message>
    <message>
        <source>Submit through the loket instead</source>
        <translation>Toch via het loket indienen</translation>
    </message>
    <message>
        <source>Send to DUO now</source>
        <translation>Nu naar DUO versturen</translation>
    </message>
    <message>
        <source>Fetch statuses from DUO</source>
        <translation>Statussen bij DUO ophalen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Outbox&lt;/h2&gt;Meldingen that are ready wait here until DUO has registered them. None is ever submitted twice.</source>
        <translation>&lt;h2&gt;Uitgaand&lt;/h2&gt;Meldingen die gereed zijn wachten hier tot DUO ze heeft geregistreerd. Geen enkele wordt twee keer ingediend.</translation>
    </message>
    <message>
        <source>What happened to the selected melding:</source>
        <translation>Wat er met de gekozen melding gebeurde:</translation>
    </message>
    <message>
        <source>Invulhulp</source>
        <translation>Invulhulp</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Uitgaand</translation>
    </message>
    <message>
        <source>There is no machine-to-machine connection with DUO (DUO&apos;s onboarding and a PKIoverheid certificate are needed). Submit through the verzuimloket with the invulhulp.</source>
        <translation>Er is geen machine-naar-machinekoppeling met DUO (daarvoor zijn de aansluiting bij DUO en een PKIoverheid-certificaat nodig). Dien in via het verzuimloket met de invulhulp.</translation>
    </message>
    <message>
        <source>DUO certificate</source>
        <translation>DUO-certificaat</translation>
    </message>
    <message>
        <source>The passphrase of the certificate %1:</source>
        <translation>Het wachtwoord van het certificaat %1:</translation>
    </message>
    <message>
        <source>Talking to DUO…</source>
        <translation>In gesprek met DUO…</translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation>Melding %1 is geregistreerd door DUO: meldingsnummer %2.</translation>
    </message>
    <message>
        <source>DUO rejected melding %1; its reasons are shown in the melding.</source>
        <translation>DUO heeft melding %1 afgewezen; de redenen staan bij de melding.</translation>
    </message>
    <message>
        <source>Melding %1: %2 %3</source>
        <translation>Melding %1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n melding(en) changed at DUO.</source>
        <translation>
            <numerusform>%n melding gewijzigd bij DUO.</numerusform>
            <numerusform>%n meldingen gewijzigd bij DUO.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send machine-to-machine instead…</source>
        <translation>Toch machine-naar-machine versturen…</translation>
    </message>
    <message>
        <source>Send melding %1 machine-to-machine? Only when it has not been typed into the verzuimloket: DUO would then have it twice.</source>
        <translation>Melding %1 machine-naar-machine versturen? Alleen als ze niet in het verzuimloket is ingevuld: dan zou DUO haar twee keer hebben.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV voor Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewService</name>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
</context>
<context>
    <name>OverviewTables</name>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meldingsnummer</source>
        <translation>Meldingsnummer</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Verzuimstaat attached</source>
        <translation>Verzuimstaat bijgevoegd</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Uiterlijk melden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation>Geoorloofd</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation>Lesuren</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
</context>
<context>
    <name>Pgn</name>
    <message>
        <source>a PGN has exactly 9 digits, found &apos;%1&apos;</source>
        <translation>een PGN heeft precies 9 cijfers, gevonden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a valid BSN (11-proef) nor a valid onderwijsnummer</source>
        <translation>&apos;%1&apos; is geen geldig BSN (11-proef) en geen geldig onderwijsnummer</translation>
    </message>
</context>
<context>
    <name>PostgresAddress</name>
    <message>
        <source>%1 is not a PostgreSQL address; write postgresql://USER@HOST[:PORT]/DATABASE[?schema=NAME].</source>
        <translation>%1 is geen PostgreSQL-adres; schrijf postgresql://GEBRUIKER@SERVER[:POORT]/DATABASE[?schema=NAAM].</translation>
    </message>
    <message>
        <source>The schema name &apos;%1&apos; may hold only lower-case letters, digits and _.</source>
        <translation>De schemanaam &apos;%1&apos; mag alleen kleine letters, cijfers en _ bevatten.</translation>
    </message>
    <message>
        <source>%1: the parameter &apos;%2&apos; is unknown; an address takes schema and libpq&apos;s ssl parameters (sslmode, sslrootcert, …).</source>
        <translation>%1: de parameter &apos;%2&apos; is onbekend; een adres kent schema en de ssl-parameters van libpq (sslmode, sslrootcert, …).</translation>
    </message>
    <message>
        <source>%1: sslmode &apos;%2&apos; does not exist; write one of %3.</source>
        <translation>%1: sslmode &apos;%2&apos; bestaat niet; schrijf een van %3.</translation>
    </message>
    <message>
        <source>%1: the value of %2 may not hold ; &apos; or \.</source>
        <translation>%1: de waarde van %2 mag geen ; &apos; of \ bevatten.</translation>
    </message>
</context>
<context>
    <name>PostgresCopy</name>
    <message>
        <source>Bulk loading needs PostgreSQL through libpq.</source>
        <translation>Snel laden vraagt PostgreSQL via libpq.</translation>
    </message>
    <message>
        <source>COPY did not start</source>
        <translation>COPY is niet begonnen</translation>
    </message>
    <message>
        <source>sending the rows failed</source>
        <translation>het versturen van de rijen is mislukt</translation>
    </message>
    <message>
        <source>ending COPY failed</source>
        <translation>het afsluiten van COPY is mislukt</translation>
    </message>
    <message>
        <source>%1: the server refused the rows: %2</source>
        <translation>%1: de server weigerde de rijen: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last enrolled on</source>
        <translation>Laatst ingeschreven tot</translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation>Absentieregistraties</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Remove these leerlingen…</source>
        <translation>Deze leerlingen verwijderen…</translation>
    </message>
    <message>
        <source>Remove leerlingen past the retention period</source>
        <translation>Leerlingen voorbij de bewaartermijn verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>The school keeps a leerling&apos;s data for %n year(s) after the last inschrijving ended. These leerlingen left before %1; nothing is removed until you confirm.</source>
        <translation>
            <numerusform>De school bewaart de gegevens van een leerling %n jaar na het einde van de laatste inschrijving. Deze leerlingen vertrokken vóór %1; er wordt niets verwijderd voordat u bevestigt.</numerusform>
            <numerusform>De school bewaart de gegevens van een leerling %n jaar na het einde van de laatste inschrijving. Deze leerlingen vertrokken vóór %1; er wordt niets verwijderd voordat u bevestigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n leerling(en) with their absence, meldingen and notes for good? A backup is made first, and the audit trail records that a purge happened.</source>
        <translation>
            <numerusform>%n leerling met absenties, meldingen en notities definitief verwijderen? Eerst wordt een reservekopie gemaakt, en het auditlogboek legt vast dat er is opgeschoond.</numerusform>
            <numerusform>%n leerlingen met hun absenties, meldingen en notities definitief verwijderen? Eerst wordt een reservekopie gemaakt, en het auditlogboek legt vast dat er is opgeschoond.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report of what was removed</source>
        <translation>Verslag van wat is verwijderd opslaan</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>verwijderd %1</translation>
    </message>
</context>
<context>
    <name>PurgeLedger</name>
    <message>
        <source>The record of purges %1 cannot be read: %2</source>
        <translation>Het overzicht van opschoningen %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The record of purges %1 is damaged.</source>
        <translation>Het overzicht van opschoningen %1 is beschadigd.</translation>
    </message>
    <message>
        <source>The record of purges %1 cannot be written: %2</source>
        <translation>Het overzicht van opschoningen %1 kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Name the backup with --van FILE; see the command reservekopieen.</source>
        <translation>Geef de reservekopie op met --van BESTAND; zie de opdracht reservekopieen.</translation>
    </message>
    <message>
        <source>%1 has been restored from %2.</source>
        <translation>%1 is teruggezet vanuit %2.</translation>
    </message>
    <message>
        <source>There is no verified backup of %1. Leave the damaged file as it is and ask for help: it may still hold the school&apos;s data.</source>
        <translation>Er is geen gecontroleerde reservekopie van %1. Laat het beschadigde bestand zoals het is en vraag om hulp: het kan de gegevens van de school nog bevatten.</translation>
    </message>
    <message>
        <source>The newest verified backup is %1, made on %2. Put it back with:
  verzuimdesk-cli --db %3 herstel --van %4</source>
        <translation>De nieuwste gecontroleerde reservekopie is %1, gemaakt op %2. Zet die terug met:
  verzuimdesk-cli --db %3 herstel --van %4</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Het vervangen bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>herstel --van BACKUP: puts a backup in place of the database and removes again the leerlingen purged since; the replaced file is kept beside it</source>
        <translation>herstel --van RESERVEKOPIE: zet een reservekopie terug in plaats van de database en verwijdert opnieuw de leerlingen die sindsdien zijn opgeschoond; het vervangen bestand blijft ernaast bewaard</translation>
    </message>
</context>
<context>
    <name>RestoreService</name>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Er is niets teruggezet: %1</translation>
    </message>
    <message>
        <source>The backup is in place, but the leerlingen purged since it was made could not be removed again: %1. Open the database and remove them (Administration → Remove leerlingen past the retention period…, or verzuimdesk-cli opschonen) before anyone works with it.</source>
        <translation>De reservekopie staat terug, maar de leerlingen die sindsdien zijn opgeschoond, konden niet opnieuw worden verwijderd: %1. Open de database en verwijder ze (Beheer → Leerlingen voorbij de bewaartermijn verwijderen…, of verzuimdesk-cli opschonen) voordat iemand ermee werkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n leerling(en) whom a purge after the backup had removed were removed again; the audit trail records it.</source>
        <translation>
            <numerusform>%n leerling die na het maken van de reservekopie was opgeschoond, is opnieuw verwijderd; het auditlogboek legt dat vast.</numerusform>
            <numerusform>%n leerlingen die na het maken van de reservekopie waren opgeschoond, zijn opnieuw verwijderd; het auditlogboek legt dat vast.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>Counting %1 failed.</source>
        <translation>Het tellen van %1 is mislukt.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Last enrolled on</source>
        <translation>Laatst ingeschreven tot</translation>
    </message>
    <message>
        <source>Absence records</source>
        <translation>Absentieregistraties</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The retention period is between 2 and 100 years; %1 is not.</source>
        <translation>De bewaartermijn ligt tussen 2 en 100 jaar; %1 niet.</translation>
    </message>
    <message>
        <source>Import the school first; the retention period is one of its settings.</source>
        <translation>Importeer eerst de school; de bewaartermijn is een van haar instellingen.</translation>
    </message>
    <message>
        <source>Nothing was removed: the leerlingen to remove changed since the preview. Look at the preview again.</source>
        <translation>Er is niets verwijderd: de te verwijderen leerlingen zijn veranderd sinds het voorbeeld. Bekijk het voorbeeld opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>Er is niets verwijderd: %1</translation>
    </message>
    <message>
        <source>the leerlingen to remove changed since the preview.</source>
        <translation>de te verwijderen leerlingen zijn veranderd sinds het voorbeeld.</translation>
    </message>
    <message>
        <source>The leerlingen were removed, but a backup put in place later would bring them back: %1</source>
        <translation>De leerlingen zijn verwijderd, maar een reservekopie die later wordt teruggezet, zou ze terugbrengen: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Attendance coordinator</source>
        <translation>Verzuimcoördinator</translation>
    </message>
    <message>
        <source>Attendance officer</source>
        <translation>Verzuimmedewerker</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
    </message>
</context>
<context>
    <name>SchoolBenchmark</name>
    <message>
        <source>The GUI did not report its figures: %1</source>
        <translation>Het programmavenster gaf zijn meetwaarden niet door: %1</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>De database kopiëren</translation>
    </message>
    <message>
        <source>Importing every absence record again</source>
        <translation>Alle absentieregistraties opnieuw importeren</translation>
    </message>
    <message>
        <source>records/s</source>
        <translation>registraties/s</translation>
    </message>
    <message>
        <source>Computing every signal from the database</source>
        <translation>Alle signalen berekenen vanuit de database</translation>
    </message>
    <message>
        <source>Computing every signal in the engine alone</source>
        <translation>Alle signalen berekenen in alleen de regelmotor</translation>
    </message>
    <message>
        <source>Loading leerlingen and records</source>
        <translation>Leerlingen en registraties laden</translation>
    </message>
    <message>
        <source>All signals, engine alone</source>
        <translation>Alle signalen, alleen de regelmotor</translation>
    </message>
    <message>
        <source>Signals found</source>
        <translation>Gevonden signalen</translation>
    </message>
    <message>
        <source>signals</source>
        <translation>signalen</translation>
    </message>
    <message>
        <source>Computing 16UUR alone with a SQL window query</source>
        <translation>Alleen 16UUR berekenen met een SQL-vensterquery</translation>
    </message>
    <message>
        <source>The database holds no school.</source>
        <translation>De database bevat geen school.</translation>
    </message>
    <message>
        <source>16UUR alone as a SQL window query</source>
        <translation>Alleen 16UUR als SQL-vensterquery</translation>
    </message>
    <message>
        <source>Engine (eight kinds) faster than SQL (one kind)</source>
        <translation>Regelmotor (acht soorten) sneller dan SQL (één soort)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Recomputing one leerling after a new record</source>
        <translation>Eén leerling opnieuw berekenen na een nieuwe registratie</translation>
    </message>
    <message>
        <source>Drawing one verzuimstaat</source>
        <translation>Eén verzuimstaat tekenen</translation>
    </message>
    <message>
        <source>One verzuimstaat as PDF</source>
        <translation>Eén verzuimstaat als PDF</translation>
    </message>
    <message>
        <source>Starting the GUI offscreen</source>
        <translation>Het programmavenster onzichtbaar starten</translation>
    </message>
    <message>
        <source>GUI start to a filled signal screen</source>
        <translation>Start tot een gevuld signalenscherm</translation>
    </message>
    <message>
        <source>Filtering the leerlingen list</source>
        <translation>De leerlingenlijst filteren</translation>
    </message>
    <message>
        <source>Peak memory, GUI</source>
        <translation>Piekgeheugen, programmavenster</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Importing the same absence as time ranges</source>
        <translation>Dezelfde absentie importeren als tijdvakken</translation>
    </message>
    <message>
        <source>Time ranges left out: the school has no lestijden</source>
        <translation>Tijdvakken overgeslagen: de school heeft geen lestijden</translation>
    </message>
    <message>
        <source>Every signal current after one leerling&apos;s new record</source>
        <translation>Alle signalen bijgewerkt na een nieuwe registratie van één leerling</translation>
    </message>
    <message>
        <source>After one leerling&apos;s new record %1 leerlingen were computed again.</source>
        <translation>Na een nieuwe registratie van één leerling zijn %1 leerlingen opnieuw berekend.</translation>
    </message>
    <message>
        <source>All signals, computed from the database and stored</source>
        <translation>Alle signalen, berekend uit de database en bewaard</translation>
    </message>
    <message>
        <source>Reading the stored signals</source>
        <translation>De bewaarde signalen lezen</translation>
    </message>
    <message>
        <source>All signals, read from the stored signals</source>
        <translation>Alle signalen, gelezen uit de bewaarde signalen</translation>
    </message>
    <message>
        <source>Reading the stored signals computed %1 leerlingen again.</source>
        <translation>Bij het lezen van de bewaarde signalen zijn %1 leerlingen opnieuw berekend.</translation>
    </message>
    <message>
        <source>Running signalen --json as a whole process</source>
        <translation>signalen --json als heel proces uitvoeren</translation>
    </message>
    <message>
        <source>signalen --json, whole process</source>
        <translation>signalen --json, heel proces</translation>
    </message>
    <message>
        <source>signalen --json (eight kinds) faster than SQL (one kind)</source>
        <translation>signalen --json (acht soorten) sneller dan SQL (één soort)</translation>
    </message>
    <message>
        <source>signalen --json --herbereken, whole process</source>
        <translation>signalen --json --herbereken, heel proces</translation>
    </message>
    <message>
        <source>Importing the last week again</source>
        <translation>De laatste week opnieuw importeren</translation>
    </message>
    <message numerus="yes">
        <source>Importing the last week (%n record(s))</source>
        <translation>
            <numerusform>De laatste week importeren (%n record)</numerusform>
            <numerusform>De laatste week importeren (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signal current after that week&apos;s import</source>
        <translation>Alle signalen actueel na de import van die week</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Kan %1 niet starten: %2</translation>
    </message>
    <message>
        <source>%1 did not end within %2 s.</source>
        <translation>%1 was niet binnen %2 s klaar.</translation>
    </message>
    <message>
        <source>%1 did not succeed: %2</source>
        <translation>%1 is niet gelukt: %2</translation>
    </message>
    <message>
        <source>signalen --json did not write a JSON array.</source>
        <translation>signalen --json schreef geen JSON-lijst.</translation>
    </message>
    <message>
        <source>import --absenties, whole process</source>
        <translation>import --absenties, heel proces</translation>
    </message>
    <message>
        <source>Peak memory, import --absenties</source>
        <translation>Piekgeheugen, import --absenties</translation>
    </message>
    <message>
        <source>Peak memory, signalen --json --herbereken</source>
        <translation>Piekgeheugen, signalen --json --herbereken</translation>
    </message>
    <message>
        <source>import --absenties of time ranges, whole process, in day records</source>
        <translation>import --absenties van tijdvakken, heel proces, in dagregistraties</translation>
    </message>
    <message>
        <source>Peak memory, import of time ranges</source>
        <translation>Piekgeheugen, import van tijdvakken</translation>
    </message>
</context>
<context>
    <name>SchoolChanges</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 t/m %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Instellingscode</source>
        <translation>Instellingscode</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Contact persons of the school</source>
        <translation>Contactpersonen school</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Leslocaties</translation>
    </message>
    <message>
        <source>Vakanties</source>
        <translation>Vakanties</translation>
    </message>
    <message>
        <source>Vrije dagen</source>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>Absence codes</source>
        <translation>Absentiecodes</translation>
    </message>
    <message>
        <source>Minutes per lesuur</source>
        <translation>Minuten per lesuur</translation>
    </message>
    <message>
        <source>Lestijden</source>
        <translation>Lestijden</translation>
    </message>
    <message>
        <source>Lestijden on %1</source>
        <translation>Lestijden op %1</translation>
    </message>
</context>
<context>
    <name>SchoolChangesBox</name>
    <message>
        <source>school.json changes the school&apos;s settings</source>
        <translation>school.json wijzigt de instellingen van de school</translation>
    </message>
    <message>
        <source>Replace these settings with the ones in school.json</source>
        <translation>Vervang deze instellingen door die uit school.json</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Now (removed)</source>
        <translation>Nu (vervalt)</translation>
    </message>
    <message>
        <source>From the file (added)</source>
        <translation>Uit het bestand (komt erbij)</translation>
    </message>
    <message>
        <source>Settings made in Instellingen are replaced by the file&apos;s. Go back and leave school.json out to keep them.</source>
        <translation>Wat in Instellingen is ingevuld, wordt vervangen door wat in het bestand staat. Ga terug en laat school.json weg om het te houden.</translation>
    </message>
</context>
<context>
    <name>SchoolGenerator</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet maken.</translation>
    </message>
    <message>
        <source>Stopped: no files were written.</source>
        <translation>Gestopt: er zijn geen bestanden geschreven.</translation>
    </message>
</context>
<context>
    <name>SchoolJsonReader</name>
    <message>
        <source>&apos;%1&apos; is not a date (expected YYYY-MM-DD or DD-MM-YYYY)</source>
        <translation>&apos;%1&apos; is geen datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>verwacht een geheel getal van %1 tot en met %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>verwacht true of false</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>verwacht een JSON-object</translation>
    </message>
    <message>
        <source>a school name is required</source>
        <translation>de naam van de school is verplicht</translation>
    </message>
    <message>
        <source>an instellingscode is required</source>
        <translation>een instellingscode is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not po, vo or mbo</source>
        <translation>&apos;%1&apos; is geen po, vo of mbo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not noord, midden or zuid</source>
        <translation>&apos;%1&apos; is geen noord, midden of zuid</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>onbekend veld, genegeerd</translation>
    </message>
    <message>
        <source>the vakantie ends before it starts</source>
        <translation>de vakantie eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>a code is required</source>
        <translation>een code is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of afwezig, te_laat, ziek, verlof, schorsing, luxe</source>
        <translation>&apos;%1&apos; is niet een van afwezig, te_laat, ziek, verlof, schorsing, luxe</translation>
    </message>
    <message>
        <source>expected rising whole numbers above zero</source>
        <translation>verwacht oplopende gehele getallen groter dan nul</translation>
    </message>
    <message>
        <source>unknown setting, ignored</source>
        <translation>onbekende instelling, genegeerd</translation>
    </message>
    <message>
        <source>a contact person needs a name</source>
        <translation>een contactpersoon heeft een naam nodig</translation>
    </message>
    <message>
        <source>a location needs a name</source>
        <translation>een locatie heeft een naam nodig</translation>
    </message>
    <message>
        <source>expected a list [ … ]</source>
        <translation>verwacht een lijst [ … ]</translation>
    </message>
    <message>
        <source>expected an object { … }</source>
        <translation>verwacht een object { … }</translation>
    </message>
    <message>
        <source>expected text in quotes</source>
        <translation>verwacht tekst tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>given twice; only one value can hold</source>
        <translation>twee keer opgegeven; er kan maar één waarde gelden</translation>
    </message>
    <message>
        <source>not standaard or ma, di, wo, do, vr; ignored</source>
        <translation>niet standaard of ma, di, wo, do, vr; genegeerd</translation>
    </message>
    <message>
        <source>the lessons of a standard lesdag are required</source>
        <translation>de lessen van een gewone lesdag zijn verplicht</translation>
    </message>
    <message>
        <source>expected times as HH:MM in van and tot</source>
        <translation>verwacht tijden als UU:MM in van en tot</translation>
    </message>
    <message>
        <source>expected a lesuur number</source>
        <translation>een lesuurnummer verwacht</translation>
    </message>
</context>
<context>
    <name>SchoolService</name>
    <message>
        <source>The school&apos;s name is required.</source>
        <translation>De naam van de school is verplicht.</translation>
    </message>
    <message>
        <source>The instellingscode is two digits and two capital letters, like 12AB.</source>
        <translation>De instellingscode bestaat uit twee cijfers en twee hoofdletters, zoals 12AB.</translation>
    </message>
    <message>
        <source>A lesuur of %1 minutes cannot be right.</source>
        <translation>Een lesuur van %1 minuten kan niet kloppen.</translation>
    </message>
    <message>
        <source>Every vakantie needs a name.</source>
        <translation>Elke vakantie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>%1 must have a first and last day, in that order.</source>
        <translation>%1 moet een eerste en laatste dag hebben, in die volgorde.</translation>
    </message>
    <message>
        <source>The thresholds must be positive numbers.</source>
        <translation>De drempels moeten positieve getallen zijn.</translation>
    </message>
    <message>
        <source>The lateness levels must be rising numbers, like 3, 6, 9.</source>
        <translation>De te-laat-niveaus moeten oplopende getallen zijn, zoals 3, 6, 9.</translation>
    </message>
    <message>
        <source>Every contactpersoon needs a name and a telephone number: the leerplichtambtenaar must be able to call.</source>
        <translation>Elke contactpersoon heeft een naam en een telefoonnummer nodig: de leerplichtambtenaar moet kunnen bellen.</translation>
    </message>
</context>
<context>
    <name>SchoolSettingsDialog</name>
    <message>
        <source>%1, row %2: &apos;%3&apos; is not a date (DD-MM-YYYY).</source>
        <translation>%1, regel %2: &apos;%3&apos; is geen datum (DD-MM-JJJJ).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Onderwijsaanbiedercode</source>
        <translation>Onderwijsaanbiedercode</translation>
    </message>
    <message>
        <source>Onderwijslocatiecode</source>
        <translation>Onderwijslocatiecode</translation>
    </message>
    <message>
        <source>Lateness counts towards the 16 hours</source>
        <translation>Te laat telt mee voor de 16 uur</translation>
    </message>
    <message>
        <source>Report 16 hours for leerlingen of 18 and older</source>
        <translation>16 uur melden voor leerlingen van 18 jaar en ouder</translation>
    </message>
    <message>
        <source>Welcome — set up your school</source>
        <translation>Welkom — richt uw school in</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Fill in the official dates for the region</source>
        <translation>Officiële data voor de regio invullen</translation>
    </message>
    <message>
        <source>Vakanties</source>
        <translation>Vakanties</translation>
    </message>
    <message>
        <source>Vrije dagen</source>
        <translation>Vrije dagen</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Locaties</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Fill in your school&apos;s details. The region&apos;s vakanties are filled in already; check them, add your vrije dagen and a contactpersoon the leerplichtambtenaar can call. Then import your leerlingen and absences.</source>
        <translation>Vul de gegevens van uw school in. De vakanties van de regio zijn al ingevuld; controleer ze, voeg uw vrije dagen toe en een contactpersoon die de leerplichtambtenaar kan bellen. Importeer daarna uw leerlingen en absenties.</translation>
    </message>
    <message>
        <source>Primary (po)</source>
        <translation>Primair onderwijs (po)</translation>
    </message>
    <message>
        <source>Secondary (vo)</source>
        <translation>Voortgezet onderwijs (vo)</translation>
    </message>
    <message>
        <source>Vocational (mbo)</source>
        <translation>Middelbaar beroepsonderwijs (mbo)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>Instellingscode</source>
        <translation>Instellingscode</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Lesuur</source>
        <translation>Lesuur</translation>
    </message>
    <message>
        <source>Preventive signal from (hours in 4 lesweken)</source>
        <translation>Preventief signaal vanaf (uren in 4 lesweken)</translation>
    </message>
    <message>
        <source>Doorstroompunt (RMC) signal after (weeks)</source>
        <translation>Signaal Doorstroompunt (RMC) na (weken)</translation>
    </message>
    <message>
        <source>Continuous absence: present days tolerated</source>
        <translation>Aaneengesloten verzuim: toegestane aanwezige dagen</translation>
    </message>
    <message>
        <source>Lateness levels (times)</source>
        <translation>Te-laat-niveaus (aantal keer)</translation>
    </message>
    <message>
        <source>The official dates for region %1 are filled in; check them.</source>
        <translation>De officiële data voor regio %1 zijn ingevuld; controleer ze.</translation>
    </message>
    <message>
        <source>Not bundled for %1/%2, fill these in yourself: %3.</source>
        <translation>Niet meegeleverd voor %1/%2, vul deze zelf in: %3.</translation>
    </message>
    <message>
        <source>Lateness levels: &apos;%1&apos; is not a number.</source>
        <translation>Te-laat-niveaus: &apos;%1&apos; is geen getal.</translation>
    </message>
    <message>
        <source>Lestijden</source>
        <translation>Lestijden</translation>
    </message>
</context>
<context>
    <name>SignaalCommand</name>
    <message>
        <source>signaal --pgn PGN --soort SOORT --begindatum YYYY-MM-DD [--niveau N] --status STATUS [--reden TEXT]: records what was done with a signal</source>
        <translation>signaal --pgn PGN --soort SOORT --begindatum JJJJ-MM-DD [--niveau N] --status STATUS [--reden TEKST]: legt vast wat er met een signaal is gedaan</translation>
    </message>
    <message>
        <source>Name the signal with --pgn, --soort and --begindatum, and the new --status (nieuw, in_behandeling, gemeld or niet_melden).</source>
        <translation>Geef het signaal op met --pgn, --soort en --begindatum, en de nieuwe --status (nieuw, in_behandeling, gemeld of niet_melden).</translation>
    </message>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation>Geef de peildatum op als --peildatum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>Signal %1 of %2 is now: %3.</source>
        <translation>Signaal %1 van %2 is nu: %3.</translation>
    </message>
</context>
<context>
    <name>SignalKind</name>
    <message>
        <source>16 hours in 4 weeks</source>
        <translation>16 uur in 4 weken</translation>
    </message>
    <message>
        <source>16 hours in 4 weeks (18+)</source>
        <translation>16 uur in 4 weken (18+)</translation>
    </message>
    <message>
        <source>Long-term relative absence</source>
        <translation>Langdurig relatief verzuim</translation>
    </message>
    <message>
        <source>Doorstroompunt (RMC), 18+</source>
        <translation>Doorstroompunt (RMC), 18+</translation>
    </message>
    <message>
        <source>Luxury absence</source>
        <translation>Luxeverzuim</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Preventief</translation>
    </message>
    <message>
        <source>Lateness</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Worrying sick leave (M@ZL)</source>
        <translation>Zorgwekkend ziekteverzuim (M@ZL)</translation>
    </message>
</context>
<context>
    <name>SignalStatus</name>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in behandeling</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>gemeld</translation>
    </message>
    <message>
        <source>not to be reported</source>
        <translation>niet melden</translation>
    </message>
</context>
<context>
    <name>SignalTableModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (verlopen)</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Uiterlijk melden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SignalWorkService</name>
    <message>
        <source>There is no signal %1 for %2 starting %3.</source>
        <translation>Er is geen signaal %1 voor %2 met begindatum %3.</translation>
    </message>
    <message>
        <source>Give the reason why this signal is not reported.</source>
        <translation>Geef de reden waarom dit signaal niet wordt gemeld.</translation>
    </message>
</context>
<context>
    <name>SignalenCommand</name>
    <message>
        <source>Give the peildatum as --peildatum YYYY-MM-DD.</source>
        <translation>Geef de peildatum op als --peildatum JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Reached on</source>
        <translation>Bereikt op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Report by</source>
        <translation>Uiterlijk melden</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) on %1.</source>
        <translation>
            <numerusform>%n signaal op %1.</numerusform>
            <numerusform>%n signalen op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 OVERDUE</source>
        <translation>%1 VERLOPEN</translation>
    </message>
    <message>
        <source>signalen --peildatum YYYY-MM-DD [--json] [--herbereken]: the signals reached on or before the peildatum</source>
        <translation>signalen --peildatum JJJJ-MM-DD [--json] [--herbereken]: de signalen die op of vóór de peildatum zijn bereikt</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle klassen</translation>
    </message>
    <message>
        <source>Draft melding</source>
        <translation>Melding opstellen</translation>
    </message>
    <message>
        <source>Opens the drafted melding of the selected signal (Ctrl+M)</source>
        <translation>Opent de conceptmelding van het gekozen signaal (Ctrl+M)</translation>
    </message>
    <message>
        <source>Do not report…</source>
        <translation>Niet melden…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Signals&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Signalen&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) for %1 leerlingen on %2.</source>
        <translation>
            <numerusform>%n signaal voor %1 leerlingen op %2.</numerusform>
            <numerusform>%n signalen voor %1 leerlingen op %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;%n overdue.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n verlopen.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&apos;color:#b00020&apos;&gt;%n verlopen.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No melding</source>
        <translation>Geen melding</translation>
    </message>
    <message>
        <source>Do not report</source>
        <translation>Niet melden</translation>
    </message>
    <message>
        <source>Why is this signal not reported? The reason is kept with the signal.</source>
        <translation>Waarom wordt dit signaal niet gemeld? De reden wordt bij het signaal bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n new signal(s)&lt;/b&gt; since your previous start on %1.</source>
        <translation>
            <numerusform>&lt;b&gt;%n nieuw signaal&lt;/b&gt; sinds uw vorige start op %1.</numerusform>
            <numerusform>&lt;b&gt;%n nieuwe signalen&lt;/b&gt; sinds uw vorige start op %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Every signal up to today, as an Excel workbook or CSV</source>
        <translation>Alle signalen tot en met vandaag, als Excel-werkmap of CSV</translation>
    </message>
    <message>
        <source>signals %1</source>
        <translation>signalen %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Gedekt</translation>
    </message>
    <message>
        <source>This signal is covered by melding %1; no new melding is needed.</source>
        <translation>Dit signaal is gedekt door melding %1; er is geen nieuwe melding nodig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;LRV and Doorstroompunt (RMC) are not judged:&lt;/b&gt; the absences carry no hele_dag and the school has no lestijden to tell a whole day. Fill in the lestijden under Settings → Lestijden.</source>
        <translation>&lt;b&gt;LRV en Doorstroompunt (RMC) worden niet beoordeeld:&lt;/b&gt; de absenties hebben geen hele_dag en de school heeft geen lestijden waaruit een hele dag blijkt. Vul de lestijden in onder Instellingen → Lestijden.</translation>
    </message>
</context>
<context>
    <name>SomtodayAbsenceFile</name>
    <message>
        <source>expected Somtoday&apos;s list of absentiemeldingen: an object with &quot;items&quot; or an array</source>
        <translation>verwacht werd de lijst absentiemeldingen van Somtoday: een object met &quot;items&quot; of een lijst</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>item %1 is geen object</translation>
    </message>
    <message>
        <source>the span ends before it starts</source>
        <translation>het tijdvak eindigt voordat het begint</translation>
    </message>
</context>
<context>
    <name>SomtodayVakantiesFile</name>
    <message>
        <source>expected Somtoday&apos;s list of vakanties: an object with &quot;items&quot; or an array</source>
        <translation>de vakanties van Somtoday verwacht: een object met &quot;items&quot; of een lijst</translation>
    </message>
    <message>
        <source>Vakantie</source>
        <translation>Vakantie</translation>
    </message>
    <message>
        <source>the vakantie ends before it starts</source>
        <translation>de vakantie eindigt voordat ze begint</translation>
    </message>
    <message>
        <source>the file holds no vakanties</source>
        <translation>het bestand bevat geen vakanties</translation>
    </message>
</context>
<context>
    <name>SqliteFileCheck</name>
    <message>
        <source>The database %1 is damaged: %2.</source>
        <translation>De database %1 is beschadigd: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes). To start a new school instead, remove the file first</source>
        <translation>het bestand is leeg (0 bytes). Wilt u juist een nieuwe school beginnen, verwijder het bestand dan eerst</translation>
    </message>
    <message numerus="yes">
        <source>the file is cut short (%n byte(s))</source>
        <translation>
            <numerusform>het bestand is afgebroken (%n byte)</numerusform>
            <numerusform>het bestand is afgebroken (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>its first page is not that of a database</source>
        <translation>de eerste pagina is niet die van een database</translation>
    </message>
    <message>
        <source>%1 is not a Verzuimdesk database.</source>
        <translation>%1 is geen Verzuimdesk-database.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Verzuimdesk (schema %2; this program knows up to %3).</source>
        <translation>%1 is gemaakt door een nieuwere versie van Verzuimdesk (schema %2; dit programma kent tot en met %3).</translation>
    </message>
    <message>
        <source>SQLite finds pages or indexes in it that do not add up</source>
        <translation>SQLite vindt er pagina&apos;s of indexen in die niet kloppen</translation>
    </message>
</context>
<context>
    <name>SubmissionChannel</name>
    <message>
        <source>verzuimloket</source>
        <translation>verzuimloket</translation>
    </message>
    <message>
        <source>machine-to-machine</source>
        <translation>machine-naar-machinekanaal</translation>
    </message>
</context>
<context>
    <name>SubmissionRepository</name>
    <message>
        <source>The melding was not put in the outbox.</source>
        <translation>De melding is niet in Uitgaand gezet.</translation>
    </message>
    <message>
        <source>Submission %1 no longer exists.</source>
        <translation>Indiening %1 bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>SubmissionService</name>
    <message>
        <source>Melding %1 is not in the outbox: mark it as ready first.</source>
        <translation>Melding %1 staat niet in Uitgaand: zet haar eerst op gereed.</translation>
    </message>
    <message>
        <source>Melding %1 may already have reached DUO (%2); the channel can only change while it is waiting.</source>
        <translation>Melding %1 heeft DUO misschien al bereikt (%2); het kanaal kan alleen veranderen zolang ze wacht.</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <source>Melding %1 is being sent by another session (since %2).</source>
        <translation>Melding %1 wordt verstuurd door een andere sessie (sinds %2).</translation>
    </message>
    <message>
        <source>Attempt %1: asking DUO what it received, then sending if nothing</source>
        <translation>Poging %1: DUO vragen wat het ontving, en alleen versturen als het niets heeft</translation>
    </message>
    <message>
        <source>Attempt %1: sending</source>
        <translation>Poging %1: versturen</translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation>Er is geen melding %1.</translation>
    </message>
    <message>
        <source>Version %1 of melding %2 is missing.</source>
        <translation>Versie %1 van melding %2 ontbreekt.</translation>
    </message>
    <message>
        <source>DUO had received it already</source>
        <translation>DUO had haar al ontvangen</translation>
    </message>
    <message>
        <source>DUO&apos;s answer to the question what it received was unexpected.</source>
        <translation>Het antwoord van DUO op de vraag wat het ontving was onverwacht.</translation>
    </message>
    <message>
        <source>Could not ask DUO</source>
        <translation>DUO kon niet gevraagd worden</translation>
    </message>
    <message>
        <source>DUO&apos;s answer to the melding was unexpected.</source>
        <translation>Het antwoord van DUO op de melding was onverwacht.</translation>
    </message>
    <message>
        <source>Submission %1 no longer exists.</source>
        <translation>Indiening %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>An answer arrived after the outcome was recorded elsewhere; it was not used</source>
        <translation>Er kwam een antwoord nadat de uitkomst elders was vastgelegd; het is niet gebruikt</translation>
    </message>
    <message>
        <source>answer to attempt %1, machine-to-machine</source>
        <translation>antwoord op poging %1, machine-naar-machine</translation>
    </message>
    <message numerus="yes">
        <source>Rejected by DUO: %n reason(s); the melding is a draft again</source>
        <translation>
            <numerusform>Afgewezen door DUO: %n reden; de melding is weer een concept</numerusform>
            <numerusform>Afgewezen door DUO: %n redenen; de melding is weer een concept</numerusform>
        </translation>
    </message>
    <message>
        <source>Not received by DUO: %1 Next attempt %2.</source>
        <translation>Niet ontvangen door DUO: %1 Volgende poging %2.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 DUO will be asked before it is sent again (%2).</source>
        <translation>Uitkomst onbekend: %1 DUO wordt gevraagd voordat ze opnieuw verstuurd wordt (%2).</translation>
    </message>
    <message>
        <source>The session that was sending it ended before DUO&apos;s answer was recorded.</source>
        <translation>De sessie die haar verstuurde stopte voordat het antwoord van DUO was vastgelegd.</translation>
    </message>
    <message>
        <source>Interrupted while sending; DUO will be asked before it is sent again</source>
        <translation>Onderbroken tijdens het versturen; DUO wordt gevraagd voordat ze opnieuw verstuurd wordt</translation>
    </message>
    <message>
        <source>Melding %1 is waiting to be submitted through the verzuimloket; choose the machine-to-machine channel for it first.</source>
        <translation>Melding %1 wacht op indienen via het verzuimloket; kies er eerst het machine-naar-machinekanaal voor.</translation>
    </message>
    <message>
        <source>Melding %1 is already registered by DUO as %2; it is not sent again. A change to it goes through the verzuimloket: its invulhulp lists what changed.</source>
        <translation>Melding %1 is al door DUO geregistreerd als %2; ze wordt niet opnieuw verstuurd. Een wijziging gaat via het verzuimloket: de invulhulp toont wat er is gewijzigd.</translation>
    </message>
    <message>
        <source>There is no submission %1.</source>
        <translation>Er is geen indiening %1.</translation>
    </message>
</context>
<context>
    <name>SubmissionState</name>
    <message>
        <source>waiting</source>
        <translation>wachtend</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>uitkomst onbekend</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>vervallen</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>No passphrase for the certificate %1 %2. Give it with --wachtwoord-stdin, or keep it in the keychain with &apos;koppeling --wachtwoord-stdin&apos;.</source>
        <translation>Geen wachtwoord voor het certificaat %1 %2. Geef het met --wachtwoord-stdin, of bewaar het in de sleutelhanger met &apos;koppeling --wachtwoord-stdin&apos;.</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>There is no connection with DUO; set one with &apos;koppeling --adres URL --certificaat FILE.p12&apos;.</source>
        <translation>Er is geen koppeling met DUO; stel die in met &apos;koppeling --adres URL --certificaat BESTAND.p12&apos;.</translation>
    </message>
    <message>
        <source>Melding %1 is registered by DUO: meldingsnummer %2.</source>
        <translation>Melding %1 is geregistreerd door DUO: meldingsnummer %2.</translation>
    </message>
    <message>
        <source>Melding %1 was rejected by DUO; it is a draft again:</source>
        <translation>Melding %1 is door DUO afgewezen; ze is weer een concept:</translation>
    </message>
    <message>
        <source>Melding %1: %2. %3 Next attempt: %4.</source>
        <translation>Melding %1: %2. %3 Volgende poging: %4.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1: an export ends in .xlsx or .csv.</source>
        <translation>%1: een export eindigt op .xlsx of .csv.</translation>
    </message>
</context>
<context>
    <name>TeamCommands</name>
    <message>
        <source>Name %1 with --%2.</source>
        <translation>Noem %1 met --%2.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>User %1 has an unknown role &apos;%2&apos;.</source>
        <translation>Gebruiker %1 heeft een onbekende rol &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <source>Users and roles belong to a team database on PostgreSQL; a SQLite file has one user, who is its beheerder.</source>
        <translation>Gebruikers en rollen horen bij een teamdatabase op PostgreSQL; een SQLite-bestand heeft één gebruiker, en die is beheerder.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL login name Verzuimdesk accepts: lower-case letters, digits, _, . and -.</source>
        <translation>&apos;%1&apos; is geen PostgreSQL-loginnaam die Verzuimdesk aanneemt: kleine letters, cijfers, _, . en -.</translation>
    </message>
    <message>
        <source>You cannot take your own beheerder role away; another beheerder can.</source>
        <translation>U kunt uw eigen beheerdersrol niet intrekken; een andere beheerder kan dat.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another beheerder can.</source>
        <translation>U kunt uzelf niet verwijderen; een andere beheerder kan dat.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team database.</source>
        <translation>%1 is geen teamlid van deze teamdatabase.</translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
    <message>
        <source>The server refused to change the rights of %1 (does the login exist? Your IT department creates logins): %2</source>
        <translation>De server weigerde de rechten van %1 te wijzigen (bestaat de login? Uw IT-afdeling maakt logins aan): %2</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>save it as UTF-8: in Excel &quot;Save as&quot; → &quot;CSV UTF-8 (comma delimited)&quot;, in a text editor the encoding UTF-8</source>
        <translation>sla het op als UTF-8: in Excel &quot;Opslaan als&quot; → &quot;CSV UTF-8 (door komma&apos;s gescheiden)&quot;, in een teksteditor de codering UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-32, which is not read; %1</source>
        <translation>het bestand is UTF-32, dat niet wordt gelezen; %1</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 but is not valid UTF-16; %1</source>
        <translation>het bestand begint als UTF-16 maar is geen geldige UTF-16; %1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>het bestand is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte-order mark; %1</source>
        <translation>het bestand lijkt UTF-16 zonder byte-order mark; %1</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1252 (byte 0x%1); %2</source>
        <translation>het bestand is geen UTF-8 en geen Windows-1252 (byte 0x%1); %2</translation>
    </message>
</context>
<context>
    <name>ToewijzenCommand</name>
    <message>
        <source>toewijzen --pgn PGN --naam LOGIN [--verwijderen]: puts a leerling in a verzuimmedewerker&apos;s scope, or takes them out</source>
        <translation>toewijzen --pgn PGN --naam LOGIN [--verwijderen]: wijst een leerling toe aan een verzuimmedewerker, of trekt de toewijzing in</translation>
    </message>
    <message>
        <source>the leerling</source>
        <translation>de leerling</translation>
    </message>
    <message>
        <source>the member</source>
        <translation>het teamlid</translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation>%1 is toegewezen aan %2.</translation>
    </message>
    <message>
        <source>%1 is no longer assigned to %2.</source>
        <translation>%1 is niet langer toegewezen aan %2.</translation>
    </message>
</context>
<context>
    <name>UitgaandCommand</name>
    <message>
        <source>uitgaand [--json] [--verwerken [--wachtwoord-stdin]]: the outbox; --verwerken sends what is due and fetches DUO&apos;s statuses</source>
        <translation>uitgaand [--json] [--verwerken [--wachtwoord-stdin]]: de uitgaande meldingen; --verwerken verstuurt wat klaarstaat en haalt de statussen bij DUO op</translation>
    </message>
    <message>
        <source>Melding %1: new status from DUO.</source>
        <translation>Melding %1: nieuwe status van DUO.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Uitgaand is leeg.</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>VerzuimstaatCommand</name>
    <message>
        <source>verzuimstaat --pgn PGN --van YYYY-MM-DD --tot YYYY-MM-DD --uit FILE.pdf [--met-geoorloofd]: the printable statement of one leerling (several --pgn: one PDF with all)</source>
        <translation>verzuimstaat --pgn PGN --van JJJJ-MM-DD --tot JJJJ-MM-DD --uit BESTAND.pdf [--met-geoorloofd]: de afdrukbare verzuimstaat van een leerling (meerdere --pgn: één PDF met alle)</translation>
    </message>
    <message>
        <source>Give --pgn PGN, --van YYYY-MM-DD, --tot YYYY-MM-DD and --uit FILE.pdf.</source>
        <translation>Geef --pgn PGN, --van JJJJ-MM-DD, --tot JJJJ-MM-DD en --uit BESTAND.pdf.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
</context>
<context>
    <name>VerzuimstaatDialog</name>
    <message>
        <source>Include geoorloofd absence (ziek, verlof, schorsing)</source>
        <translation>Geoorloofd verzuim opnemen (ziek, verlof, schorsing)</translation>
    </message>
    <message>
        <source>One PDF with every verzuimstaat</source>
        <translation>Eén PDF met alle verzuimstaten</translation>
    </message>
    <message>
        <source>A PDF per leerling, in a folder</source>
        <translation>Een PDF per leerling, in een map</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Verzuimstaat</source>
        <translation>Verzuimstaat</translation>
    </message>
    <message numerus="yes">
        <source>Verzuimstaten for %n leerlingen</source>
        <translation>
            <numerusform>Verzuimstaat voor %n leerling</numerusform>
            <numerusform>Verzuimstaten voor %n leerlingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending geoorloofd absence without need is a data leak under the AVG. Include it only when the leerplichtambtenaar asks for it; the statement will say so.</source>
        <translation>Geoorloofd verzuim zonder noodzaak meesturen is een datalek onder de AVG. Neem het alleen op als de leerplichtambtenaar erom vraagt; de verzuimstaat vermeldt dat.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Folder for the verzuimstaten</source>
        <translation>Map voor de verzuimstaten</translation>
    </message>
    <message>
        <source>Save the verzuimstaat</source>
        <translation>Verzuimstaat opslaan</translation>
    </message>
    <message>
        <source>verzuimstaat.pdf</source>
        <translation>verzuimstaat.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the verzuimstaten…</source>
        <translation>De verzuimstaten worden gemaakt…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>VerzuimstaatPages</name>
    <message>
        <source>Verzuimstaat</source>
        <translation>Verzuimstaat</translation>
    </message>
    <message>
        <source>lesuren</source>
        <translation>lesuren</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>Leerling</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <source>PGN</source>
        <translation>PGN</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Class / opleiding</source>
        <translation>Klas / opleiding</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>not (yet) registered at DUO</source>
        <translation>(nog) niet geregistreerd bij DUO</translation>
    </message>
    <message>
        <source>meldingsnummer %1</source>
        <translation>meldingsnummer %1</translation>
    </message>
    <message>
        <source>Geoorloofd verzuim</source>
        <translation>Geoorloofd verzuim</translation>
    </message>
    <message>
        <source>&lt;b&gt;included at the school&apos;s explicit request&lt;/b&gt; (ziek, verlof, schorsing)</source>
        <translation>&lt;b&gt;opgenomen op uitdrukkelijk verzoek van de school&lt;/b&gt; (ziek, verlof, schorsing)</translation>
    </message>
    <message>
        <source>not included (ziek, verlof and schorsing are left out by default)</source>
        <translation>niet opgenomen (ziek, verlof en schorsing blijven standaard weg)</translation>
    </message>
    <message>
        <source>Recorded absence per lesdag</source>
        <translation>Geregistreerd verzuim per lesdag</translation>
    </message>
    <message>
        <source>No absence recorded in this period.</source>
        <translation>Geen verzuim geregistreerd in deze periode.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Hele dag</translation>
    </message>
    <message>
        <source>Lesuren</source>
        <translation>Lesuren</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Telt mee</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Totals per soort</source>
        <translation>Totalen per soort</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Geoorloofd</source>
        <translation>Geoorloofd</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registraties</translation>
    </message>
    <message>
        <source>Counted verzuim in the period: %1 %2.</source>
        <translation>Meetellend verzuim in de periode: %1 %2.</translation>
    </message>
    <message>
        <source>Per lesweek, with the 16-hour count</source>
        <translation>Per lesweek, met de 16-urentelling</translation>
    </message>
    <message>
        <source>The 16-hour count is the counted verzuim in the 4 lesweken ending with that week (art. 21a Leerplichtwet); it is reached at %1 %2. Weeks without counted verzuim in their 4 lesweken are not listed.</source>
        <translation>De 16-urentelling is het meetellende verzuim in de 4 lesweken die met die week eindigen (art. 21a Leerplichtwet); de grens is bereikt bij %1 %2. Weken zonder meetellend verzuim in hun 4 lesweken staan er niet in.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Counted this week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>4 lesweken</source>
        <translation>4 lesweken</translation>
    </message>
    <message>
        <source>16 hours reached</source>
        <translation>16 uur bereikt</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>bereikt</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>Afgedrukt op %1.</translation>
    </message>
    <message>
        <source>Name of the verzuimcoördinator</source>
        <translation>Naam verzuimcoördinator</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Verzuimstaat %1 · PGN %2 · %3 to %4</source>
        <translation>Verzuimstaat %1 · PGN %2 · %3 t/m %4</translation>
    </message>
</context>
<context>
    <name>VerzuimstaatService</name>
    <message>
        <source>The period needs a first and a last day, in that order.</source>
        <translation>De periode heeft een eerste en een laatste dag nodig, in die volgorde.</translation>
    </message>
    <message>
        <source>There is no school in this database yet; import school.json first.</source>
        <translation>Deze database heeft nog geen school; importeer eerst school.json.</translation>
    </message>
    <message>
        <source>There is no leerling with PGN %1.</source>
        <translation>Er is geen leerling met PGN %1.</translation>
    </message>
    <message>
        <source>The verzuimstaat could not be drawn.</source>
        <translation>De verzuimstaat kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>Stopped; no file was written.</source>
        <translation>Gestopt; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The verzuimstaten could not be drawn.</source>
        <translation>De verzuimstaten konden niet worden opgemaakt.</translation>
    </message>
    <message>
        <source>The verzuimstaat of %1 could not be drawn.</source>
        <translation>De verzuimstaat van %1 kon niet worden opgemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n verzuimstaat(en); those are kept.</source>
        <translation>
            <numerusform>Gestopt na %n verzuimstaat; die blijft bewaard.</numerusform>
            <numerusform>Gestopt na %n verzuimstaten; die blijven bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no melding %1.</source>
        <translation>Er is geen melding %1.</translation>
    </message>
    <message>
        <source>A verzuimstaat cannot be attached to a melding that is %1.</source>
        <translation>Aan een melding met status %1 kan geen verzuimstaat worden toegevoegd.</translation>
    </message>
</context>
<context>
    <name>WeeklyChartWidget</name>
    <message>
        <source>Lesuren per lesweek (dark) and over 4 lesweken (light); the line is the 16 of the law</source>
        <translation>Lesuren per lesweek (donker) en over 4 lesweken (licht); de lijn is de 16 van de wet</translation>
    </message>
    <message>
        <source>Hours per lesweek (dark) and over 4 lesweken (light); the line is the 16 of the law</source>
        <translation>Uren per lesweek (donker) en over 4 lesweken (licht); de lijn is de 16 van de wet</translation>
    </message>
</context>
<context>
    <name>WithdrawalReason</name>
    <message>
        <source>the leerling is not enrolled</source>
        <translation>geen inschrijving</translation>
    </message>
    <message>
        <source>entered incorrectly</source>
        <translation>foutief opgevoerd</translation>
    </message>
    <message>
        <source>entered without cause</source>
        <translation>onterecht opgevoerd</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation>Kan geen tijdelijke map voor de werkmap maken: %1</translation>
    </message>
    <message>
        <source>Cannot create the workbook.</source>
        <translation>Kan de werkmap niet maken.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Kan de werkmap niet schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Kan de werkmap niet teruglezen: %1</translation>
    </message>
</context>
<context>
    <name>YearCalendarWidget</name>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>unauthorised absent</source>
        <translation>ongeoorloofd afwezig</translation>
    </message>
    <message>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>authorised</source>
        <translation>geoorloofd</translation>
    </message>
    <message>
        <source>no lesdag</source>
        <translation>geen lesdag</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>nog niet geweest</translation>
    </message>
</context>
</TS>
