// SPDX-License-Identifier: GPL-3.0-or-later
// The verzuimstaat as a file: what a reader finds in the PDF, batches, and attaching it.
#include "PdfTools.h"
#include "TestDatabase.h"

#include "services/MeldingService.h"
#include "services/VerzuimstaatService.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/MeldingRepository.h"
#include "util/Translations.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s;
// Example p01's counted days (5.5 hours each), and the ziek day this test adds.
const QStringList kCountedDays{u"12-01-2026"_s, u"13-01-2026"_s, u"14-01-2026"_s,
                               u"26-01-2026"_s, u"27-01-2026"_s, u"02-02-2026"_s};
const QString kSickDay = u"15-01-2026"_s;

void importP01WithASickDay(TestDatabase& db)
{
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QString sick = db.writeFile(u"ziek.csv"_s, "pgn;datum;code;minuten;lesuren;hele_dag\n"
                                                     "300000017;2026-01-15;Z;330;5;1\n");
    ImportFiles files;
    files.absenties = sick;
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
}

} // namespace

class TestVerzuimstaatService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"nl"_s); }
    void pdfReadsAsTheStatement_data();
    void pdfReadsAsTheStatement();
    void pageCountGrowsWithThePeriod();
    void batch_data();
    void batch();
    void attach_data();
    void attach();
    void defaultPeriod_data();
    void defaultPeriod();
};

void TestVerzuimstaatService::pdfReadsAsTheStatement_data()
{
    QTest::addColumn<bool>("includeAuthorised");
    QTest::newRow("geoorloofd_left_out") << false;
    QTest::newRow("geoorloofd_asked_for") << true;
}

