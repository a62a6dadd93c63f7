// SPDX-License-Identifier: GPL-3.0-or-later
// Every validation rule, one row each: a complete 16UUR melding with exactly one thing changed.
#include "meldingen/MeldingFields.h"
#include "meldingen/MeldingValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate kBirthMinor(2012, 6, 15);
const QDate kBirthAdult(2005, 6, 15);

Melding complete()
{
    Melding m;
    m.id = 10;
    m.pgn = u"300000017"_s;
    m.soort = MeldingSoort::SixteenHours;
    m.startDate = QDate(2026, 1, 12);
    m.endDate = QDate(2026, 1, 14);
    m.reason = u"Blijft thuis na een ruzie met klasgenoten"_s;
    m.allLessonsMissed = true;
    m.actionWanted = true;
    m.onderwijslocatie = u"Hoofdgebouw"_s;
    m.schoolContact = {u"J. de Wit"_s,
                       u"verzuimcoördinator"_s,
                       u"030-1234567"_s,
                       u"verzuim@school.nl"_s,
                       {},
                       true};
    m.contacts = {{u"M. de Vries"_s, u"moeder"_s, u"0612345678"_s, {}, true}};
    m.days = {{QDate(2026, 1, 12), true, 0, 330}, {QDate(2026, 1, 13), true, 0, 330}};
    m.actions = {u"telefonisch"_s};
    m.verzuimstaatAttached = true;
    return m;
}

Melding earlier(qint64 id, QDate from, QDate to,
                MeldingStatus status = MeldingStatus::Geregistreerd)
{
    Melding m = complete();
    m.id = id;
    m.startDate = from;
    m.endDate = to;
    m.status = status;
    return m;
}

using Change = std::function<void(Melding&, MeldingContext&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestMeldingValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeMeldingHasNoFindings();
    void rule_data();
    void rule();
    void completenessFalls();
};

void TestMeldingValidator::completeMeldingHasNoFindings()
{
    const Validation v = MeldingValidator::validate(complete(), {kBirthMinor, {}, {}, false});
    QVERIFY2(v.errors.isEmpty() && v.warnings.isEmpty(),
             qPrintable((v.errors + v.warnings).value(0).text));
    QCOMPARE(v.completeness, 100);
}

