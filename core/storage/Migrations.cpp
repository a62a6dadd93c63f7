// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace {

// 1: school, calendar, codes, leerlingen and their absence (the foundation).
QStringList foundation(const SqlDialect& dialect)
{
    const QString key = dialect.autoIncrementKey();
    return {
        u"CREATE TABLE school ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " naam TEXT NOT NULL, instellingscode TEXT NOT NULL, sector TEXT NOT NULL,"
        " regio TEXT NOT NULL, lesuur_minuten INTEGER NOT NULL,"
        " melden_16uur_18plus INTEGER NOT NULL, rmc_weken INTEGER NOT NULL,"
        " continu_tolerantie_lesdagen INTEGER NOT NULL, te_laat_telt_mee INTEGER NOT NULL,"
        " preventief_uren INTEGER NOT NULL, te_laat_niveaus TEXT NOT NULL)"_s,
        u"CREATE TABLE vakanties (id %1, naam TEXT NOT NULL, van TEXT NOT NULL, tot TEXT NOT NULL)"_s
            .arg(key),
        u"CREATE TABLE vrije_dagen (datum TEXT PRIMARY KEY)"_s,
        u"CREATE TABLE absentiecodes ("
        " code TEXT PRIMARY KEY, omschrijving TEXT NOT NULL, soort TEXT NOT NULL,"
        " geoorloofd INTEGER NOT NULL)"_s,
        u"CREATE TABLE leerlingen ("
        " pgn TEXT PRIMARY KEY, achternaam TEXT NOT NULL, voornamen TEXT NOT NULL,"
        " tussenvoegsel TEXT NOT NULL, geboortedatum TEXT NOT NULL, geslacht TEXT NOT NULL,"
        " startkwalificatie_datum TEXT, telefoon TEXT NOT NULL, email TEXT NOT NULL,"
        " straat TEXT NOT NULL, huisnummer TEXT NOT NULL, postcode TEXT NOT NULL,"
        " woonplaats TEXT NOT NULL, gemeente TEXT NOT NULL, opleiding TEXT NOT NULL,"
        " leerjaar TEXT NOT NULL, klas TEXT NOT NULL, locatie TEXT NOT NULL)"_s,
        u"CREATE TABLE inschrijvingen ("
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " van TEXT NOT NULL, tot TEXT, PRIMARY KEY (pgn, van))"_s,
        u"CREATE TABLE contacten (id %1,"
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " naam TEXT NOT NULL, relatie TEXT NOT NULL, telefoon TEXT NOT NULL, email TEXT NOT NULL,"
        " wettelijk_vertegenwoordiger INTEGER NOT NULL, geheim INTEGER NOT NULL)"_s.arg(key),
        u"CREATE INDEX contacten_pgn ON contacten (pgn)"_s,
        u"CREATE TABLE vrijstellingen ("
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " van TEXT NOT NULL, tot TEXT, artikel TEXT NOT NULL, PRIMARY KEY (pgn, van))"_s,
        u"CREATE TABLE absenties (id %1,"
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " datum TEXT NOT NULL, code TEXT NOT NULL REFERENCES absentiecodes(code),"
        " minuten INTEGER NOT NULL, lesuren INTEGER NOT NULL, hele_dag INTEGER NOT NULL,"
        " opmerking TEXT NOT NULL)"_s.arg(key),
        u"CREATE INDEX absenties_pgn_datum ON absenties (pgn, datum)"_s,
    };
}

// 2: the coordinator's work on a signal, under the signal's stable identity.
QStringList signalWork(const SqlDialect&)
{
    return {
        u"CREATE TABLE signaal_werk ("
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " soort TEXT NOT NULL, begindatum TEXT NOT NULL, niveau INTEGER NOT NULL,"
        " status TEXT NOT NULL, reden TEXT NOT NULL, door TEXT NOT NULL, gewijzigd_op TEXT NOT "
        "NULL,"
        " PRIMARY KEY (pgn, soort, begindatum, niveau))"_s,
    };
}

// 3: meldingen with every version, the school's contact persons and locations, and the consent
// of leerlingen of 18 and older to send their parents' contact data along.
QStringList meldingen(const SqlDialect& dialect)
{
    const QString key = dialect.autoIncrementKey();
    return {
        u"CREATE TABLE school_contactpersonen (id %1, naam TEXT NOT NULL, functie TEXT NOT NULL,"
        " telefoon TEXT NOT NULL, email TEXT NOT NULL, gebruiker TEXT NOT NULL,"
        " standaard INTEGER NOT NULL)"_s.arg(key),
        u"CREATE TABLE school_locaties (naam TEXT PRIMARY KEY, onderwijsaanbiedercode TEXT NOT "
        u"NULL,"
        " onderwijslocatiecode TEXT NOT NULL)"_s,
        u"ALTER TABLE school ADD COLUMN actie_gewenst_standaard INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE school ADD COLUMN prioriteit_standaard INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE leerlingen ADD COLUMN toestemming_contact_ouders INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TABLE meldingen (id %1,"
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " soort TEXT NOT NULL, begindatum TEXT NOT NULL, einddatum TEXT, status TEXT NOT NULL,"
        " meldingsnummer TEXT NOT NULL, versie INTEGER NOT NULL, document TEXT NOT NULL)"_s.arg(
            key),
        u"CREATE INDEX meldingen_pgn ON meldingen (pgn)"_s,
        u"CREATE TABLE melding_versies ("
        " melding_id BIGINT NOT NULL REFERENCES meldingen(id) ON DELETE CASCADE,"
        " versie INTEGER NOT NULL, document TEXT NOT NULL, door TEXT NOT NULL,"
        " opgeslagen_op TEXT NOT NULL, PRIMARY KEY (melding_id, versie))"_s,
    };
}

