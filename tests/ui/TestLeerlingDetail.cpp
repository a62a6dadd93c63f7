// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceCharts.h"
#include "LeerlingDetail.h"
#include "TestDatabase.h"
#include "storage/AuditLog.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLeerlingDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDossier_data();
    void showsDossier();
    void consentOfAnAdultIsStored();
    void correctionUndoRedo();
};

void TestLeerlingDetail::showsDossier_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<int>("signalCount");
    QTest::addColumn<bool>("consentShown");
    QTest::newRow("minor_po") << u"p01_po_16uur_en_herhaling"_s << u"300000017"_s << 3 << false;
    QTest::newRow("adult_mbo") << u"p03_continu_lrv_en_rmc"_s << u"300002026"_s << 6 << true;
}

void TestLeerlingDetail::showsDossier()
{
    QFETCH(QString, example);
    QFETCH(QString, pgn);
    QFETCH(int, signalCount);
    QFETCH(bool, consentShown);
    TestDatabase db;
    QCOMPARE(db.importExample(example).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, pgn);
    detail.resize(900, 800);
    detail.show();
    QVERIFY(detail.findChild<QLabel*>(u"leerlingHeader"_s)->text().contains(pgn));
    QCOMPARE(detail.findChild<QListWidget*>(u"leerlingSignals"_s)->count(), signalCount);
    QCOMPARE(detail.findChild<QCheckBox*>(u"consentCheck"_s)->isVisible(), consentShown);
    // The calendar paints the continuous absence in its own colour.
    const QImage calendar =
        detail.findChild<YearCalendarWidget*>(u"yearCalendar"_s)->grab().toImage();
    QVERIFY(!calendar.isNull());
    bool red = false;
    for (int y = 0; y < calendar.height() && !red; y += 2) {
        for (int x = 0; x < calendar.width() && !red; x += 2)
            red = calendar.pixelColor(x, y) == QColor(0xc6, 0x28, 0x28);
    }
    QVERIFY(red);
}

void TestLeerlingDetail::consentOfAnAdultIsStored()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p03_continu_lrv_en_rmc"_s).status, ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300002026"_s);
    detail.show();
    auto* consent = detail.findChild<QCheckBox*>(u"consentCheck"_s);
    QVERIFY(!consent->isChecked());
    consent->click();
    QCOMPARE(*LeerlingRepository(db.db()).consentToContactParents(u"300002026"_s), true);
}

void TestLeerlingDetail::correctionUndoRedo()
{
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    const FixedClock clock(QDate(2026, 4, 24));
    LeerlingDetail detail(Session{db.db(), clock, u"coordinator"_s}, u"300000017"_s);
    detail.show();
    auto* signalList = detail.findChild<QListWidget*>(u"leerlingSignals"_s);
    QCOMPARE(signalList->count(), 3);

    // 2 February was recorded as absent by mistake: clearing it removes the second 16UUR.
    detail.findChild<QDateEdit*>(u"absenceDate"_s)->setDate(QDate(2026, 2, 2));
    QVERIFY(detail.findChild<QLabel*>(u"absenceNow"_s)->text().contains(u"330"_s));
    detail.findChild<QComboBox*>(u"absenceCode"_s)->setCurrentIndex(0); // present
    detail.findChild<QPushButton*>(u"absenceSave"_s)->click();
    QCOMPARE(signalList->count(), 2);

    detail.findChild<QPushButton*>(u"absenceUndo"_s)->click();
    QCOMPARE(signalList->count(), 3);
    detail.findChild<QPushButton*>(u"absenceRedo"_s)->click();
    QCOMPARE(signalList->count(), 2);
    QCOMPARE(AuditLog(db.db()).forLeerling(u"300000017"_s)->size(), 3); // the change, undo, redo
}

QTEST_MAIN(TestLeerlingDetail)
#include "TestLeerlingDetail.moc"