void TestMeldingValidator::rule_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("field");

    const auto row = [](const char* name, Change change, bool isError, const QString& field) {
        QTest::newRow(name) << change << isError << field;
    };
    // fouten
    row(
        "no_begindatum", [](Melding& m, MeldingContext&) { m.startDate = {}; }, true,
        u"begindatum"_s);
    row(
        "16uur_without_einddatum", [](Melding& m, MeldingContext&) { m.endDate = {}; }, true,
        u"einddatum"_s);
    row(
        "einddatum_before_begindatum",
        [](Melding& m, MeldingContext&) { m.endDate = QDate(2026, 1, 10); }, true, u"einddatum"_s);
    row(
        "minor_soort_for_adult", [](Melding&, MeldingContext& c) { c.birthDate = kBirthAdult; },
        true, u"soort"_s);
    row(
        "adult_soort_for_minor",
        [](Melding& m, MeldingContext&) { m.soort = MeldingSoort::SixteenHoursAdult; }, true,
        u"soort"_s);
    row(
        "rmc_for_minor",
        [](Melding& m, MeldingContext&) {
            m.soort = MeldingSoort::Rmc;
            m.endDate = {};
        },
        true, u"soort"_s);
    row(
        "no_reden", [](Melding& m, MeldingContext&) { m.reason = u"  "_s; }, true, u"reden"_s);
    row(
        "no_action_wanted_without_toelichting",
        [](Melding& m, MeldingContext&) { m.actionWanted = false; }, true,
        u"toelichting_actie_gewenst"_s);
    row(
        "lrv_without_prioriteit",
        [](Melding& m, MeldingContext&) {
            m.soort = MeldingSoort::Lrv;
            m.endDate = {};
        },
        true, u"prioriteit"_s);
    row(
        "no_ondernomen_actie", [](Melding& m, MeldingContext&) { m.actions.clear(); }, true,
        u"acties"_s);
    row(
        "anders_without_text", [](Melding& m, MeldingContext&) { m.actions = {u"anders"_s}; }, true,
        u"actie_anders"_s);
    row(
        "lesuren_with_alle_lessen_gemist",
        [](Melding& m, MeldingContext&) {
            m.days.first().wholeDay = false;
            m.days.first().lesuren = 3;
        },
        true, u"verzuimdagen"_s);
    row(
        "contact_without_phone_and_email",
        [](Melding& m, MeldingContext&) {
            m.contacts.append({u"Oom"_s, u"oom"_s, {}, {}, true});
        },
        true, u"contactpersonen"_s);
    row(
        "more_than_five_contacts_sent",
        [](Melding& m, MeldingContext&) {
            for (int i = 0; i < 5; ++i)
                m.contacts.append({u"Contact %1"_s.arg(i), u"voogd"_s, u"06%1"_s.arg(i), {}, true});
        },
        true, u"contactpersonen"_s);
    row(
        "no_school_contact", [](Melding& m, MeldingContext&) { m.schoolContact.name.clear(); },
        true, u"contactpersoon_school_naam"_s);
    row(
        "school_contact_without_email",
        [](Melding& m, MeldingContext&) { m.schoolContact.email.clear(); }, true,
        u"contactpersoon_school_email"_s);
    row(
        "overlaps_earlier_melding",
        [](Melding&, MeldingContext& c) {
            c.otherMeldingen = {earlier(3, QDate(2026, 1, 5), QDate(2026, 1, 12))};
        },
        true, u"begindatum"_s);
    row(
        "overlaps_open_lrv",
        [](Melding&, MeldingContext& c) {
            Melding lrv = earlier(4, QDate(2025, 12, 1), {});
            lrv.soort = MeldingSoort::Lrv;
            c.otherMeldingen = {lrv};
        },
        true, u"begindatum"_s);
    // waarschuwingen
    row(
        "no_parent_sent", [](Melding& m, MeldingContext&) { m.contacts.first().send = false; },
        false, u"contactpersonen"_s);
    row(
        "school_contact_without_phone",
        [](Melding& m, MeldingContext&) { m.schoolContact.phone.clear(); }, false,
        u"contactpersoon_school_telefoon"_s);
    row(
        "school_contact_without_function",
        [](Melding& m, MeldingContext&) { m.schoolContact.function.clear(); }, false,
        u"contactpersoon_school_functie"_s);
    row(
        "reden_is_a_dot", [](Melding& m, MeldingContext&) { m.reason = u"."_s; }, false,
        u"reden"_s);
    row(
        "reden_is_a_dash", [](Melding& m, MeldingContext&) { m.reason = u"-"_s; }, false,
        u"reden"_s);
    row(
        "reden_zie_boven", [](Melding& m, MeldingContext&) { m.reason = u"zie boven"_s; }, false,
        u"reden"_s);
    row(
        "reden_too_short", [](Melding& m, MeldingContext&) { m.reason = u"spijbelt"_s; }, false,
        u"reden"_s);
    row(
        "reden_mentions_health",
        [](Melding& m, MeldingContext&) { m.reason = u"Heeft een depressie en blijft in bed"_s; },
        false, u"reden"_s);
    row(
        "reden_mentions_religion",
        [](Melding& m, MeldingContext&) { m.reason = u"Afwezig in verband met de ramadan"_s; },
        false, u"reden"_s);
    row(
        "reden_mentions_justice",
        [](Melding& m, MeldingContext&) {
            m.reason = u"Is opgepakt door de politie vorige week"_s;
        },
        false, u"reden"_s);
    row(
        "no_leslocatie", [](Melding& m, MeldingContext&) { m.onderwijslocatie.clear(); }, false,
        u"onderwijslocatie"_s);
    row(
        "no_verzuimstaat", [](Melding& m, MeldingContext&) { m.verzuimstaatAttached = false; },
        false, u"verzuimstaat_bijgevoegd"_s);
    row(
        "repeat_within_7_days",
        [](Melding& m, MeldingContext& c) {
            m.startDate = QDate(2026, 1, 15);
            m.endDate = QDate(2026, 1, 19);
            c.otherMeldingen = {earlier(3, QDate(2026, 1, 12), QDate(2026, 1, 14))};
        },
        false, u"einddatum"_s);
    row(
        "fifth_16uur_in_a_row_suggests_lrv",
        [](Melding& m, MeldingContext& c) {
            m.startDate = QDate(2026, 3, 26);
            m.endDate = QDate(2026, 4, 1);
            c.otherMeldingen = {earlier(1, QDate(2026, 3, 2), QDate(2026, 3, 4)),
                                earlier(2, QDate(2026, 3, 5), QDate(2026, 3, 11)),
                                earlier(3, QDate(2026, 3, 12), QDate(2026, 3, 18)),
                                earlier(4, QDate(2026, 3, 19), QDate(2026, 3, 25))};
        },
        false, u"soort"_s);
    // van-signaal-naar-melding §4: 18 on the signal's bereikt_op (born 2008-01-14, 18 on Wed
    // 2026-01-14), 17 on the begindatum: the 18- soort is wrong.
    row(
        "age_decided_on_bereikt_op",
        [](Melding& m, MeldingContext& c) {
            c.birthDate = QDate(2008, 1, 14);
            m.signalReachedOn = QDate(2026, 1, 14);
        },
        true, u"soort"_s);
    // §6: what may never be sent along, whatever was ticked.
    row(
        "geheim_contact_sent_along",
        [](Melding& m, MeldingContext&) { m.contacts[0].secret = true; }, true,
        u"contactpersonen"_s);
    row(
        "parent_of_adult_without_consent",
        [](Melding& m, MeldingContext& c) {
            c.birthDate = kBirthAdult;
            m.soort = MeldingSoort::SixteenHoursAdult;
        },
        true, u"contactpersonen"_s);
    // §5: a day that is not whole says how many lesuren.
    row(
        "partial_day_without_lesuren",
        [](Melding& m, MeldingContext&) {
            m.allLessonsMissed = false;
            m.days[0].wholeDay = false;
            m.days[0].minutes = 120;
        },
        true, u"verzuimdagen"_s);
    // §1: an open melding runs up to today and blocks the period after its start.
    row(
        "open_melding_runs_up_to_today",
        [](Melding&, MeldingContext& c) {
            c.today = QDate(2026, 1, 20);
            c.otherMeldingen = {earlier(9, QDate(2026, 1, 5), QDate())};
        },
        true, u"begindatum"_s);
    // §6: bijzondere persoonsgegevens in any toelichting.
    row(
        "sensitive_toelichting_verzuim",
        [](Melding& m, MeldingContext&) {
            m.absenceNote = u"Is onder behandeling van een psycholoog"_s;
        },
        false, u"toelichting_verzuim"_s);
    row(
        "sensitive_toelichting_acties",
        [](Melding& m, MeldingContext&) { m.actionsNote = u"Gesprek met de politie gehad"_s; },
        false, u"toelichting_acties"_s);
}

