// SPDX-License-Identifier: GPL-3.0-or-later
#include "meldingen/MeldingFields.h"
#include "submission/DuoMessage.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

Melding sample()
{
    Melding m;
    m.id = 7;
    m.pgn = u"300000017"_s;
    m.soort = MeldingSoort::SixteenHours;
    m.startDate = QDate(2025, 12, 15);
    m.endDate = QDate(2026, 1, 14);
    m.reason = u"Blijft thuis na ruzie <met> klasgenoten & meer"_s;
    m.actionWanted = true;
    m.onderwijsaanbiedercode = u"123A456"_s;
    m.schoolContact = {u"J. de Wit"_s,
                       u"verzuimcoördinator"_s,
                       u"030-1234567"_s,
                       u"verzuim@school.nl"_s,
                       {},
                       true};
    m.leerlingPhone = u"0611111111"_s;
    m.contacts = {{u"M. de Vries"_s, u"moeder"_s, u"0612345678"_s, {}, true},
                  {u"P. de Vries"_s, u"vader"_s, {}, u"p@example.nl"_s, false}};
    m.days = {{QDate(2026, 1, 12), true, 0, 0}, {QDate(2026, 1, 13), false, 3, 150}};
    m.actions = {u"brief"_s, u"gesprek"_s};
    m.actionsNote = u"Twee keer gebeld"_s;
    return m;
}

// Every element path with its text, e.g. "verzuimmelding/melding/reden".
QMultiHash<QString, QString> elements(const QByteArray& xml)
{
    QMultiHash<QString, QString> found;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path.append(reader.name().toString());
            for (const auto& a : reader.attributes())
                found.insert(path.join(u'/') + u"@"_s + a.name().toString(), a.value().toString());
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            found.insert(path.join(u'/'), reader.text().toString());
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        qFatal("not well-formed: %s", qPrintable(reader.errorString()));
    return found;
}

} // namespace

class TestDuoMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsEachLoketField_data();
    void holdsEachLoketField();
    void mapsEveryLoketFieldOneToOne();
    void leavesOutContactsNotSentAlong();
    void hasNoLesurenWhenAllLessonsWereMissed();
};

void TestDuoMessage::holdsEachLoketField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("values");

    const auto row = [](const char* name, const QString& path, const QStringList& values) {
        QTest::newRow(name) << path << values;
    };
    row("key", u"verzuimmelding/berichtsleutel"_s, {u"sleutel-1"_s});
    row("pgn", u"verzuimmelding/leerling/pgn"_s, {u"300000017"_s});
    row("leerling_phone", u"verzuimmelding/leerling/leerling_telefoon"_s, {u"0611111111"_s});
    row("soort_key", u"verzuimmelding/melding/soort"_s, {u"16UUR"_s});
    row("dates_iso", u"verzuimmelding/melding/begindatum"_s, {u"2025-12-15"_s});
    row("reason_escaped_and_back", u"verzuimmelding/melding/reden"_s,
        {u"Blijft thuis na ruzie <met> klasgenoten & meer"_s});
    row("yes_no", u"verzuimmelding/melding/actie_gewenst"_s, {u"ja"_s});
    row("school_contact", u"verzuimmelding/melding/contactpersoon_school_telefoon"_s,
        {u"030-1234567"_s});
    row("whole_day", u"verzuimmelding/lesuren/verzuimdag@hele_dag"_s, {u"ja"_s});
    row("lesuren", u"verzuimmelding/lesuren/verzuimdag@lesuren"_s, {u"3"_s});
    row("actions", u"verzuimmelding/acties/actie"_s, {u"gesprek"_s, u"brief"_s});
    row("actions_note", u"verzuimmelding/acties/toelichting_acties"_s, {u"Twee keer gebeld"_s});
}

void TestDuoMessage::holdsEachLoketField()
{
    QFETCH(QString, path);
    QFETCH(QStringList, values);
    const auto found = elements(DuoMessage::build(sample(), u"sleutel-1"_s));
    QStringList actual = found.values(path);
    std::sort(actual.begin(), actual.end());
    std::sort(values.begin(), values.end());
    QCOMPARE(actual, values);
}

void TestDuoMessage::mapsEveryLoketFieldOneToOne()
{
    // Every single-valued field of the loket's screens is in the message under its own key, so
    // the mapping to DUO's schema can be checked field by field (docs/duo-m2m.md).
    Melding m = sample();
    for (const MeldingField& field : MeldingFields::all()) {
        if (field.set && field.kind == MeldingField::Kind::Text)
            QVERIFY(MeldingFields::set(m, field.key, u"waarde-"_s + field.key));
    }
    const auto found = elements(DuoMessage::build(m, u"k"_s));
    const QHash<LoketScreen, QString> parent{{LoketScreen::Leerling, u"leerling"_s},
                                             {LoketScreen::Melding, u"melding"_s},
                                             {LoketScreen::Acties, u"acties"_s}};
    for (const MeldingField& field : MeldingFields::all()) {
        if (!parent.contains(field.screen) || field.kind == MeldingField::Kind::Derived ||
            field.kind == MeldingField::Kind::KeySet)
            continue;
        const QString path = u"verzuimmelding/%1/%2"_s.arg(parent[field.screen], field.key);
        QVERIFY2(found.contains(path), qPrintable(path));
        QCOMPARE(found.value(path), field.get(m));
    }
    // What follows submission is not part of the message.
    QVERIFY(!DuoMessage::build(m, u"k"_s).contains("meldingsnummer"));
}

void TestDuoMessage::leavesOutContactsNotSentAlong()
{
    const auto found = elements(DuoMessage::build(sample(), u"k"_s));
    QCOMPARE(found.values(u"verzuimmelding/leerling/contactpersoon/naam"_s),
             QStringList{u"M. de Vries"_s});
}

void TestDuoMessage::hasNoLesurenWhenAllLessonsWereMissed()
{
    Melding m = sample();
    m.allLessonsMissed = true;
    const QByteArray xml = DuoMessage::build(m, u"k"_s);
    QVERIFY(!xml.contains("<lesuren"));
    QCOMPARE(elements(xml).value(u"verzuimmelding/melding/alle_lessen_gemist"_s), u"ja"_s);
}

QTEST_GUILESS_MAIN(TestDuoMessage)
#include "TestDuoMessage.moc"
