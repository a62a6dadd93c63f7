// SPDX-License-Identifier: GPL-3.0-or-later
// The inzage export: everything stored about one leerling, in JSON and as a PDF a parent can
// read, without the coordinator's personal work notes and the contacts the school keeps secret;
// and the export is in the audit trail.
#include "MeldingFixture.h"
#include "PdfTools.h"
#include "TestDatabase.h"
#include "services/DossierNoteService.h"
#include "services/InzageService.h"
#include "services/MeldingService.h"
#include "services/VerzuimstaatService.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "storage/TeamRepository.h"
#include "util/Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s;
const QString kNote = u"Moeder gebeld, ze komt langs"_s;
const QString kWorkNote = u"Navragen bij de mentor"_s;
const QString kOpenContact = u"Anna de Vries"_s;
const QString kSecretContact = u"Vader, adres geheim"_s;

} // namespace

class TestInzage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(*QCoreApplication::instance(), u"nl"_s); }
    void init();
    void cleanup() { m_db.reset(); }
    void jsonHoldsTheDossierWithoutWorkNotes_data();
    void jsonHoldsTheDossierWithoutWorkNotes();
    void everyMeldingsHistoryIsInIt();
    void pdfReadsAsTheDossier();
    void exportIsRecordedAndNeverOverwrites();

private:
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
    std::unique_ptr<TestDatabase> m_db;
};

void TestInzage::init()
{
    m_db = std::make_unique<TestDatabase>();
    QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    DossierNoteService notes(m_db->db(), m_clock, u"coordinator"_s);
    QVERIFY(notes.add(kPgn, kNote, false));
    QVERIFY(notes.add(kPgn, kWorkNote, true));
    // Two ouders, one of whom the school keeps secret (before the draft, which takes them over).
    for (const auto& [name, secret] : {std::pair{kOpenContact, 0}, std::pair{kSecretContact, 1}}) {
        QVERIFY(m_db->db().exec(u"INSERT INTO contacten (pgn, naam, relatie, telefoon, email,"
                                u" wettelijk_vertegenwoordiger, geheim)"
                                u" VALUES (?, ?, 'ouder', '06-12345678', '', 1, ?)"_s,
                                {kPgn, name, secret}));
    }
    QVERIFY(MeldingService(m_db->db(), m_clock, u"coordinator"_s)
                .draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14)));
}

void TestInzage::jsonHoldsTheDossierWithoutWorkNotes_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("entries");
    QTest::newRow("inschrijvingen") << u"inschrijvingen"_s << 1;
    QTest::newRow("absence") << u"absenties"_s << 6;
    QTest::newRow("signal_work") << u"signalen"_s << 1; // the melding set it in behandeling
    QTest::newRow("meldingen") << u"meldingen"_s << 1;
    QTest::newRow("notes_without_the_work_note") << u"notities"_s << 1;
    QTest::newRow("contacts_without_the_secret_one") << u"contacten"_s << 1;
    // Two notes written (the work note too) and the melding drafted.
    QTest::newRow("audit") << u"audit"_s << 3;
}

void TestInzage::jsonHoldsTheDossierWithoutWorkNotes()
{
    QFETCH(QString, section);
    QFETCH(int, entries);
    const QString path = m_db->dir() + u"/inzage.json"_s;
    QVERIFY(InzageService(m_db->db(), m_clock, u"coordinator"_s)
                .exportTo(kPgn, path, Overwrite::Refuse));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value(u"leerling"_s).toObject().value(u"pgn"_s).toString(), kPgn);
    QCOMPARE(json.value(section).toArray().size(), entries);
    QVERIFY(bytes.contains(kNote.toUtf8()));
    QVERIFY(!bytes.contains(kWorkNote.toUtf8()));
    QVERIFY(bytes.contains(kOpenContact.toUtf8()));
    QVERIFY(!bytes.contains(kSecretContact.toUtf8())); // nor in the melding's contacts
}

