// SPDX-License-Identifier: GPL-3.0-or-later
#include "submission/DuoAnswer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDuoAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatDuoSaid_data();
    void readsWhatDuoSaid();
    void refusesWhatCannotBeTrusted_data();
    void refusesWhatCannotBeTrusted();
};

void TestDuoAnswer::readsWhatDuoSaid_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<DuoAnswer::Outcome>("outcome");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("errorFields");

    QTest::newRow("accepted") << QByteArray("<?xml version=\"1.0\"?><antwoord><uitkomst>"
                                            "geaccepteerd</uitkomst><meldingsnummer> VM-0001 "
                                            "</meldingsnummer></antwoord>")
                              << DuoAnswer::Outcome::Accepted << u"VM-0001"_s << QStringList{};
    QTest::newRow("rejected_per_field")
        << QByteArray("<antwoord><uitkomst>afgewezen</uitkomst><fout veld=\"reden\">Te kort"
                      "</fout><fout veld=\"einddatum\">Na vandaag</fout></antwoord>")
        << DuoAnswer::Outcome::Rejected << QString() << QStringList{u"reden"_s, u"einddatum"_s};
    // A field we do not know belongs to the melding as a whole: shown, never dropped.
    QTest::newRow("rejected_unknown_field")
        << QByteArray("<antwoord><uitkomst>afgewezen</uitkomst><fout veld=\"xyz\">Onbekend"
                      "</fout><fout>Algemeen</fout></antwoord>")
        << DuoAnswer::Outcome::Rejected << QString() << QStringList{QString(), QString()};
    QTest::newRow("unknown_key") << QByteArray("<antwoord><uitkomst>onbekend</uitkomst></antwoord>")
                                 << DuoAnswer::Outcome::Unknown << QString() << QStringList{};
    QTest::newRow("later_elements_are_skipped")
        << QByteArray("<antwoord><nieuw><diep>x</diep></nieuw><uitkomst>geaccepteerd</uitkomst>"
                      "<meldingsnummer>123</meldingsnummer></antwoord>")
        << DuoAnswer::Outcome::Accepted << u"123"_s << QStringList{};
    QTest::newRow("status") << QByteArray("<antwoord><uitkomst>status</uitkomst><meldingsnummer>"
                                          "VM-1</meldingsnummer><status>afgesloten</status>"
                                          "</antwoord>")
                            << DuoAnswer::Outcome::Status << u"VM-1"_s << QStringList{};
}

void TestDuoAnswer::readsWhatDuoSaid()
{
    QFETCH(QByteArray, xml);
    QFETCH(DuoAnswer::Outcome, outcome);
    QFETCH(QString, number);
    QFETCH(QStringList, errorFields);
    const auto answer = DuoAnswer::parse(xml);
    QVERIFY2(answer, qPrintable(answer.error()));
    QCOMPARE(answer->outcome, outcome);
    QCOMPARE(answer->meldingsnummer, number);
    QStringList fields;
    for (const Finding& f : answer->errors) {
        fields.append(f.field);
        QVERIFY(!f.text.isEmpty());
    }
    QCOMPARE(fields, errorFields);
}

void TestDuoAnswer::refusesWhatCannotBeTrusted_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << u"cannot be read"_s;
    QTest::newRow("html_error_page")
        << QByteArray("<html><body>502</body></html>") << u"<antwoord>"_s;
    QTest::newRow("not_xml") << QByteArray("\x00\xff\xfe junk", 9) << u"cannot be read"_s;
    QTest::newRow("unclosed") << QByteArray("<antwoord><uitkomst>geaccepteerd") << u"line 1"_s;
    QTest::newRow("accepted_without_number")
        << QByteArray("<antwoord><uitkomst>geaccepteerd</uitkomst></antwoord>")
        << u"meldingsnummer"_s;
    QTest::newRow("number_with_markup_characters")
        << QByteArray("<antwoord><uitkomst>geaccepteerd</uitkomst><meldingsnummer>VM 1; DROP"
                      "</meldingsnummer></antwoord>")
        << u"not a meldingsnummer"_s;
    QTest::newRow("rejected_without_reason")
        << QByteArray("<antwoord><uitkomst>afgewezen</uitkomst></antwoord>") << u"reason"_s;
    QTest::newRow("unknown_outcome")
        << QByteArray("<antwoord><uitkomst>misschien</uitkomst></antwoord>") << u"misschien"_s;
    QTest::newRow("status_we_never_get_from_duo")
        << QByteArray("<antwoord><uitkomst>status</uitkomst><meldingsnummer>1</meldingsnummer>"
                      "<status>concept</status></antwoord>")
        << u"unknown status"_s;
    QTest::newRow("entity_expansion")
        << QByteArray("<!DOCTYPE a [<!ENTITY x \"xxxxxxxxxx\">]><antwoord><uitkomst>&x;"
                      "</uitkomst></antwoord>")
        << u"document type"_s;
    QTest::newRow("two_answers")
        << QByteArray("<antwoord><uitkomst>onbekend</uitkomst></antwoord><antwoord/>")
        << u"cannot be read"_s;
    QTest::newRow("nested_in_a_field")
        << QByteArray("<antwoord><uitkomst><b>geaccepteerd</b></uitkomst></antwoord>")
        << u"cannot be read"_s;
    QTest::newRow("huge") << QByteArray(2 << 20, 'x') << u"1 MB"_s;
    QTest::newRow("too_long_text")
        << (QByteArray("<antwoord><uitkomst>afgewezen</uitkomst><fout>") + QByteArray(5000, 'a') +
            "</fout></antwoord>")
        << u"4000"_s;
}

void TestDuoAnswer::refusesWhatCannotBeTrusted()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const auto answer = DuoAnswer::parse(xml);
    QVERIFY(!answer);
    QVERIFY2(answer.error().contains(expected), qPrintable(answer.error()));
}

QTEST_GUILESS_MAIN(TestDuoAnswer)
#include "TestDuoAnswer.moc"