void TestVerzuimstaatService::pdfReadsAsTheStatement()
{
    QFETCH(bool, includeAuthorised);
    TestDatabase db;
    importP01WithASickDay(db);
    const FixedClock clock(QDate(2026, 2, 20));
    const QString path = QDir(db.dir()).filePath(u"staat.pdf"_s);
    QVERIFY(VerzuimstaatService(db.db(), clock, u"coordinator"_s)
                .writeOne({kPgn}, {QDate(2026, 1, 1), QDate(2026, 2, 13), includeAuthorised}, path,
                          Overwrite::Refuse)
                .ok());

    const QString text = PdfTools::text(path);
    QVERIFY2(text.contains(u"Test de Vries"_s), qPrintable(text));
    QVERIFY(text.contains(kPgn));
    for (const QString& day : kCountedDays)
        QVERIFY2(text.contains(day), qPrintable(day));
    QCOMPARE(text.contains(kSickDay), includeAuthorised); // no ziek day unless asked
    QVERIFY(text.contains(u"33 uur"_s));                  // counted verzuim in the period
    QVERIFY(text.contains(u"16,5"_s));                    // the first window's count
    QVERIFY(text.contains(u"bereikt"_s));
    QCOMPARE(text.contains(u"op uitdrukkelijk verzoek"_s), includeAuthorised);
    QVERIFY(text.contains(u"Afgedrukt op 20-02-2026"_s));
    QVERIFY(text.contains(u"Handtekening"_s));
    QVERIFY(text.contains(u"Pagina 1 van 1"_s));
    // A4, PDF/A-1b metadata and every font embedded.
    const QString info = PdfTools::info(path);
    QVERIFY2(info.contains(u"595 x 842 pts (A4)"_s), qPrintable(info));
    QVERIFY(info.contains(u"Metadata Stream: yes"_s));
    const QStringList fontLines = PdfTools::fonts(path).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fontLines.isEmpty());
    for (const QString& line : fontLines)
        QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    QCOMPARE(QFile(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestVerzuimstaatService::pageCountGrowsWithThePeriod()
{
    TestDatabase db;
    importP01WithASickDay(db);
    // Absence on every lesdag of a long stretch, so that the table runs over several pages.
    QByteArray records = "pgn;datum;code;minuten;lesuren;hele_dag\n";
    for (QDate d(2026, 3, 2); d <= QDate(2026, 6, 30); d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            records += "300000017;" + Dates::toIso(d).toUtf8() + ";O;60;1;0\n";
    }
    ImportFiles files;
    files.absenties = db.writeFile(u"lang.csv"_s, records);
    QCOMPARE(db.importService().run(files).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 7, 1));
    VerzuimstaatService service(db.db(), clock, u"coordinator"_s);
    QList<int> pages;
    for (const QDate& to : {QDate(2026, 2, 13), QDate(2026, 4, 30), QDate(2026, 6, 30)}) {
        const QString path = QDir(db.dir()).filePath(u"staat-%1.pdf"_s.arg(Dates::toIso(to)));
        QVERIFY(
            service.writeOne({kPgn}, {QDate(2026, 1, 1), to, false}, path, Overwrite::Refuse).ok());
        pages.append(PdfTools::pages(path));
        const QString text = PdfTools::text(path);
        // The table header is repeated on every page, and every page is numbered.
        QCOMPARE(int(text.count(u"Datum"_s)) >= pages.last(), true);
        QVERIFY(text.contains(u"Pagina %1 van %1"_s.arg(pages.last())));
    }
    QVERIFY2(pages[0] < pages[1] && pages[1] < pages[2],
             qPrintable(u"%1 %2 %3"_s.arg(pages[0]).arg(pages[1]).arg(pages[2])));
}

void TestVerzuimstaatService::batch_data()
{
    QTest::addColumn<bool>("onePdf");
    QTest::addColumn<bool>("stopAfterFirst");
    QTest::newRow("one_pdf_for_all") << true << false;
    QTest::newRow("a_pdf_each") << false << false;
    QTest::newRow("stopped_one_pdf_writes_nothing") << true << true;
    QTest::newRow("stopped_each_keeps_the_written") << false << true;
}

void TestVerzuimstaatService::batch()
{
    QFETCH(bool, onePdf);
    QFETCH(bool, stopAfterFirst);
    TestDatabase db;
    importP01WithASickDay(db);
    const FixedClock clock(QDate(2026, 2, 20));
    VerzuimstaatService service(db.db(), clock, u"coordinator"_s);
    const QStringList pgns{kPgn, u"300000029"_s};
    const VerzuimstaatService::Period period{QDate(2026, 1, 1), QDate(2026, 2, 13), false};
    QList<qint64> progress;
    const ProgressCallback report = [&](qint64 done, qint64 total) {
        progress.append(done);
        Q_UNUSED(total);
        return !stopAfterFirst;
    };
    const QDir out(db.dir() + u"/uit"_s);
    QVERIFY(out.mkpath(u"."_s));
    if (onePdf) {
        const QString path = out.filePath(u"alle.pdf"_s);
        const Status written = service.writeOne(pgns, period, path, Overwrite::Refuse, report);
        QCOMPARE(written.ok(), !stopAfterFirst);
        QCOMPARE(QFile::exists(path), !stopAfterFirst);
        if (!stopAfterFirst) {
            const QString text = PdfTools::text(path);
            QVERIFY(text.contains(u"Test de Vries"_s) && text.contains(u"Test Bakker"_s));
            QVERIFY(text.contains(u"Pagina 1 van 1"_s));
            QCOMPARE(PdfTools::pages(path), 2);
        }
    } else {
        const auto written = service.writeEach(pgns, period, out.path(), Overwrite::Refuse, report);
        QCOMPARE(written.ok(), !stopAfterFirst);
        QCOMPARE(out.entryList({u"*.pdf"_s}).size(), stopAfterFirst ? 1 : 2);
        if (!stopAfterFirst)
            QVERIFY(PdfTools::text(written->first()).contains(u"Test de Vries"_s));
    }
    QCOMPARE(progress.first(), 1);
    QCOMPARE(progress.size(), stopAfterFirst ? 1 : 2);
}

void TestVerzuimstaatService::attach_data()
{
    QTest::addColumn<bool>("withdrawnFirst");
    QTest::newRow("draft_gets_its_verzuimstaat") << false;
    QTest::newRow("withdrawn_melding_refused") << true;
}

void TestVerzuimstaatService::attach()
{
    QFETCH(bool, withdrawnFirst);
    TestDatabase db;
    importP01WithASickDay(db);
    const FixedClock clock(QDate(2026, 1, 20));
    MeldingService meldingen(db.db(), clock, u"coordinator"_s);
    auto draft = meldingen.draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error()));
    const auto findingCodes = [&](const Melding& m) {
        QStringList codes;
        const auto validation = meldingen.validate(m);
        for (const auto& finding : validation->warnings)
            codes.append(finding.field);
        return codes;
    };
    QVERIFY(findingCodes(*draft).contains(u"verzuimstaat_bijgevoegd"_s));
    if (withdrawnFirst) {
        Melding withdrawn = *draft;
        withdrawn.status = MeldingStatus::Ingetrokken; // how it got there is MeldingService's test
        QVERIFY(MeldingRepository(db.db()).update(withdrawn, u"coordinator"_s, clock.now()).ok());
    }

    VerzuimstaatService service(db.db(), clock, u"coordinator"_s);
    const VerzuimstaatService::Period period = service.defaultPeriodFor(*draft);
    QCOMPARE(period.from, QDate(2025, 12, 15)); // four weeks before the begindatum
    QCOMPARE(period.includeAuthorised, false);
    const auto attached = service.attach(draft->id, period);
    QCOMPARE(attached.ok(), !withdrawnFirst);
    const auto stored = AttachmentRepository(db.db()).latestVerzuimstaat(draft->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->has_value(), !withdrawnFirst);
    if (withdrawnFirst)
        return;
    QVERIFY(attached->verzuimstaatAttached);
    QVERIFY(!findingCodes(*attached).contains(u"verzuimstaat_bijgevoegd"_s));
    QVERIFY((*stored)->pdf.startsWith("%PDF"));
    QCOMPARE((*stored)->from, period.from);
    const auto audit = AuditLog(db.db()).forLeerling(kPgn);
    QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [](const AuditEntry& e) {
        return e.action == u"verzuimstaat bijgevoegd"_s;
    }));
}

