// SPDX-License-Identifier: GPL-3.0-or-later
#include "Inzage.h"

#include "HtmlPages.h"
#include "meldingen/MeldingJson.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dutch(const QDate& date)
{
    return date.isValid() ? Dates::toDutch(date) : QString();
}

QJsonArray periods(const QList<DateRange>& ranges)
{
    QJsonArray array;
    for (const DateRange& r : ranges)
        array.append(QJsonObject{{u"van"_s, iso(r.from)}, {u"tot"_s, iso(r.to)}});
    return array;
}

// One table of the PDF: a heading, and the rows or a line saying there are none.
QString section(const QString& heading, const QStringList& columns, const QList<QStringList>& rows)
{
    QString h = u"<h2>%1</h2>"_s.arg(Html::escaped(heading));
    if (rows.isEmpty())
        return h + u"<p>%1</p>"_s.arg(Inzage::tr("None."));
    h += Html::tableStart() + Html::headerRow(columns);
    for (const QStringList& row : rows) {
        h += u"<tr>"_s;
        for (const QString& cell : row)
            h += u"<td>%1</td>"_s.arg(Html::escaped(cell));
        h += u"</tr>"_s;
    }
    return h + u"</table>"_s;
}

QString yesNo(bool value)
{
    return value ? Inzage::tr("yes") : Inzage::tr("no");
}

QString stamp(const QDateTime& at)
{
    return at.toString(Qt::ISODate);
}

QJsonObject historyJson(const InzageMeldingHistory& history)
{
    QJsonArray versions;
    for (const MeldingVersion& v : history.versions) {
        versions.append(QJsonObject{{u"versie"_s, v.version},
                                    {u"opgeslagen_door"_s, v.savedBy},
                                    {u"opgeslagen_op"_s, stamp(v.savedAt)},
                                    {u"melding"_s, MeldingJson::toJson(v.melding)}});
    }
    QJsonArray verzuimstaten;
    for (const Attachment& a : history.verzuimstaten) {
        verzuimstaten.append(QJsonObject{{u"van"_s, iso(a.from)},
                                         {u"tot"_s, iso(a.to)},
                                         {u"met_geoorloofd"_s, a.includesAuthorised},
                                         {u"gemaakt_door"_s, a.madeBy},
                                         {u"gemaakt_op"_s, stamp(a.madeAt)}});
    }
    QJsonArray submissions;
    for (const auto& [s, events] : history.submissions) {
        QJsonArray log;
        for (const SubmissionEvent& e : events) {
            log.append(QJsonObject{{u"tijdstip"_s, stamp(e.at)},
                                   {u"gebruiker"_s, e.user},
                                   {u"gebeurtenis"_s, e.event}});
        }
        submissions.append(QJsonObject{{u"versie"_s, s.meldingVersion},
                                       {u"kanaal"_s, SubmissionChannels::key(s.channel)},
                                       {u"toestand"_s, SubmissionStates::key(s.state)},
                                       {u"meldingsnummer"_s, s.meldingsnummer},
                                       {u"aangemaakt_op"_s, stamp(s.createdAt)},
                                       {u"gebeurtenissen"_s, log}});
    }
    return {{u"melding"_s, history.meldingId},
            {u"versies"_s, versions},
            {u"verzuimstaten"_s, verzuimstaten},
            {u"indieningen"_s, submissions}};
}

// The meldingen's history as three tables: versions, verzuimstaten, submissions with their log.
QString historyHtml(const QList<InzageMeldingHistory>& histories)
{
    const auto when = [](const QDateTime& at) {
        return QLocale().toString(at, QLocale::ShortFormat);
    };
    QList<QStringList> versions;
    QList<QStringList> verzuimstaten;
    QList<QStringList> submissions;
    for (const InzageMeldingHistory& history : histories) {
        const QString melding = QString::number(history.meldingId);
        for (const MeldingVersion& v : history.versions) {
            versions.append({melding, QString::number(v.version),
                             MeldingStatuses::displayName(v.melding.status), v.savedBy,
                             when(v.savedAt)});
        }
        for (const Attachment& a : history.verzuimstaten) {
            verzuimstaten.append({melding, dutch(a.from), dutch(a.to), yesNo(a.includesAuthorised),
                                  a.madeBy, when(a.madeAt)});
        }
        for (const auto& [s, events] : history.submissions) {
            QStringList log;
            for (const SubmissionEvent& e : events)
                log.append(u"%1 %2: %3"_s.arg(when(e.at), e.user, e.event));
            submissions.append({melding, QString::number(s.meldingVersion),
                                SubmissionChannels::displayName(s.channel),
                                SubmissionStates::displayName(s.state), s.meldingsnummer,
                                log.join(u"; "_s)});
        }
    }
    return section(Inzage::tr("Versions of the meldingen"),
                   {Inzage::tr("Melding"), Inzage::tr("Version"), Inzage::tr("Status"),
                    Inzage::tr("Saved by"), Inzage::tr("Saved")},
                   versions) +
           section(Inzage::tr("Verzuimstaten sent along"),
                   {Inzage::tr("Melding"), Inzage::tr("From"), Inzage::tr("Until"),
                    Inzage::tr("With authorised absence"), Inzage::tr("Made by"),
                    Inzage::tr("Made")},
                   verzuimstaten) +
           section(Inzage::tr("Submissions to DUO"),
                   {Inzage::tr("Melding"), Inzage::tr("Version"), Inzage::tr("Channel"),
                    Inzage::tr("State"), Inzage::tr("DUO number"), Inzage::tr("What happened")},
                   submissions);
}

} // namespace

