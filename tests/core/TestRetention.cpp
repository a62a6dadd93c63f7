// SPDX-License-Identifier: GPL-3.0-or-later
// The retention purge: which leerlingen it selects, that it removes exactly the preview with
// everything about them after a backup, its report, and that the audit keeps only that a purge
// happened.
#include "TestDatabase.h"
#include "services/DossierNoteService.h"
#include "services/MeldingService.h"
#include "services/RetentionService.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Three leerlingen with the inschrijvingen in `rows` (pgn;van;tot), imported on 2026-01-15.
void importEnrolments(TestDatabase& db, const QByteArray& rows)
{
    const QString school = examplePath(u"p01_po_16uur_en_herhaling"_s, u"school.json"_s);
    const QString leerlingen = db.writeFile(
        u"leerlingen.csv"_s,
        "pgn;achternaam;voornamen;geboortedatum;startkwalificatie_datum;inschrijving_van;"
        "inschrijving_tot\n" +
            rows);
    QCOMPARE(db.importService().run({school, leerlingen, {}, {}, {}}).status,
             ImportOutcome::Status::Stored);
}

qint64 countWhere(Database& db, const QString& table, const QString& pgn)
{
    auto query = db.exec(u"SELECT COUNT(*) FROM %1 WHERE pgn = ?"_s.arg(table), {pgn});
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selection_data();
    void selection();
    void purgeRemovesEverythingAboutThemAndReports();
    void purgeLeavesNoByteOfThemInTheFile();
    void changedSinceThePreviewRemovesNothing();
    void retentionPeriodIsASetting_data();
    void retentionPeriodIsASetting();

private:
    // Today 2026-01-15 and five years: the cut-off is 2021-01-15.
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestRetention::selection_data()
{
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QByteArray>("laterRows"); // a second import: another inschrijving
    QTest::addColumn<bool>("selected");
    QTest::newRow("ended_long_ago")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n") << QByteArray()
        << true;
    QTest::newRow("ended_the_day_before_the_cutoff")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;2021-01-14\n") << QByteArray()
        << true;
    QTest::newRow("ended_on_the_cutoff")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;2021-01-15\n") << QByteArray()
        << false;
    QTest::newRow("ended_recently")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;2024-07-31\n") << QByteArray()
        << false;
    QTest::newRow("still_enrolled")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;\n") << QByteArray() << false;
    QTest::newRow("left_long_ago_and_came_back")
        << QByteArray("100000009;Oud;A;2004-01-01;;2016-08-01;2018-07-31\n")
        << QByteArray("100000009;Oud;A;2004-01-01;;2025-08-01;\n") << false;
}

void TestRetention::selection()
{
    QFETCH(QByteArray, rows);
    QFETCH(QByteArray, laterRows);
    QFETCH(bool, selected);
    TestDatabase db;
    importEnrolments(db, rows + "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    if (!laterRows.isEmpty())
        importEnrolments(db, laterRows);
    const auto preview = RetentionService(db.db(), m_clock, u"beheerder"_s).preview();
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->size(), selected ? 1 : 0);
    if (selected) {
        QCOMPARE(preview->first().pgn, u"100000009"_s);
        QCOMPARE(preview->first().name, u"Oud, A"_s);
    }
}

void TestRetention::purgeRemovesEverythingAboutThemAndReports()
{
    TestDatabase db;
    importEnrolments(db, "100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n"
                         "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    const QString absenties = db.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten\n"
                                                               "100000009;2020-03-02;O;330\n"
                                                               "100000009;2020-03-03;O;330\n"
                                                               "100000010;2026-01-12;O;330\n");
    QCOMPARE(db.importService().run({{}, {}, {}, absenties, {}}).status,
             ImportOutcome::Status::Stored);
    DossierNoteService notes(db.db(), m_clock, u"beheerder"_s);
    QVERIFY(notes.add(u"100000009"_s, u"Verhuisd naar Groningen"_s, false));
    QVERIFY(notes.add(u"100000010"_s, u"Moeder gebeld"_s, false));
    // An entry whose details name the leerling, as an exported file's name does.
    QVERIFY(AuditLog(db.db()).append(
        {u"beheerder"_s, u"inzage geëxporteerd"_s, u"100000009"_s, u"/tmp/Inzage Oud A.pdf"_s}));

    RetentionService retention(db.db(), m_clock, u"beheerder"_s);
    const auto preview = retention.preview();
    QVERIFY(preview);
    QCOMPARE(preview->size(), 1);
    QCOMPARE(preview->first().absenceRecords, 2);
    QCOMPARE(preview->first().notes, 1);

    const auto report = retention.purge(*preview, db.backups());
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->removed, *preview);
    QCOMPARE(report->cutoff, QDate(2021, 1, 15));
    if (!TestDatabase::onPostgres())
        QVERIFY2(QFile::exists(report->backup), qPrintable(report->backup));
    const ExportTable table = report->table();
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.first().first().toString(), u"100000009"_s);

    for (const QString& t : {u"leerlingen"_s, u"inschrijvingen"_s, u"absenties"_s, u"notities"_s}) {
        QCOMPARE(countWhere(db.db(), t, u"100000009"_s), 0);
    }
    // The others are untouched.
    QCOMPARE(countWhere(db.db(), u"absenties"_s, u"100000010"_s), 1);
    QCOMPARE(countWhere(db.db(), u"notities"_s, u"100000010"_s), 1);

    // The audit keeps that a purge happened and how many, not who: the removed leerling's
    // earlier entries stay, without their PGN and details.
    QCOMPARE(countWhere(db.db(), u"audit"_s, u"100000009"_s), 0);
    QCOMPARE(countWhere(db.db(), u"audit"_s, QString()), 3); // note, export and purge
    QCOMPARE(countWhere(db.db(), u"audit"_s, u"100000010"_s), 1);
    const auto audit = AuditLog(db.db()).all();
    QVERIFY(audit);
    for (const AuditEntry& entry : *audit)
        QVERIFY2(!entry.details.contains(u"Oud"_s), qPrintable(entry.details));
    QCOMPARE(audit->last().action, u"opgeschoond"_s);
    QVERIFY(audit->last().pgn.isEmpty());
    QVERIFY(!audit->last().details.contains(u"Oud"_s));
    QVERIFY(audit->last().details.startsWith(u"1 "_s));
    QVERIFY(retention.preview()->isEmpty());
}