void TestVerzuimstaatService::defaultPeriod_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<SignalKind>("earlier");
    QTest::addColumn<SignalKind>("kind");
    QTest::addColumn<QDate>("reached");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    // Four weeks before the begindatum, up to the einddatum.
    QTest::newRow("16uur") << u"p01_po_16uur_en_herhaling"_s << kPgn << SignalKind::Preventive
                           << SignalKind::SixteenHours << QDate(2026, 1, 14) << QDate(2025, 12, 15)
                           << QDate(2026, 1, 14);
    // The LRV melding starts on 26-03 after the 16-uur melding of 19-03..25-03; the statement
    // still shows its whole run from 02-03 (and four weeks before), up to today.
    QTest::newRow("lrv_whole_run")
        << u"p03_continu_lrv_en_rmc"_s << u"300002014"_s << SignalKind::SixteenHours
        << SignalKind::Lrv << QDate(2026, 3, 27) << QDate(2026, 2, 2) << QDate(2026, 3, 30);
    QTest::newRow("rmc_whole_run")
        << u"p03_continu_lrv_en_rmc"_s << u"300002026"_s << SignalKind::SixteenHoursAdult
        << SignalKind::Rmc << QDate(2026, 3, 27) << QDate(2026, 2, 2) << QDate(2026, 3, 30);
}

void TestVerzuimstaatService::defaultPeriod()
{
    QFETCH(QString, example);
    QFETCH(QString, pgn);
    QFETCH(SignalKind, earlier);
    QFETCH(SignalKind, kind);
    QFETCH(QDate, reached);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    TestDatabase db;
    QCOMPARE(db.importExample(example).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 3, 30));
    MeldingService meldingen(db.db(), clock, u"coordinator"_s);
    if (earlier != SignalKind::Preventive)
        QVERIFY(meldingen.draftFromSignal(pgn, earlier, QDate(2026, 3, 25)));
    const auto draft = meldingen.draftFromSignal(pgn, kind, reached);
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error()));
    const VerzuimstaatService::Period period =
        VerzuimstaatService(db.db(), clock, u"coordinator"_s).defaultPeriodFor(*draft);
    QCOMPARE(period.from, from);
    QCOMPARE(period.to, until);
}

QTEST_MAIN(TestVerzuimstaatService)
#include "TestVerzuimstaatService.moc"