// 4: the audit trail: who changed what about which leerling, and when. Append-only.
QStringList audit(const SqlDialect& dialect)
{
    return {
        u"CREATE TABLE audit (id %1, tijdstip TEXT NOT NULL, gebruiker TEXT NOT NULL,"
        " actie TEXT NOT NULL, pgn TEXT NOT NULL, details TEXT NOT NULL)"_s.arg(
            dialect.autoIncrementKey()),
        u"CREATE INDEX audit_pgn ON audit (pgn)"_s,
    };
}

// 5: notes in the leerling's dossier; work notes stay out of the inzage export.
QStringList dossierNotes(const SqlDialect& dialect)
{
    return {
        u"CREATE TABLE notities (id %1,"
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " tekst TEXT NOT NULL, werknotitie INTEGER NOT NULL, auteur TEXT NOT NULL,"
        " geschreven_op TEXT NOT NULL)"_s.arg(dialect.autoIncrementKey()),
        u"CREATE INDEX notities_pgn ON notities (pgn)"_s,
    };
}

// 6: documents attached to a melding (the verzuimstaat), kept as sent.
QStringList attachments(const SqlDialect& dialect)
{
    return {
        u"CREATE TABLE bijlagen (id %1,"
        " melding_id BIGINT NOT NULL REFERENCES meldingen(id) ON DELETE CASCADE,"
        " soort TEXT NOT NULL, van TEXT NOT NULL, tot TEXT NOT NULL,"
        " met_geoorloofd INTEGER NOT NULL, gemaakt_door TEXT NOT NULL, gemaakt_op TEXT NOT NULL,"
        " inhoud %2 NOT NULL)"_s.arg(dialect.autoIncrementKey(), dialect.blobType()),
        u"CREATE INDEX bijlagen_melding ON bijlagen (melding_id)"_s,
    };
}

// 7: the outbox. One row per melding version sent to DUO, with its idempotency key; at most one
// open per melding (the partial unique index makes a second one impossible, whoever tries). Every
// attempt is logged. The DUO connection's settings (the passphrase is never stored here).
QStringList submissions(const SqlDialect& dialect)
{
    const QString key = dialect.autoIncrementKey();
    return {
        u"CREATE TABLE indieningen (id %1,"
        " melding_id BIGINT NOT NULL REFERENCES meldingen(id) ON DELETE CASCADE,"
        " melding_versie INTEGER NOT NULL, sleutel TEXT NOT NULL UNIQUE, kanaal TEXT NOT NULL,"
        " toestand TEXT NOT NULL, pogingen INTEGER NOT NULL, volgende_poging TEXT,"
        " meldingsnummer TEXT NOT NULL, fouten TEXT NOT NULL, probleem TEXT NOT NULL,"
        " aangemaakt_op TEXT NOT NULL, gewijzigd_op TEXT NOT NULL)"_s.arg(key),
        // The keys of SubmissionStates::open(), written out: a migration never changes.
        u"CREATE UNIQUE INDEX indieningen_een_open ON indieningen (melding_id)"
        " WHERE toestand IN ('wachtend', 'verzenden', 'onzeker')"_s,
        u"CREATE TABLE indienlog (id %1,"
        " indiening_id BIGINT NOT NULL REFERENCES indieningen(id) ON DELETE CASCADE,"
        " tijdstip TEXT NOT NULL, gebruiker TEXT NOT NULL, gebeurtenis TEXT NOT NULL)"_s.arg(key),
        u"CREATE INDEX indienlog_indiening ON indienlog (indiening_id)"_s,
        u"CREATE TABLE duo_koppeling (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " adres TEXT NOT NULL, certificaat TEXT NOT NULL, ca_certificaten TEXT NOT NULL,"
        " wachttijd_seconden INTEGER NOT NULL)"_s,
    };
}

