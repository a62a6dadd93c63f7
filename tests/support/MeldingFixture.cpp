// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

void importSchoolWithContacts(TestDatabase& db, const QString& example)
{
    QFile file(examplePath(example, u"school.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject school = QJsonDocument::fromJson(file.readAll()).object();
    school.insert(u"contactpersonen"_s,
                  QJsonArray{QJsonObject{{u"naam"_s, u"J. de Wit"_s},
                                         {u"functie"_s, u"verzuimcoördinator"_s},
                                         {u"telefoon"_s, u"030-1234567"_s},
                                         {u"email"_s, u"verzuim@school.nl"_s},
                                         {u"standaard"_s, true}}});
    school.insert(u"locaties"_s,
                  QJsonArray{QJsonObject{{u"naam"_s, u"Hoofdgebouw"_s},
                                         {u"onderwijsaanbiedercode"_s, u"123A456"_s},
                                         {u"onderwijslocatiecode"_s, u"987B654"_s}}});
    const QString schoolPath = db.writeFile(u"school.json"_s, QJsonDocument(school).toJson());
    const QByteArray header = "pgn;naam;relatie;telefoon;email;geheim\n";
    const QString contacts = db.writeFile(
        u"contacten.csv"_s, example == u"p01_po_16uur_en_herhaling"_s
                                ? header + "300000017;M. de Vries;moeder;0612345678;;0\n"
                                           "300000017;P. de Vries;vader;;p@example.nl;1\n"
                                : header + "300002026;A. Visser;moeder;0687654321;;0\n");
    const auto file2 = [&](const QString& name) {
        const QString p = examplePath(example, name);
        return QFile::exists(p) ? p : QString();
    };
    const ImportOutcome outcome = db.importService().run(
        {schoolPath, file2(u"leerlingen.csv"_s), QString(), file2(u"absenties.csv"_s), {}});
    QCOMPARE(outcome.status, ImportOutcome::Status::Stored);
    if (example == u"p01_po_16uur_en_herhaling"_s || example == u"p03_continu_lrv_en_rmc"_s) {
        QCOMPARE(db.importService().run({{}, {}, contacts, {}, {}}).status,
                 ImportOutcome::Status::Stored);
    }
}

qint64 completedDraft(MeldingService& service, const QString& actions)
{
    const auto draft =
        service.draftFromSignal(u"300000017"_s, SignalKind::SixteenHours, QDate(2026, 1, 14));
    if (!draft ||
        !service.setFields(draft->id, {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s},
                                       {u"acties"_s, actions}}))
        qFatal("cannot prepare the melding");
    return draft->id;
}

QList<std::pair<QString, QString>> fieldsForGereed()
{
    using namespace Qt::StringLiterals;
    return {{u"reden"_s, u"Blijft thuis na ruzie met klasgenoten"_s},
            {u"acties"_s, u"brief"_s},
            {u"contactpersoon_school_naam"_s, u"J. Jansen"_s},
            {u"contactpersoon_school_telefoon"_s, u"030-1234567"_s},
            {u"contactpersoon_school_email"_s, u"verzuim@school.nl"_s}};
}

qint64 registeredDraft(MeldingService& service, const QString& meldingsnummer)
{
    const qint64 id = completedDraft(service);
    if (!service.setStatus(id, MeldingStatus::Gereed) || !service.registerAtDuo(id, meldingsnummer))
        qFatal("cannot register the melding");
    return id;
}