// What SQLite deletes it leaves in free pages unless told otherwise: after a purge neither the
// database nor its WAL holds a byte of the leerling's PGN, name or notes.
void TestRetention::purgeLeavesNoByteOfThemInTheFile()
{
    TestDatabase db(-1, TestDatabase::Backend::Sqlite);
    importEnrolments(db, "100000009;Zwerfkei;Aleida;2004-01-01;;2016-08-01;2020-07-31\n"
                         "100000010;Nieuw;B;2014-01-01;;2025-08-01;\n");
    const QString absenties = db.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten\n"
                                                               "100000009;2020-03-02;O;330\n");
    QCOMPARE(db.importService().run({{}, {}, {}, absenties, {}}).status,
             ImportOutcome::Status::Stored);
    QVERIFY(DossierNoteService(db.db(), m_clock, u"beheerder"_s)
                .add(u"100000009"_s, u"Verhuisd naar Harlingen"_s, false));
    RetentionService retention(db.db(), m_clock, u"beheerder"_s);
    const auto preview = retention.preview();
    QVERIFY(preview);
    QVERIFY(retention.purge(*preview, db.backups()));

    for (const QString& file : {db.path(), db.path() + u"-wal"_s}) {
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        for (const QByteArray& trace : {QByteArray("100000009"), QByteArray("Zwerfkei"),
                                        QByteArray("Aleida"), QByteArray("Harlingen")})
            QVERIFY2(!bytes.contains(trace),
                     qPrintable(file + u": "_s + QString::fromLatin1(trace)));
    }
}

void TestRetention::changedSinceThePreviewRemovesNothing()
{
    TestDatabase db;
    importEnrolments(db, "100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n");
    RetentionService retention(db.db(), m_clock, u"beheerder"_s);
    const auto preview = retention.preview();
    QVERIFY(preview && preview->size() == 1);
    // Meanwhile a second leerling passes the period (an import of old records).
    importEnrolments(db, "100000010;Ouder;B;2003-01-01;;2015-08-01;2019-07-31\n");
    const auto purged = retention.purge(*preview, db.backups());
    QVERIFY(!purged);
    QCOMPARE(countWhere(db.db(), u"leerlingen"_s, u"100000009"_s), 1);
    QCOMPARE(countWhere(db.db(), u"leerlingen"_s, u"100000010"_s), 1);
}

void TestRetention::retentionPeriodIsASetting_data()
{
    QTest::addColumn<int>("years");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QDate>("cutoff");
    QTest::newRow("default_five") << 0 << true << QDate(2021, 1, 15);
    QTest::newRow("seven_years") << 7 << true << QDate(2019, 1, 15);
    QTest::newRow("one_year_is_too_short") << 1 << false << QDate(2021, 1, 15);
}

void TestRetention::retentionPeriodIsASetting()
{
    QFETCH(int, years);
    QFETCH(bool, accepted);
    QFETCH(QDate, cutoff);
    TestDatabase db;
    importEnrolments(db, "100000009;Oud;A;2004-01-01;;2016-08-01;2020-07-31\n");
    RetentionService retention(db.db(), m_clock, u"beheerder"_s);
    if (years > 0)
        QCOMPARE(bool(retention.setRetentionYears(years)), accepted);
    QCOMPARE(retention.cutoff().value(), cutoff);
    // 2020-07-31 is before 2021-01-15 but not before 2019-01-15.
    QCOMPARE(retention.preview()->size(), cutoff.year() == 2021 ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
