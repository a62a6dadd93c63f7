// SPDX-License-Identifier: GPL-3.0-or-later
// The whole walk a coordinator makes with the packages' own files: example p03's leerlingen as
// an EDEXML roster and its absence as Magister registers it (every lesson an item, in UTC, across
// the change to summer time) → exactly the expected signals → the LRV drafted on its day without
// fout → registered → its einddatum passed on → closed.
#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QString kExample = u"p03_continu_lrv_en_rmc"_s;

// p03 (mbo): seven lessons of an hour with two breaks.
const QList<std::pair<QTime, QTime>> kLessons{
    {QTime(8, 30), QTime(9, 30)},   {QTime(9, 30), QTime(10, 30)},  {QTime(10, 45), QTime(11, 45)},
    {QTime(11, 45), QTime(12, 45)}, {QTime(13, 15), QTime(14, 15)}, {QTime(14, 15), QTime(15, 15)},
    {QTime(15, 15), QTime(16, 15)}};

// The example's leerlingnummers in the package.
const QHash<QByteArray, QByteArray> kKeys{{"300002014", "100122"}, {"300002026", "102447"}};

QList<QList<QByteArray>> rowsOf(const QString& file)
{
    QFile csv(examplePath(kExample, file));
    if (!csv.open(QIODevice::ReadOnly))
        return {};
    QList<QList<QByteArray>> rows;
    for (const QByteArray& line : csv.readAll().split('\n').mid(1)) {
        if (!line.trimmed().isEmpty())
            rows.append(line.trimmed().split(';'));
    }
    return rows;
}

QString utc(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, QTimeZone("Europe/Amsterdam"))
        .toUTC()
        .toString(u"yyyy-MM-ddTHH:mm:ss.0000000Z"_s);
}

// leerlingen.csv (pgn;achternaam;voornamen;geboortedatum;…;inschrijving_van) as a roster.
QByteArray asEdexml()
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EDEX>\n"
                     "<school><schooljaar>2025-2026</schooljaar><brincode>99ZZ</brincode>"
                     "</school>\n<leerlingen>\n";
    for (const QList<QByteArray>& f : rowsOf(u"leerlingen.csv"_s))
        xml += "<leerling key=\"" + kKeys.value(f[0]) + "\"><achternaam>" + f[1] +
               "</achternaam><voornamen>" + f[2] + "</voornamen><geboortedatum>" + f[3] +
               "</geboortedatum><bsn>" + f[0] + "</bsn><instroomdatum>" + f[5] +
               "</instroomdatum></leerling>\n";
    return xml + "</leerlingen>\n</EDEX>\n";
}

// absenties.csv (pgn;datum;code;…) as Magister's absenties, one envelope per leerling.
QByteArray asMagister()
{
    QHash<QByteArray, QJsonArray> items;
    for (const QList<QByteArray>& f : rowsOf(u"absenties.csv"_s)) {
        const QDate day = QDate::fromString(QString::fromLatin1(f[1]), Qt::ISODate);
        for (qsizetype lesuur = 1; lesuur <= kLessons.size(); ++lesuur) {
            const auto& [from, to] = kLessons[lesuur - 1];
            items[f[0]].append(
                QJsonObject{{u"Start"_s, utc(day, QTime(0, 0))},
                            {u"Eind"_s, utc(day, QTime(0, 0))},
                            {u"Lesuur"_s, lesuur},
                            {u"Geoorloofd"_s, false},
                            {u"Verantwoordingtype"_s, 1},
                            {u"Code"_s, QString::fromLatin1(f[2])},
                            {u"Afspraak"_s, QJsonObject{{u"Start"_s, utc(day, from)},
                                                        {u"Einde"_s, utc(day, to)},
                                                        {u"LesuurVan"_s, lesuur},
                                                        {u"LesuurTotMet"_s, lesuur},
                                                        {u"DuurtHeleDag"_s, false}}}});
        }
    }
    QJsonArray envelopes;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        envelopes.append(QJsonObject{{u"Stamnummer"_s, QString::fromLatin1(kKeys.value(it.key()))},
                                     {u"Items"_s, it.value()}});
    return QJsonDocument(envelopes).toJson();
}

QByteArray schoolWithLestijden()
{
    QFile file(examplePath(kExample, u"school.json"_s));
    file.open(QIODevice::ReadOnly);
    QJsonObject school = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray lessons;
    for (const auto& [from, to] : kLessons)
        lessons.append(QJsonObject{{u"lesuur"_s, lessons.size() + 1},
                                   {u"van"_s, from.toString(u"HH:mm"_s)},
                                   {u"tot"_s, to.toString(u"HH:mm"_s)}});
    school.insert(u"lestijden"_s, QJsonObject{{u"standaard"_s, lessons}});
    return QJsonDocument(school).toJson();
}

} // namespace

class TestCliPackageWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rosterAndMagisterToAClosedMelding();
};

void TestCliPackageWalk::rosterAndMagisterToAClosedMelding()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    const auto write = [&](const QString& name, const QByteArray& content) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
                   ? file.fileName()
                   : QString();
    };
    const auto cli = [&](const QString& today, const QStringList& arguments) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VERZUIMDESK_VANDAAG"_s, today);
        return runProgram(QStringLiteral(VERZUIMDESK_CLI), QStringList{u"--db"_s, db} + arguments,
                          {}, environment);
    };
    const CliRun roster =
        cli(u"2026-04-24"_s,
            {u"import"_s, u"--school"_s, write(u"school.json"_s, schoolWithLestijden()),
             u"--leerlingen"_s, write(u"edex.xml"_s, asEdexml())});
    QVERIFY2(roster.exitCode == 0, roster.err.constData());
    QVERIFY2(roster.out.contains("EDEXML"), roster.out.constData());
    const CliRun absence = cli(
        u"2026-04-24"_s, {u"import"_s, u"--absenties"_s, write(u"magister.json"_s, asMagister())});
    QVERIFY2(absence.exitCode == 0, absence.err.constData());
    QVERIFY2(absence.out.contains("Magister"), absence.out.constData());

    QFile expectedFile(examplePath(kExample, u"expected.json"_s));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const CliRun signalen =
        cli(u"2026-04-24"_s,
            {u"signalen"_s, u"--peildatum"_s, expected[u"peildatum"_s].toString(), u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(signalen.out).array(), expected[u"signalen"_s].toArray());

    // The LRV, handled on its day, drafts a melding without fout.
    const QString reached = u"2026-03-27"_s;
    const CliRun drafted = cli(reached, {u"concept"_s, u"--pgn"_s, u"300002014"_s, u"--soort"_s,
                                         u"LRV"_s, u"--bereikt-op"_s, reached, u"--json"_s});
    QVERIFY2(drafted.exitCode == 0, drafted.err.constData());
    const QString id =
        QString::number(QJsonDocument::fromJson(drafted.out).object()[u"id"_s].toInteger());
    const CliRun completed =
        cli(reached, {u"melding"_s, id, u"--json"_s, u"--zet"_s, u"reden=Blijft thuis na ruzie"_s,
                      u"--zet"_s, u"acties=telefonisch"_s, u"--zet"_s,
                      u"contactpersoon_school_naam=J. de Boer"_s, u"--zet"_s,
                      u"contactpersoon_school_email=verzuim@school.example"_s});
    QVERIFY2(completed.exitCode == 0, completed.err.constData());
    const QJsonObject melding = QJsonDocument::fromJson(completed.out).object();
    QVERIFY2(melding[u"fouten"_s].toArray().isEmpty(),
             qPrintable(melding[u"fouten"_s].toArray().first()[u"tekst"_s].toString()));
    QCOMPARE(cli(reached, {u"melding"_s, id, u"--status"_s, u"gereed"_s}).exitCode, 0);
    const CliRun submitted = cli(reached, {u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s,
                                           u"loket"_s, u"--meldingsnummer"_s, u"VM-1"_s});
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData());

    // After the run: its einddatum given and passed on, then the melding closed.
    const QString later = u"2026-05-06"_s;
    QCOMPARE(cli(later, {u"melding"_s, id, u"--zet"_s, u"einddatum=2026-04-24"_s}).exitCode, 0);
    QCOMPARE(cli(later, {u"indienen"_s, u"--melding"_s, id, u"--kanaal"_s, u"loket"_s,
                         u"--wijziging-doorgegeven"_s})
                 .exitCode,
             0);
    const CliRun closed = cli(later, {u"melding"_s, id, u"--status"_s, u"afgesloten"_s});
    QVERIFY2(closed.exitCode == 0, closed.err.constData());
    const QJsonObject shown =
        QJsonDocument::fromJson(cli(later, {u"melding"_s, id, u"--json"_s}).out).object();
    QCOMPARE(shown[u"status"_s].toString(), u"afgesloten"_s);
    const QJsonArray tasks =
        QJsonDocument::fromJson(cli(later, {u"opvolging"_s, u"--json"_s}).out).array();
    for (const QJsonValue& task : tasks)
        QVERIFY2(task[u"melding"_s].toInteger() != id.toLongLong(),
                 qPrintable(task[u"soort"_s].toString()));
}

QTEST_GUILESS_MAIN(TestCliPackageWalk)
#include "TestCliPackageWalk.moc"
