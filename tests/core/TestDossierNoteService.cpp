// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "services/DossierNoteService.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDossierNoteService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data();
    void add();
    void newestFirst();
};

void TestDossierNoteService::add_data()
{
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("workNote");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("auditAction");
    // Leerling 300000017 is in example p01.
    QTest::newRow("note_for_the_dossier") << u"300000017"_s << u"  Moeder gebeld, belt terug.  "_s
                                          << false << true << u"notitie toegevoegd"_s;
    QTest::newRow("personal_work_note") << u"300000017"_s << u"Navragen bij mentor"_s << true
                                        << true << u"werknotitie toegevoegd"_s;
    QTest::newRow("a_dot_is_not_a_note")
        << u"300000017"_s << u" . "_s << false << false << QString();
    QTest::newRow("empty_refused") << u"300000017"_s << QString() << false << false << QString();
    QTest::newRow("unknown_leerling_refused")
        << u"999999990"_s << u"Moeder gebeld"_s << false << false << QString();
}

void TestDossierNoteService::add()
{
    QFETCH(QString, pgn);
    QFETCH(QString, text);
    QFETCH(bool, workNote);
    QFETCH(bool, accepted);
    QFETCH(QString, auditAction);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const QDateTime now(QDate(2026, 1, 20), QTime(9, 15));
    const FixedClock clock(now);
    DossierNoteService service(db.db(), clock, u"coordinator"_s);

    const auto added = service.add(pgn, text, workNote);
    QCOMPARE(added.ok(), accepted);
    const auto notes = service.forLeerling(pgn);
    QCOMPARE(notes->size(), accepted ? 1 : 0);
    const auto audit = AuditLog(db.db()).forLeerling(pgn);
    QCOMPARE(audit->size(), accepted ? 1 : 0);
    if (!accepted) {
        QVERIFY(!added.error().isEmpty());
        return;
    }
    const DossierNote& stored = notes->first();
    QCOMPARE(stored.text, text.trimmed());
    QCOMPARE(stored.workNote, workNote);
    QCOMPARE(stored.author, u"coordinator"_s);
    QCOMPARE(stored.writtenAt, now);
    QCOMPARE(audit->first().action, auditAction);
    // The audit says that a note was written, not what it says.
    QVERIFY(!audit->first().details.contains(text.trimmed()));
}

void TestDossierNoteService::newestFirst()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDateTime(QDate(2026, 1, 20), QTime(9, 15)));
    DossierNoteService service(db.db(), clock, u"coordinator"_s);
    QVERIFY(service.add(u"300000017"_s, u"Eerste notitie"_s, false).ok());
    QVERIFY(service.add(u"300000017"_s, u"Tweede notitie"_s, false).ok());
    const auto notes = service.forLeerling(u"300000017"_s);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->first().text, u"Tweede notitie"_s);
}

QTEST_GUILESS_MAIN(TestDossierNoteService)
#include "TestDossierNoteService.moc"
