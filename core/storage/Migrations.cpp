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

// 12: need-to-know enforced by the server itself. A NOLOGIN role owns the schema, every table
// and function, so no login can alter or disable what protects the data (the audit trail's
// triggers included); logins are members of one group role per Verzuimdesk role, which holds
// exactly that role's privileges, and memberships change only through teamrol_zetten, which runs
// as the owner: demoting or removing a member takes every right away, whoever granted it. Rights
// the older versions granted to logins directly are taken back. Row-level security shows a
// verzuimmedewerker's login only the leerlingen assigned to them or with an open melding or
// signal; the audit trail is read by beheerders, and by everyone else only through the inzage's
// audit_van_leerling; the purge blanks a leerling's entries through audit_vergeten. Made by a
// login with CREATEROLE (the database administrator's), who becomes the first beheerder of a new
// database and stops being a member of the owner role at the end. A later migration needs the
// owner role too: its migrator must be made a member of it for the duration.
// On SQLite (one user) only the purge's change: it may blank an entry's details with its PGN.
QStringList serverEnforcedRoles(const SqlDialect& dialect)
{
    if (!dialect.isPostgres()) {
        return {u"DROP TRIGGER audit_geen_wijziging"_s,
                u"CREATE TRIGGER audit_geen_wijziging BEFORE UPDATE ON audit"
                " WHEN NOT (NEW.pgn = '' AND OLD.pgn <> '' AND NEW.details = '' AND NEW.id = OLD.id"
                " AND NEW.tijdstip = OLD.tijdstip AND NEW.gebruiker = OLD.gebruiker"
                " AND NEW.actie = OLD.actie)"
                " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"_s};
    }
    return {uR"sql(
DO $migratie$
DECLARE
    s text := current_schema();
    ns oid := (SELECT oid FROM pg_namespace WHERE nspname = current_schema());
    basis text := current_database() || CASE WHEN current_schema() = 'public' THEN ''
                                               ELSE '_' || current_schema() END;
    eigenaar text; beh text; coo text; mw text; al text;
    r text;
    x record;
    geleend text[] := '{}';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user
                   AND (rolcreaterole OR rolsuper)) THEN
        RAISE EXCEPTION 'the team''s server roles are made by a login with CREATEROLE (the '
            'database administrator''s): open the database once with that login';
    END IF;
    IF length(basis) > 51 THEN
        basis := left(basis, 42) || '_' || left(md5(basis), 8);
    END IF;
    eigenaar := basis || '_eigenaar';
    beh := basis || '_beheerder';
    coo := basis || '_coordinator';
    mw := basis || '_medewerker';
    al := basis || '_alleenlezen';

    -- A role of that name may have members already: refuse rather than hand them the school.
    FOREACH r IN ARRAY ARRAY[eigenaar, beh, coo, mw, al] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            RAISE EXCEPTION 'the server role % exists already; drop it or use another schema', r;
        END IF;
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END LOOP;
    FOREACH r IN ARRAY ARRAY[beh, coo, mw, al] LOOP
        EXECUTE format('GRANT %I TO %I WITH ADMIN OPTION', r, eigenaar);
    END LOOP;
    -- Handing the objects over takes membership of their owners and of the new one.
    FOR x IN SELECT pg_get_userbyid(relowner)::text AS owner FROM pg_class
             WHERE relnamespace = ns
             UNION SELECT eigenaar LOOP
        IF NOT pg_has_role(session_user, x.owner, 'USAGE') THEN
            EXECUTE format('GRANT %I TO %I', x.owner, session_user);
            geleend := geleend || x.owner;
        END IF;
    END LOOP;

    CREATE TABLE verzuimdesk_rollen (rol TEXT PRIMARY KEY, servernaam TEXT NOT NULL UNIQUE);
    INSERT INTO verzuimdesk_rollen VALUES ('eigenaar', eigenaar), ('beheerder', beh),
        ('verzuimcoordinator', coo), ('verzuimmedewerker', mw), ('alleen-lezen', al);

    -- The leerlingen a verzuimmedewerker sees (Access's scope, as far as the server knows it:
    -- a signal nobody has taken up yet is not stored).
    EXECUTE format($f$CREATE FUNCTION leerlingen_in_zicht() RETURNS SETOF text LANGUAGE sql
        STABLE SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$
        SELECT pgn FROM toewijzingen WHERE gebruiker = session_user
        UNION SELECT pgn FROM meldingen
            WHERE status NOT IN ('afgesloten', 'ter_kennisgeving_aangenomen', 'ingetrokken')
        UNION SELECT pgn FROM signaal_werk WHERE status IN ('nieuw', 'in_behandeling')
        $b$$f$, s);
    EXECUTE format($f$CREATE FUNCTION audit_van_leerling(p text) RETURNS SETOF audit
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$
        SELECT * FROM audit WHERE pgn = p AND p <> ''
            AND (NOT pg_has_role(session_user, %L, 'MEMBER') OR p IN (SELECT leerlingen_in_zicht()))
        ORDER BY id
        $b$$f$, s, mw);
    EXECUTE format($f$CREATE FUNCTION audit_vergeten(p text) RETURNS void LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$ BEGIN
        IF NOT pg_has_role(session_user, %L, 'MEMBER') THEN
            RAISE EXCEPTION 'only a beheerder removes leerlingen from the audit trail';
        END IF;
        UPDATE audit SET pgn = '', details = '' WHERE pgn = p;
        END $b$$f$, s, beh);
    -- The one change to the trail: the owner's, through audit_vergeten.
    EXECUTE format($f$CREATE OR REPLACE FUNCTION audit_alleen_toevoegen() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $b$ BEGIN
        IF TG_OP = 'UPDATE' AND current_user = %L AND NEW.pgn = '' AND NEW.details = ''
            AND (NEW.id, NEW.tijdstip, NEW.gebruiker, NEW.actie)
              = (OLD.id, OLD.tijdstip, OLD.gebruiker, OLD.actie) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit is append-only'; END $b$$f$, eigenaar);
    EXECUTE format($f$CREATE FUNCTION teamrol_zetten(p_login text, p_rol text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$
        DECLARE nieuw text; groep text;
        BEGIN
        IF NOT pg_has_role(session_user, %L, 'MEMBER') THEN
            RAISE EXCEPTION 'only a beheerder of this team database changes its members';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolcanlogin) THEN
            IF p_rol IS NULL THEN RETURN; END IF; -- a login that is gone has no rights left
            RAISE EXCEPTION 'there is no login %%', p_login;
        END IF;
        IF p_rol IS NOT NULL THEN
            SELECT servernaam INTO nieuw FROM verzuimdesk_rollen
                WHERE rol = p_rol AND rol <> 'eigenaar';
            IF nieuw IS NULL THEN RAISE EXCEPTION 'there is no role %%', p_rol; END IF;
        END IF;
        FOR groep IN SELECT servernaam FROM verzuimdesk_rollen WHERE rol <> 'eigenaar' LOOP
            IF groep IS DISTINCT FROM nieuw AND pg_has_role(p_login, groep, 'MEMBER') THEN
                EXECUTE format('REVOKE %%I FROM %%I', groep, p_login);
            END IF;
        END LOOP;
        IF nieuw IS NOT NULL THEN
            EXECUTE format('GRANT %%I TO %%I', nieuw, p_login);
        END IF;
        END $b$$f$, s, beh);

    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', s, eigenaar);
    FOR x IN SELECT relname FROM pg_class WHERE relnamespace = ns AND relkind IN ('r', 'p') LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', x.relname, eigenaar);
    END LOOP;
    FOR x IN SELECT oid::regprocedure AS f FROM pg_proc WHERE pronamespace = ns LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', x.f, eigenaar);
    END LOOP;

    -- Every right granted before, to logins or PUBLIC, goes: from now on only the groups have any.
    FOR x IN SELECT DISTINCT c.relname, c.relkind, a.grantee FROM pg_class c,
             aclexplode(c.relacl) a WHERE c.relnamespace = ns AND a.grantee <> c.relowner LOOP
        EXECUTE format('REVOKE ALL ON %s %I FROM %s CASCADE',
            CASE WHEN x.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, x.relname,
            CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE x.grantee::regrole::text END);
    END LOOP;
    FOR x IN SELECT DISTINCT a.grantee FROM pg_namespace n, aclexplode(n.nspacl) a
             WHERE n.oid = ns AND a.grantee <> n.nspowner LOOP
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %s CASCADE', s,
            CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE x.grantee::regrole::text END);
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %I FROM PUBLIC', s);
    -- The owner itself may not change the trail (migration 8), except what audit_vergeten blanks.
    EXECUTE format('GRANT UPDATE (pgn, details) ON audit TO %I', eigenaar);

    -- What each role may do (Roles::allows), table by table.
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I, %I, %I', s, beh, coo, mw, al);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I, %I, %I, %I', s, beh, coo, mw, al);
    EXECUTE format('REVOKE SELECT ON audit FROM %I, %I, %I', coo, mw, al);
    EXECUTE format('GRANT INSERT ON audit TO %I, %I, %I, %I', beh, coo, mw, al);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I, %I, %I, %I', s, beh, coo, mw, al);
    FOR x IN SELECT relname FROM pg_class WHERE relnamespace = ns AND relkind = 'r'
             AND relname NOT IN ('verzuimdesk_meta', 'verzuimdesk_rollen', 'audit') LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', x.relname, beh);
        IF x.relname NOT IN ('gebruikers', 'toewijzingen', 'duo_koppeling') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', x.relname, coo);
        END IF;
        IF x.relname IN ('absenties', 'notities', 'signaal_werk', 'meldingen', 'melding_versies',
                         'bijlagen', 'contacten') THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', x.relname, mw);
        END IF;
    END LOOP;
    EXECUTE format('GRANT UPDATE ON leerlingen TO %I', mw);
    EXECUTE format('GRANT EXECUTE ON FUNCTION leerlingen_in_zicht() TO %I', mw);
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_van_leerling(text) TO %I, %I, %I, %I',
        beh, coo, mw, al);
    EXECUTE format('GRANT EXECUTE ON FUNCTION audit_vergeten(text), teamrol_zetten(text, text) TO %I',
        beh);

    -- Row-level security: every row for the other roles, a verzuimmedewerker's scope for them.
    FOREACH r IN ARRAY ARRAY['leerlingen', 'inschrijvingen', 'contacten', 'vrijstellingen',
                             'absenties', 'signaal_werk', 'meldingen', 'notities',
                             'melding_versies', 'bijlagen', 'indieningen', 'indienlog',
                             'toewijzingen'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', r);
        EXECUTE format('CREATE POLICY ieder_lid ON %I TO %I, %I, %I USING (true)', r, beh, coo, al);
        EXECUTE format('CREATE POLICY in_zicht ON %I TO %I USING (%s)', r, mw,
            CASE r WHEN 'melding_versies' THEN 'melding_id IN (SELECT id FROM meldingen)'
                   WHEN 'bijlagen' THEN 'melding_id IN (SELECT id FROM meldingen)'
                   WHEN 'indieningen' THEN 'melding_id IN (SELECT id FROM meldingen)'
                   WHEN 'indienlog' THEN 'indiening_id IN (SELECT id FROM indieningen)'
                   WHEN 'toewijzingen' THEN 'gebruiker = session_user'
                   ELSE 'pgn IN (SELECT leerlingen_in_zicht())' END);
    END LOOP;

    -- The members of an older team database keep their role, now held by the server; the one who
    -- makes a new database becomes its first beheerder (TeamService::join records that).
    FOR x IN SELECT g.naam, v.servernaam FROM gebruikers g
             JOIN verzuimdesk_rollen v ON v.rol = g.rol
             JOIN pg_roles l ON l.rolname = g.naam AND l.rolcanlogin LOOP
        EXECUTE format('GRANT %I TO %I', x.servernaam, x.naam);
    END LOOP;
    IF NOT EXISTS (SELECT 1 FROM gebruikers) THEN
        EXECUTE format('GRANT %I TO %I', beh, session_user);
    END IF;
    FOREACH r IN ARRAY geleend LOOP
        EXECUTE format('REVOKE %I FROM %I', r, session_user);
    END LOOP;
END
$migratie$)sql"_s};
}

