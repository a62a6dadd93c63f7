// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Pgn.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPgn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
};

void TestPgn::classify_data()
{
    QTest::addColumn<QString>("pgn");
    QTest::addColumn<Pgn::Kind>("expected");
    QTest::newRow("bsn_test_value") << u"111222333"_s << Pgn::Kind::Bsn;
    QTest::newRow("bsn_example_p01") << u"300000017"_s << Pgn::Kind::Bsn;
    QTest::newRow("bsn_example_p03") << u"300002026"_s << Pgn::Kind::Bsn;
    QTest::newRow("bsn_wrong_check_digit") << u"111222334"_s << Pgn::Kind::Invalid;
    QTest::newRow("onderwijsnummer_valid") << u"101222331"_s << Pgn::Kind::Onderwijsnummer;
    QTest::newRow("onderwijsnummer_wrong_check") << u"101222332"_s << Pgn::Kind::Invalid;
    // Not an onderwijsnummer (sum ≡ 0, not 5), but it passes the BSN 11-proef, so per
    // uitwisselformaat it is a valid PGN.
    QTest::newRow("starts_with_10_passing_11_proef_is_bsn") << u"100252333"_s << Pgn::Kind::Bsn;
    QTest::newRow("all_zeros") << u"000000000"_s << Pgn::Kind::Invalid;
    QTest::newRow("eight_digits") << u"11122233"_s << Pgn::Kind::Invalid;
    QTest::newRow("ten_digits") << u"1112223330"_s << Pgn::Kind::Invalid;
    QTest::newRow("letters") << u"11122233A"_s << Pgn::Kind::Invalid;
    QTest::newRow("empty") << QString() << Pgn::Kind::Invalid;
}

void TestPgn::classify()
{
    QFETCH(QString, pgn);
    QFETCH(Pgn::Kind, expected);
    QCOMPARE(Pgn::classify(pgn), expected);
    QCOMPARE(Pgn::problem(pgn).isEmpty(), expected != Pgn::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestPgn)
#include "TestPgn.moc"