// The versions, the verzuimstaat sent along, the submission with its log, the consent and the
// assignment: all of it, and the geheim contact in none of the versions.
void TestInzage::everyMeldingsHistoryIsInIt()
{
    MeldingService meldingen(m_db->db(), m_clock, u"coordinator"_s);
    const qint64 id = meldingen.forLeerling(kPgn)->first().id;
    QVERIFY(meldingen.setFields(id, fieldsForGereed()));
    VerzuimstaatService verzuimstaten(m_db->db(), m_clock, u"coordinator"_s);
    const auto attached =
        verzuimstaten.attach(id, verzuimstaten.defaultPeriodFor(*meldingen.find(id)));
    QVERIFY2(attached, qPrintable(attached.error()));
    const auto ready = meldingen.setStatus(id, MeldingStatus::Gereed);
    QVERIFY2(ready, qPrintable(ready.error()));
    QVERIFY(LeerlingRepository(m_db->db()).setConsentToContactParents(kPgn, true));
    TeamRepository team(m_db->db());
    QVERIFY(team.upsert({u"bram"_s, Role::Medewerker, m_clock.now(), u"beheerder"_s}));
    QVERIFY(team.assign(kPgn, u"bram"_s));

    const auto dossier = InzageService(m_db->db(), m_clock, u"coordinator"_s).collect(kPgn);
    QVERIFY2(dossier, qPrintable(dossier.error()));
    const QJsonObject json = Inzage::toJson(*dossier);
    const QJsonObject leerling = json.value(u"leerling"_s).toObject();
    QVERIFY(leerling.value(u"toestemming_contact_ouders"_s).toBool());
    QCOMPARE(leerling.value(u"toegewezen_aan"_s).toArray(), QJsonArray{u"bram"_s});
    const QJsonArray histories = json.value(u"meldinggeschiedenis"_s).toArray();
    QCOMPARE(histories.size(), 1);
    const QJsonObject history = histories.first().toObject();
    QVERIFY(history.value(u"versies"_s).toArray().size() >= 3); // drafted, filled in, gereed
    QCOMPARE(history.value(u"verzuimstaten"_s).toArray().size(), 1);
    const QJsonArray submissions = history.value(u"indieningen"_s).toArray();
    QCOMPARE(submissions.size(), 1);
    QVERIFY(!submissions.first().toObject().value(u"gebeurtenissen"_s).toArray().isEmpty());
    const QByteArray bytes = QJsonDocument(json).toJson();
    QVERIFY(bytes.contains(kOpenContact.toUtf8()));
    QVERIFY(!bytes.contains(kSecretContact.toUtf8()));
    // The PDF has the same tables.
    const QString path = m_db->dir() + u"/inzage.pdf"_s;
    QVERIFY(Inzage::write(*dossier, path, Overwrite::Refuse));
    const QString text = PdfTools::text(path).simplified();
    for (const QString& heading :
         {Inzage::tr("Versions of the meldingen"), Inzage::tr("Verzuimstaten sent along"),
          Inzage::tr("Submissions to DUO")})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    QVERIFY(!text.contains(kSecretContact));
}

void TestInzage::pdfReadsAsTheDossier()
{
    const QString path = m_db->dir() + u"/inzage.pdf"_s;
    const Status written = InzageService(m_db->db(), m_clock, u"coordinator"_s)
                               .exportTo(kPgn, path, Overwrite::Refuse);
    QVERIFY2(written, qPrintable(written.error()));
    const QString text = PdfTools::text(path).simplified();
    QVERIFY2(text.contains(u"Test de Vries"_s), qPrintable(text));
    QVERIFY(text.contains(kNote));
    QVERIFY(!text.contains(kWorkNote));
    QVERIFY(text.contains(kOpenContact));
    QVERIFY(!text.contains(kSecretContact));
    QVERIFY(text.contains(u"Inzage: Test de Vries (PGN 300000017)"_s));
    QVERIFY(PdfTools::pages(path) >= 1);
}

void TestInzage::exportIsRecordedAndNeverOverwrites()
{
    const QString path = m_db->dir() + u"/inzage.json"_s;
    InzageService inzage(m_db->db(), m_clock, u"coordinator"_s);
    QVERIFY(inzage.exportTo(kPgn, path, Overwrite::Refuse));
    QVERIFY(!inzage.exportTo(kPgn, path, Overwrite::Refuse));
    QVERIFY(!inzage.exportTo(kPgn, m_db->dir() + u"/inzage.txt"_s, Overwrite::Refuse));
    const auto audit = AuditLog(m_db->db()).forLeerling(kPgn);
    QVERIFY(audit);
    QCOMPARE(audit->last().action, u"inzage geëxporteerd"_s);
    QCOMPARE(
        std::count_if(audit->cbegin(), audit->cend(),
                      [](const AuditEntry& e) { return e.action == u"inzage geëxporteerd"_s; }),
        1);
}

QTEST_MAIN(TestInzage)
#include "TestInzage.moc"