// 13 on a team database: the same tables, guarded as the leerlingen' own data (migration 12):
// every member reads them, a verzuimmedewerker only the leerlingen in zicht; beheerders and
// coordinatoren write them. The marks are made by statement triggers over the changed rows (one
// insert per statement, also for a bulk import), running as the owner so that a medewerker's
// correction marks its leerling without a right to the table. Every mark (an insert) and every
// change of the stand takes signaal_vuil in ROW EXCLUSIVE mode; the program storing a computation
// takes it in EXCLUSIVE mode before it reads (SignalStore::takeWriteTurn): so nobody changes a
// leerling between a computation's reading and its storing, and the lock order is always the same.
// Run by the migrator as the owner role (Database::borrowSchemaOwner), so that the owner owns it.
QStringList storedSignalsOnServer()
{
    return {uR"sql(
DO $migratie$
DECLARE
    s text := current_schema();
    eigenaar text := (SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'eigenaar');
    beh text := (SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'beheerder');
    coo text := (SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'verzuimcoordinator');
    mw text := (SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'verzuimmedewerker');
    al text := (SELECT servernaam FROM verzuimdesk_rollen WHERE rol = 'alleen-lezen');
    t text;
    f text;
BEGIN
    EXECUTE format('SET LOCAL ROLE %I', eigenaar);
    CREATE TABLE signaal_stand (id INTEGER PRIMARY KEY CHECK (id = 1), peildatum TEXT NOT NULL,
                                programma TEXT NOT NULL);
    CREATE TABLE signaal_opslag (pgn TEXT PRIMARY KEY, signalen BYTEA NOT NULL);
    CREATE TABLE signaal_vuil (pgn TEXT PRIMARY KEY);

    -- What the rules read of a leerling: the leerling, its inschrijvingen, vrijstellingen and
    -- absence; each of the three functions marks the leerlingen of the rows it is given.
    FOREACH f IN ARRAY ARRAY['nieuw', 'oud', 'beide'] LOOP
        EXECUTE format($f$CREATE FUNCTION signalen_vuil_%s() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$ BEGIN
            INSERT INTO signaal_vuil SELECT DISTINCT pgn FROM (%s) rijen
                ON CONFLICT DO NOTHING;
            RETURN NULL; END $b$$f$, f, s,
            CASE f WHEN 'nieuw' THEN 'SELECT pgn FROM nieuw'
                   WHEN 'oud' THEN 'SELECT pgn FROM oud'
                   ELSE 'SELECT pgn FROM oud UNION ALL SELECT pgn FROM nieuw' END);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['leerlingen', 'inschrijvingen', 'vrijstellingen', 'absenties'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_signalen_toevoegen AFTER INSERT ON %1$I'
            ' REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT'
            ' EXECUTE FUNCTION signalen_vuil_nieuw()', t);
        EXECUTE format('CREATE TRIGGER %1$s_signalen_verwijderen AFTER DELETE ON %1$I'
            ' REFERENCING OLD TABLE AS oud FOR EACH STATEMENT'
            ' EXECUTE FUNCTION signalen_vuil_oud()', t);
        EXECUTE format('CREATE TRIGGER %1$s_signalen_wijzigen AFTER UPDATE ON %1$I'
            ' REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT'
            ' EXECUTE FUNCTION signalen_vuil_beide()', t);
    END LOOP;
    -- What the rules read of the school: any change computes everything again.
    EXECUTE format($f$CREATE FUNCTION signalen_stand_vervalt() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = pg_catalog, %I AS $b$ BEGIN
        LOCK TABLE signaal_vuil IN ROW EXCLUSIVE MODE;
        DELETE FROM signaal_stand;
        RETURN NULL; END $b$$f$, s);
    FOREACH t IN ARRAY ARRAY['school', 'vakanties', 'vrije_dagen', 'absentiecodes',
                             'lestijden'] LOOP
        EXECUTE format('CREATE TRIGGER %1$s_signalen AFTER INSERT OR UPDATE OR DELETE ON %1$I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION signalen_stand_vervalt()', t);
    END LOOP;
    EXECUTE 'REVOKE ALL ON FUNCTION signalen_vuil_nieuw(), signalen_vuil_oud(),'
        ' signalen_vuil_beide(), signalen_stand_vervalt() FROM PUBLIC';

    EXECUTE format('GRANT SELECT ON signaal_stand, signaal_opslag, signaal_vuil'
        ' TO %I, %I, %I, %I', beh, coo, mw, al);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON signaal_stand, signaal_opslag, signaal_vuil'
        ' TO %I, %I', beh, coo);
    FOREACH t IN ARRAY ARRAY['signaal_opslag', 'signaal_vuil'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY ieder_lid ON %I TO %I, %I, %I USING (true)', t, beh, coo, al);
        EXECUTE format('CREATE POLICY in_zicht ON %I TO %I USING'
            ' (pgn IN (SELECT leerlingen_in_zicht()))', t, mw);
    END LOOP;
    RESET ROLE;
END
$migratie$)sql"_s};
}