QJsonObject Inzage::toJson(const InzageDossier& d)
{
    const Leerling& l = d.leerling;
    const QJsonObject leerling{
        {u"pgn"_s, l.pgn},
        {u"achternaam"_s, l.lastName},
        {u"tussenvoegsel"_s, l.infix},
        {u"voornamen"_s, l.firstNames},
        {u"geboortedatum"_s, iso(l.birthDate)},
        {u"geslacht"_s, l.gender},
        {u"startkwalificatie_datum"_s, iso(l.startkwalificatieDate)},
        {u"telefoon"_s, l.phone},
        {u"email"_s, l.email},
        {u"adres"_s, QJsonObject{{u"straat"_s, l.address.street},
                                 {u"huisnummer"_s, l.address.houseNumber},
                                 {u"postcode"_s, l.address.postcode},
                                 {u"woonplaats"_s, l.address.city},
                                 {u"gemeente"_s, l.address.municipality}}},
        {u"opleiding"_s, l.opleiding},
        {u"leerjaar"_s, l.leerjaar},
        {u"klas"_s, l.klas},
        {u"locatie"_s, l.locatie},
        {u"toestemming_contact_ouders"_s, d.consentToContactParents},
        {u"toegewezen_aan"_s, QJsonArray::fromStringList(d.assignedTo)},
    };
    QJsonArray contacts;
    for (const Contact& c : d.contacts) {
        contacts.append(QJsonObject{{u"naam"_s, c.name},
                                    {u"relatie"_s, c.relation},
                                    {u"telefoon"_s, c.phone},
                                    {u"email"_s, c.email},
                                    {u"wettelijk_vertegenwoordiger"_s, c.legalRepresentative},
                                    {u"geheim"_s, c.secret}});
    }
    QJsonArray absence;
    for (const AbsenceRecord& r : d.absence) {
        absence.append(QJsonObject{{u"datum"_s, iso(r.date)},
                                   {u"code"_s, r.code},
                                   {u"minuten"_s, r.minutes},
                                   {u"lesuren"_s, r.lesuren},
                                   {u"hele_dag"_s, r.wholeDay},
                                   {u"opmerking"_s, r.remark}});
    }
    QJsonArray signalWork;
    for (const auto& [key, work] : d.signalWork) {
        signalWork.append(QJsonObject{{u"soort"_s, SignalKinds::key(key.kind)},
                                      {u"begindatum"_s, iso(key.startDate)},
                                      {u"niveau"_s, key.level},
                                      {u"status"_s, SignalStatuses::key(work.status)},
                                      {u"reden"_s, work.reason},
                                      {u"door"_s, work.changedBy},
                                      {u"gewijzigd_op"_s, work.changedAt.toString(Qt::ISODate)}});
    }
    QJsonArray meldingen;
    for (const Melding& m : d.meldingen)
        meldingen.append(MeldingJson::toJson(m));
    QJsonArray meldingHistory;
    for (const InzageMeldingHistory& history : d.meldingHistory)
        meldingHistory.append(historyJson(history));
    QJsonArray notes;
    for (const DossierNote& n : d.notes) {
        notes.append(QJsonObject{{u"tekst"_s, n.text},
                                 {u"auteur"_s, n.author},
                                 {u"geschreven_op"_s, n.writtenAt.toString(Qt::ISODate)}});
    }
    QJsonArray audit;
    for (const AuditEntry& e : d.audit) {
        audit.append(QJsonObject{{u"tijdstip"_s, e.at.toString(Qt::ISODate)},
                                 {u"gebruiker"_s, e.user},
                                 {u"actie"_s, e.action},
                                 {u"details"_s, e.details}});
    }
    return {
        {u"inzage"_s, QJsonObject{{u"gemaakt_op"_s, d.madeAt.toString(Qt::ISODate)},
                                  {u"gemaakt_door"_s, d.madeBy},
                                  {u"toelichting"_s,
                                   u"Alles wat Verzuimdesk over deze leerling bewaart, behalve "
                                   "persoonlijke werknotities van medewerkers en contactgegevens "
                                   "die de school geheim houdt."_s}}},
        {u"leerling"_s, leerling},
        {u"inschrijvingen"_s, periods(d.inschrijvingen)},
        {u"vrijstellingen"_s, periods(d.vrijstellingen)},
        {u"contacten"_s, contacts},
        {u"absenties"_s, absence},
        {u"signalen"_s, signalWork},
        {u"meldingen"_s, meldingen},
        {u"meldinggeschiedenis"_s, meldingHistory},
        {u"notities"_s, notes},
        {u"audit"_s, audit},
    };
}

