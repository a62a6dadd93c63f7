// SPDX-License-Identifier: GPL-3.0-or-later
// A melding's verzuimdagen as the coordinator reads them (the CLI's `melding`, the overview):
// Dutch, with "lesuur" for one and "lesuren" for more.
#include "domain/Melding.h"
#include "meldingen/MeldingFields.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

using Days = QList<VerzuimDag>;

class TestMeldingDaysText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void daysAreSaidInDutch_data();
    void daysAreSaidInDutch();
};

void TestMeldingDaysText::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), u"nl"_s);
}

void TestMeldingDaysText::daysAreSaidInDutch_data()
{
    QTest::addColumn<Days>("days");
    QTest::addColumn<QString>("text");
    const QDate day(2026, 3, 31);

    QTest::newRow("one_lesuur") << Days{{day, false, 1, 50}} << u"31-03-2026 1 lesuur"_s;
    QTest::newRow("two_lesuren") << Days{{day, false, 2, 100}} << u"31-03-2026 2 lesuren"_s;
    QTest::newRow("a_whole_day") << Days{{day, true, 8, 400}} << u"31-03-2026 hele dag"_s;
    QTest::newRow("days_apart") << Days{{day, false, 1, 50}, {day.addDays(1), true, 8, 400}}
                                << u"31-03-2026 1 lesuur; 01-04-2026 hele dag"_s;
}

void TestMeldingDaysText::daysAreSaidInDutch()
{
    QFETCH(Days, days);
    QFETCH(QString, text);
    Melding melding;
    melding.days = days;
    const MeldingField* field = MeldingFields::find(u"verzuimdagen");
    QVERIFY(field);
    QCOMPARE(field->get(melding), text);
}

QTEST_GUILESS_MAIN(TestMeldingDaysText)
#include "TestMeldingDaysText.moc"