// 13: stored signals. The signals of the last computation, per leerling, for the peildatum and
// program version in signaal_stand; a leerling whose inputs changed since is marked in
// signaal_vuil by triggers, in the same transaction as the change, whoever wrote it, and a change
// to what the rules read of the school (its settings, calendar, codes, lestijden) removes the
// stand, so that everything is computed again (StoredSignals). Leerlingen without signals have no
// row. On a team database see storedSignalsOnServer.
QStringList storedSignals(const SqlDialect& dialect)
{
    if (dialect.isPostgres())
        return storedSignalsOnServer();
    QStringList statements{
        u"CREATE TABLE signaal_stand (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " peildatum TEXT NOT NULL, programma TEXT NOT NULL)"_s,
        u"CREATE TABLE signaal_opslag (pgn TEXT PRIMARY KEY, signalen BLOB NOT NULL)"_s,
        u"CREATE TABLE signaal_vuil (pgn TEXT PRIMARY KEY) WITHOUT ROWID"_s,
    };
    // What the rules read of a leerling: the leerling, its inschrijvingen, vrijstellingen and
    // absence. (A leerling's other columns change rarely; any change marks it, to be safe.) Not
    // INSERT OR IGNORE: a trigger's statement takes the conflict policy of the statement that
    // fired it, and an upsert's is to fail.
    const auto mark = [](const QString& row) {
        return u"INSERT INTO signaal_vuil SELECT %1.pgn"
               " WHERE NOT EXISTS (SELECT 1 FROM signaal_vuil WHERE pgn = %1.pgn);"_s.arg(row);
    };
    for (const QString& table :
         {u"leerlingen"_s, u"inschrijvingen"_s, u"vrijstellingen"_s, u"absenties"_s}) {
        statements
            << u"CREATE TRIGGER %1_signalen_toevoegen AFTER INSERT ON %1 BEGIN %2 END"_s.arg(
                   table, mark(u"NEW"_s))
            << u"CREATE TRIGGER %1_signalen_verwijderen AFTER DELETE ON %1 BEGIN %2 END"_s.arg(
                   table, mark(u"OLD"_s))
            << u"CREATE TRIGGER %1_signalen_wijzigen AFTER UPDATE ON %1 BEGIN %2 %3 END"_s.arg(
                   table, mark(u"OLD"_s), mark(u"NEW"_s));
    }
    for (const QString& table :
         {u"school"_s, u"vakanties"_s, u"vrije_dagen"_s, u"absentiecodes"_s, u"lestijden"_s}) {
        for (const QString& change : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            statements << u"CREATE TRIGGER %1_signalen_%2 AFTER %3 ON %1"
                          " BEGIN DELETE FROM signaal_stand; END"_s.arg(table, change.toLower(),
                                                                        change);
        }
    }
    return statements;
}

using Migration = QStringList (*)(const SqlDialect&);
const Migration kMigrations[] = {foundation,   signalWork,     meldingen,     audit,
                                 dossierNotes, attachments,    submissions,   team,
                                 lestijden,    leerlingnummer, auditByServer, serverEnforcedRoles,
                                 storedSignals};

} // namespace

namespace Migrations {

int latestVersion(const SqlDialect& dialect)
{
    int version = int(std::size(kMigrations));
    while (version > 1 && kMigrations[version - 1](dialect).isEmpty())
        --version;
    return version;
}

QStringList statements(int version, const SqlDialect& dialect)
{
    return kMigrations[version - 1](dialect);
}

} // namespace Migrations