QString Inzage::html(const InzageDossier& d)
{
    const Leerling& l = d.leerling;
    QString h = u"<html><body><h1>%1</h1><p>%2</p>"_s.arg(
        Html::escaped(tr("Inzage: %1 (PGN %2)").arg(l.displayName(), l.pgn)),
        Html::escaped(tr("Everything Verzuimdesk stores about this leerling, made on %1 by %2. "
                         "Personal work notes of staff and contact details the school keeps "
                         "secret are not part of it.")
                          .arg(QLocale().toString(d.madeAt, QLocale::ShortFormat), d.madeBy)));
    h += section(tr("Leerling"), {tr("Field"), tr("Value")},
                 {{tr("Name"), l.displayName()},
                  {tr("Date of birth"), dutch(l.birthDate)},
                  {tr("Gender"), l.gender},
                  {tr("Startkwalificatie"), dutch(l.startkwalificatieDate)},
                  {tr("Phone"), l.phone},
                  {tr("E-mail"), l.email},
                  {tr("Address"), u"%1 %2, %3 %4 (%5)"_s.arg(
                                      l.address.street, l.address.houseNumber, l.address.postcode,
                                      l.address.city, l.address.municipality)},
                  {tr("Education"),
                   u"%1 %2 %3 %4"_s.arg(l.opleiding, l.leerjaar, l.klas, l.locatie).simplified()},
                  {tr("Consent to send the ouders' contact details along"),
                   yesNo(d.consentToContactParents)},
                  {tr("Assigned to"), d.assignedTo.join(u", "_s)}});
    QList<QStringList> rows;
    for (const DateRange& r : d.inschrijvingen)
        rows.append({dutch(r.from), dutch(r.to)});
    h += section(tr("Inschrijvingen"), {tr("From"), tr("Until")}, rows);
    rows.clear();
    for (const DateRange& r : d.vrijstellingen)
        rows.append({dutch(r.from), dutch(r.to)});
    h += section(tr("Vrijstellingen"), {tr("From"), tr("Until")}, rows);
    rows.clear();
    for (const Contact& c : d.contacts)
        rows.append({c.name, c.relation, c.phone, c.email, yesNo(c.legalRepresentative)});
    h += section(
        tr("Contacts"),
        {tr("Name"), tr("Relation"), tr("Phone"), tr("E-mail"), tr("Legal representative")}, rows);
    rows.clear();
    for (const AbsenceRecord& r : d.absence) {
        rows.append({dutch(r.date), r.code, QString::number(r.minutes), QString::number(r.lesuren),
                     yesNo(r.wholeDay), r.remark});
    }
    h += section(
        tr("Absence"),
        {tr("Date"), tr("Code"), tr("Minutes"), tr("Lesuren"), tr("Whole day"), tr("Remark")},
        rows);
    rows.clear();
    for (const auto& [key, work] : d.signalWork) {
        rows.append({SignalKinds::displayName(key.kind), dutch(key.startDate),
                     SignalStatuses::displayName(work.status), work.reason, work.changedBy});
    }
    h += section(tr("Signals"), {tr("Kind"), tr("Since"), tr("Status"), tr("Reason"), tr("By")},
                 rows);
    rows.clear();
    for (const Melding& m : d.meldingen) {
        rows.append({QString::number(m.id), MeldingSoorten::loketName(m.soort), dutch(m.startDate),
                     MeldingStatuses::displayName(m.status), m.duoNumber});
    }
    h += section(tr("Meldingen"),
                 {tr("Number"), tr("Kind"), tr("From"), tr("Status"), tr("DUO number")}, rows);
    h += historyHtml(d.meldingHistory);
    rows.clear();
    for (const DossierNote& n : d.notes)
        rows.append({QLocale().toString(n.writtenAt, QLocale::ShortFormat), n.author, n.text});
    h += section(tr("Notes"), {tr("Written"), tr("By"), tr("Note")}, rows);
    rows.clear();
    for (const AuditEntry& e : d.audit) {
        rows.append({QLocale().toString(e.at, QLocale::ShortFormat), e.user, e.action, e.details});
    }
    h += section(tr("Who did what with this data"),
                 {tr("When"), tr("User"), tr("Action"), tr("Details")}, rows);
    return h + u"</body></html>"_s;
}

Status Inzage::write(const InzageDossier& dossier, const QString& path, Overwrite overwrite)
{
    const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return Error{tr("Name the inzage file .pdf or .json: %1").arg(path)};
    auto file = ExportFile::open(path, overwrite);
    if (!file)
        return Error{file.error()};
    if (pdf) {
        QPdfWriter writer(&(*file)->device());
        HtmlPages::setUpPdf(writer, tr("Inzage %1").arg(dossier.leerling.pgn));
        HtmlPages pages(writer);
        pages.add(html(dossier),
                  tr("Inzage %1 · %2").arg(dossier.leerling.pgn, dossier.leerling.displayName()));
        if (!pages.finish())
            return Error{tr("The inzage could not be drawn.")};
    } else {
        (*file)->device().write(QJsonDocument(toJson(dossier)).toJson(QJsonDocument::Indented));
    }
    return (*file)->commit();
}