void TestMeldingValidator::rule()
{
    QFETCH(Change, change);
    QFETCH(bool, isError);
    QFETCH(QString, field);
    Melding melding = complete();
    MeldingContext context{kBirthMinor, {}, {}, false};
    change(melding, context);
    const Validation v = MeldingValidator::validate(melding, context);
    const QList<Finding>& expected = isError ? v.errors : v.warnings;
    QVERIFY2(std::any_of(expected.cbegin(), expected.cend(),
                         [&](const Finding& f) { return f.field == field; }),
             qPrintable(u"no finding on %1"_s.arg(field)));
    if (!isError)
        QVERIFY2(v.errors.isEmpty(),
                 qPrintable(v.errors.value(0).text)); // a warning stays a warning
    QVERIFY(v.completeness < 100);
}

void TestMeldingValidator::completenessFalls()
{
    Melding melding = complete();
    const int full = MeldingValidator::validate(melding, {kBirthMinor, {}, {}, false}).completeness;
    melding.verzuimstaatAttached = false;
    const int oneWarning =
        MeldingValidator::validate(melding, {kBirthMinor, {}, {}, false}).completeness;
    melding.reason.clear();
    const int plusError =
        MeldingValidator::validate(melding, {kBirthMinor, {}, {}, false}).completeness;
    QVERIFY(full > oneWarning && oneWarning > plusError);
    QVERIFY(full - oneWarning < oneWarning - plusError); // a fout weighs more than a waarschuwing
}

QTEST_GUILESS_MAIN(TestMeldingValidator)
#include "TestMeldingValidator.moc"