// 8: a team on one database. Users with their role (keys of Roles::key), leerlingen assigned to
// a verzuimmedewerker, how long leerlingen are kept after their inschrijving ended, and the audit
// trail made append-only for everyone: a trigger refuses UPDATE and DELETE (and, in PostgreSQL,
// TRUNCATE), and PostgreSQL also takes those privileges away. The one change allowed is the
// retention purge's: clearing the PGN of a removed leerling, so that the trail keeps that things
// happened but no longer to whom (only the beheerder holds that privilege in PostgreSQL).
QStringList team(const SqlDialect& dialect)
{
    QStringList statements{
        u"CREATE TABLE gebruikers (naam TEXT PRIMARY KEY, rol TEXT NOT NULL,"
        " toegevoegd_op TEXT NOT NULL, toegevoegd_door TEXT NOT NULL)"_s,
        u"CREATE TABLE toewijzingen ("
        " pgn TEXT NOT NULL REFERENCES leerlingen(pgn) ON DELETE CASCADE,"
        " gebruiker TEXT NOT NULL REFERENCES gebruikers(naam) ON DELETE CASCADE,"
        " PRIMARY KEY (pgn, gebruiker))"_s,
        u"ALTER TABLE school ADD COLUMN bewaartermijn_jaren INTEGER NOT NULL DEFAULT 5"_s,
    };
    if (dialect.isPostgres()) {
        statements << u"CREATE FUNCTION audit_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql"
                      " AS $$ BEGIN"
                      " IF TG_OP = 'UPDATE' THEN"
                      "  IF NEW.pgn = '' AND OLD.pgn <> ''"
                      "   AND (NEW.id, NEW.tijdstip, NEW.gebruiker, NEW.actie, NEW.details)"
                      "   = (OLD.id, OLD.tijdstip, OLD.gebruiker, OLD.actie, OLD.details)"
                      "  THEN RETURN NEW; END IF;"
                      " END IF;"
                      " RAISE EXCEPTION 'audit is append-only'; END $$"_s
                   << u"CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE OR DELETE ON audit"
                      " FOR EACH ROW EXECUTE FUNCTION audit_alleen_toevoegen()"_s
                   << u"CREATE TRIGGER audit_niet_leegmaken BEFORE TRUNCATE ON audit"
                      " FOR EACH STATEMENT EXECUTE FUNCTION audit_alleen_toevoegen()"_s
                   << u"REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC, CURRENT_USER"_s
                   << u"GRANT UPDATE (pgn) ON audit TO CURRENT_USER"_s;
    } else {
        statements << u"CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE ON audit"
                      " WHEN NOT (NEW.pgn = '' AND OLD.pgn <> '' AND NEW.id = OLD.id"
                      " AND NEW.tijdstip = OLD.tijdstip AND NEW.gebruiker = OLD.gebruiker"
                      " AND NEW.actie = OLD.actie AND NEW.details = OLD.details)"
                      " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"_s
                   << u"CREATE TRIGGER audit_geen_verwijdering BEFORE DELETE ON audit"
                      " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"_s;
    }
    return statements;
}

// 9: the school's lestijden (weekdag 0 = the standard lesdag, 1–5 = Monday to Friday), and
// whether a record's file gave hele_dag (without it the lestijden decide, verzuimregels §4.2).
QStringList lestijden(const SqlDialect&)
{
    return {
        u"CREATE TABLE lestijden (weekdag INTEGER NOT NULL, lesuur INTEGER NOT NULL,"
        " van TEXT NOT NULL, tot TEXT NOT NULL, PRIMARY KEY (weekdag, lesuur))"_s,
        u"ALTER TABLE absenties ADD COLUMN hele_dag_gegeven INTEGER NOT NULL DEFAULT 1"_s,
    };
}

// 10: the school's own number for a leerling (Eduarte's deelnemernummer, Somtoday's and
// Magister's leerlingnummer), by which the packages' absence files name the leerling. Unique among
// the filled ones; the importer checks that before storing, so the index only guards.
QStringList leerlingnummer(const SqlDialect&)
{
    return {
        u"ALTER TABLE leerlingen ADD COLUMN leerlingnummer TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX leerlingen_leerlingnummer ON leerlingen (leerlingnummer)"_s,
    };
}

// 11: on a team's server the audit trail's author and time are the server's: a trigger writes
// the session's login and the server's clock (UTC) over whatever the program sent, so a member
// with psql cannot sign an entry with a colleague's name or date it. SECURITY DEFINER with a
// fixed search_path: nothing a login puts in its own schema can stand in for what it calls. (A
// SQLite file has one user; its time is the system clock's, see AuditLog.)
QStringList auditByServer(const SqlDialect& dialect)
{
    if (!dialect.isPostgres())
        return {};
    return {
        u"CREATE FUNCTION audit_door_de_server() RETURNS trigger LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path = pg_catalog AS $$ BEGIN"
        " NEW.gebruiker := session_user;"
        " NEW.tijdstip := to_char(clock_timestamp() AT TIME ZONE 'UTC',"
        "  'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
        " RETURN NEW; END $$"_s,
        u"CREATE TRIGGER audit_van_de_server BEFORE INSERT ON audit"
        " FOR EACH ROW EXECUTE FUNCTION audit_door_de_server()"_s,
    };
}

using Migration = QStringList (*)(const SqlDialect&);
const Migration kMigrations[] = {foundation,   signalWork,     meldingen,    audit,
                                 dossierNotes, attachments,    submissions,  team,
                                 lestijden,    leerlingnummer, auditByServer};

} // namespace

namespace Migrations {

int latestVersion()
{
    return int(std::size(kMigrations));
}

QStringList statements(int version, const SqlDialect& dialect)
{
    return kMigrations[version - 1](dialect);
}

} // namespace Migrations
