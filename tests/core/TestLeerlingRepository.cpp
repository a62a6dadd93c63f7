// SPDX-License-Identifier: GPL-3.0-or-later
// Leerlingen read back as they were stored; the values a school repeats over its leerlingen
// (klas, opleiding, gemeente, …) share one string per value, which is what keeps a school
// board's 100,000 leerlingen small in memory.
#include "TestDatabase.h"
#include "storage/LeerlingRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Field = QString (*)(const Leerling&);

Leerling leerlingIn(const QString& pgn, const QString& lastName, const QString& klas)
{
    Leerling l;
    l.pgn = pgn;
    l.lastName = lastName;
    l.firstNames = u"Test"_s;
    l.birthDate = QDate(2009, 5, 1);
    l.gender = u"V"_s;
    l.address = {u"Schoolstraat"_s, pgn.right(2), u"3511 AB"_s, u"Utrecht"_s, u"Utrecht"_s};
    l.opleiding = u"Verzorgende IG"_s;
    l.leerjaar = u"2"_s;
    l.klas = klas;
    l.locatie = u"Hoofdgebouw"_s;
    return l;
}

} // namespace

Q_DECLARE_METATYPE(Field)

class TestLeerlingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repeatedValuesAreShared_data();
    void repeatedValuesAreShared();
};

void TestLeerlingRepository::repeatedValuesAreShared_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<bool>("shared");
    QTest::newRow("klas") << Field([](const Leerling& l) { return l.klas; }) << true;
    QTest::newRow("opleiding") << Field([](const Leerling& l) { return l.opleiding; }) << true;
    QTest::newRow("leerjaar") << Field([](const Leerling& l) { return l.leerjaar; }) << true;
    QTest::newRow("locatie") << Field([](const Leerling& l) { return l.locatie; }) << true;
    QTest::newRow("geslacht") << Field([](const Leerling& l) { return l.gender; }) << true;
    QTest::newRow("woonplaats") << Field([](const Leerling& l) { return l.address.city; }) << true;
    QTest::newRow("gemeente") << Field([](const Leerling& l) { return l.address.municipality; })
                              << true;
    // A name is each leerling's own, even where two are alike.
    QTest::newRow("voornamen") << Field([](const Leerling& l) { return l.firstNames; }) << false;
}

void TestLeerlingRepository::repeatedValuesAreShared()
{
    QFETCH(Field, field);
    QFETCH(bool, shared);
    TestDatabase test;
    const QList<Leerling> stored{leerlingIn(u"300000017"_s, u"Bakker"_s, u"2A"_s),
                                 leerlingIn(u"300000029"_s, u"Visser"_s, u"2A"_s),
                                 leerlingIn(u"300000031"_s, u"Smit"_s, u"2B"_s)};
    QVERIFY(test.db().transaction([&] { return LeerlingRepository(test.db()).upsert(stored); }));
    auto read = LeerlingRepository(test.db()).all();
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->size(), stored.size());
    QHash<QString, Leerling> byPgn;
    for (const Leerling& l : *read)
        byPgn.insert(l.pgn, l);
    for (const Leerling& original : stored)
        QCOMPARE(byPgn.value(original.pgn), original);
    // Bakker and Visser: the same value, one string (or two, for what is their own).
    const QString bakker = field(byPgn.value(u"300000017"_s));
    const QString visser = field(byPgn.value(u"300000029"_s));
    QCOMPARE(bakker, visser);
    QCOMPARE(bakker.constData() == visser.constData(), shared);
}

QTEST_GUILESS_MAIN(TestLeerlingRepository)
#include "TestLeerlingRepository.moc"
