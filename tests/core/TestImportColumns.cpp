// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an administration package's export through a column mapping.
#include "TestDatabase.h"

#include "io/ImportColumns.h"
#include "storage/AbsenceRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestImportColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data();
    void guess();
    void presetsNameOnlyOurColumns();
    void mappedExportImports();
    void problemsNameTheFilesColumn();
    void checkStoresNothing();
    void cancelStoresNothing();
};

void TestImportColumns::guess_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("ourColumn");
    QTest::addColumn<QString>("expected"); // the file's column, empty when none fits
    QTest::newRow("our_own_name") << u"pgn;datum;code;minuten"_s << u"pgn"_s << u"pgn"_s;
    QTest::newRow("bsn_is_the_pgn") << u"BSN;Datum;Code"_s << u"pgn"_s << u"BSN"_s;
    QTest::newRow("punctuation_and_case")
        << u"Leerling;Abs. code;Aantal minuten"_s << u"minuten"_s << u"Aantal minuten"_s;
    QTest::newRow("our_name_wins_over_a_synonym")
        << u"Reden;code;datum"_s << u"code"_s << u"code"_s;
    QTest::newRow("nothing_fits") << u"Kolom A;Kolom B"_s << u"datum"_s << QString();
}

void TestImportColumns::guess()
{
    QFETCH(QString, header);
    QFETCH(QString, ourColumn);
    QFETCH(QString, expected);
    const ColumnMapping mapping = ColumnPresets::guess(CsvFileKind::Absenties, header.split(u';'));
    QCOMPARE(mapping.value(ourColumn), expected);
}

void TestImportColumns::presetsNameOnlyOurColumns()
{
    for (const ColumnPreset& preset : ColumnPresets::all()) {
        for (auto it = preset.mappings.cbegin(); it != preset.mappings.cend(); ++it) {
            QStringList ours;
            for (const ColumnSpec& c : CsvFileKinds::columns(it.key()))
                ours.append(c.name);
            for (const QString& column : it.value().keys())
                QVERIFY2(ours.contains(column), qPrintable(preset.name + u": "_s + column));
            // Every required column has a place in the preset.
            for (const ColumnSpec& c : CsvFileKinds::columns(it.key()))
                QVERIFY2(!c.required || it.value().contains(c.name),
                         qPrintable(preset.name + u" lacks "_s + c.name));
        }
    }
}

void TestImportColumns::mappedExportImports()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    // An export with its own headers, its own column order and columns we do not use.
    const QString file =
        db.writeFile(u"export.csv"_s, "Klas;BSN;Datum;Absentiecode;Minuten;Docent\n"
                                      "3B;300000017;19-01-2026;O;60;ABC\n");
    ImportFiles files{{}, {}, {}, file, {}};
    files.mappings.insert(CsvFileKind::Absenties,
                          ColumnPresets::guess(CsvFileKind::Absenties,
                                               {u"Klas"_s, u"BSN"_s, u"Datum"_s, u"Absentiecode"_s,
                                                u"Minuten"_s, u"Docent"_s}));
    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
    // Only that, without hele_dag or lestijden, whole days cannot be told.
    QCOMPARE(outcome.issues.all().size(), 1);
    QVERIFY2(outcome.issues.all().first().toString().contains(u"lestijden"_s),
             qPrintable(outcome.issues.all().first().toString()));
    const auto day = AbsenceRepository(db.db()).onDay(u"300000017"_s, QDate(2026, 1, 19));
    QCOMPARE(day->size(), 1);
    QCOMPARE(day->first().minutes, 60);
}

void TestImportColumns::problemsNameTheFilesColumn()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QString file = db.writeFile(u"export.csv"_s, "BSN;Datum;Absentiecode;Minuten\n"
                                                       "300000017;31-02-2026;O;60\n");
    ImportFiles files{{}, {}, {}, file, {}};
    files.mappings.insert(CsvFileKind::Absenties, {{u"pgn"_s, u"BSN"_s},
                                                   {u"datum"_s, u"Datum"_s},
                                                   {u"code"_s, u"Absentiecode"_s},
                                                   {u"minuten"_s, u"Minuten"_s}});
    const ImportOutcome outcome = db.importService().run(files);
    QCOMPARE(outcome.status, ImportOutcome::Status::InvalidInput);
    QCOMPARE(outcome.issues.errors().size(), 1);
    QCOMPARE(outcome.issues.errors().first().column, u"Datum"_s);
    QCOMPARE(outcome.issues.errors().first().line, 2);
}

void TestImportColumns::checkStoresNothing()
{
    TestDatabase db;
    const QString dir =
        QString::fromUtf8(VERZUIMDESK_EXAMPLES_DIR) + u"/p01_po_16uur_en_herhaling/"_s;
    const ImportFiles files{
        dir + u"school.json"_s, dir + u"leerlingen.csv"_s, {}, dir + u"absenties.csv"_s, {}};
    const ImportOutcome checked = db.importService().check(files);
    QVERIFY2(checked.status == ImportOutcome::Status::Checked,
             qPrintable(checked.issues.all().value(0).toString()));
    QVERIFY(checked.absences > 0);
    QCOMPARE(*AbsenceRepository(db.db()).count(), 0);
    QVERIFY(BackupStore::list(db.db().location()).isEmpty()); // a check needs no backup
}

void TestImportColumns::cancelStoresNothing()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const qint64 before = *AbsenceRepository(db.db()).count();
    const QString file = db.writeFile(u"absenties.csv"_s, "pgn;datum;code;minuten\n"
                                                          "300000017;19-01-2026;O;60\n"
                                                          "300000017;20-01-2026;O;60\n");
    QList<qint64> reported;
    const ImportOutcome outcome =
        db.importService().run({{}, {}, {}, file, {}}, [&](qint64 done, qint64 total) {
            reported.append(done);
            return done < total; // the user cancels at the very end
        });
    QCOMPARE(outcome.status, ImportOutcome::Status::Cancelled);
    QVERIFY(!outcome.failure.isEmpty());
    QCOMPARE(*AbsenceRepository(db.db()).count(), before);
    QCOMPARE(reported, (QList<qint64>{0, 2}));
}

QTEST_GUILESS_MAIN(TestImportColumns)
#include "TestImportColumns.moc"
