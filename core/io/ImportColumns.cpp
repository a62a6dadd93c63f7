// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportColumns.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace CsvFileKinds {

QList<CsvFileKind> all()
{
    return {CsvFileKind::Leerlingen, CsvFileKind::Contacten, CsvFileKind::Absenties,
            CsvFileKind::Vrijstellingen};
}

QString key(CsvFileKind kind)
{
    switch (kind) {
    case CsvFileKind::Leerlingen:
        return u"leerlingen"_s;
    case CsvFileKind::Contacten:
        return u"contacten"_s;
    case CsvFileKind::Absenties:
        return u"absenties"_s;
    case CsvFileKind::Vrijstellingen:
        return u"vrijstellingen"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString fileName(CsvFileKind kind)
{
    return key(kind) + u".csv"_s;
}

QList<ColumnSpec> columns(CsvFileKind kind, Sector sector)
{
    switch (kind) {
    case CsvFileKind::Leerlingen:
        return {{u"pgn"_s, true},
                {u"achternaam"_s, true},
                {u"voornamen"_s, true},
                {u"tussenvoegsel"_s},
                {u"geboortedatum"_s, true},
                {u"geslacht"_s},
                {u"startkwalificatie_datum"_s},
                {u"inschrijving_van"_s, true},
                {u"inschrijving_tot"_s},
                {u"telefoon"_s},
                {u"email"_s},
                {u"straat"_s},
                {u"huisnummer"_s},
                {u"postcode"_s},
                {u"woonplaats"_s},
                {u"gemeente"_s},
                {u"opleiding"_s},
                {u"leerjaar"_s},
                {u"klas"_s},
                {u"locatie"_s},
                {u"leerlingnummer"_s}};
    case CsvFileKind::Contacten:
        return {{u"pgn"_s, true},
                {u"leerlingnummer"_s, false, u"pgn"_s},
                {u"naam"_s, true},
                {u"relatie"_s},
                {u"telefoon"_s},
                {u"email"_s},
                {u"wettelijk_vertegenwoordiger"_s},
                {u"geheim"_s}};
    case CsvFileKind::Absenties:
        return {{u"pgn"_s, true},     {u"leerlingnummer"_s, false, u"pgn"_s},
                {u"datum"_s, true},   {u"code"_s, true},
                {u"minuten"_s, true}, {u"lesuren"_s, sector == Sector::Vo},
                {u"hele_dag"_s},      {u"opmerking"_s}};
    case CsvFileKind::Vrijstellingen:
        return {{u"pgn"_s, true},
                {u"leerlingnummer"_s, false, u"pgn"_s},
                {u"van"_s, true},
                {u"tot"_s},
                {u"artikel"_s}};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace CsvFileKinds

namespace {

// "Geb. datum" and "gebdatum" are the same header.
QString normalised(const QString& header)
{
    static const QRegularExpression notAlphanumeric(u"[^a-z0-9]"_s);
    return header.toLower().remove(notAlphanumeric);
}

// Headers other packages use for our columns, normalised.
QHash<QString, QStringList> synonyms(CsvFileKind kind)
{
    QHash<QString, QStringList> s{
        {u"pgn"_s,
         {u"bsn"_s, u"burgerservicenummer"_s, u"onderwijsnummer"_s, u"persoonsgebondennummer"_s,
          u"sofinummer"_s}},
        {u"leerlingnummer"_s,
         {u"stamnummer"_s, u"deelnemernummer"_s, u"leerlingnr"_s, u"studentnummer"_s}}};
    switch (kind) {
    case CsvFileKind::Leerlingen:
        s.insert({{u"achternaam"_s, {u"geslachtsnaam"_s, u"naam"_s}},
                  {u"voornamen"_s, {u"voornaam"_s, u"roepnaam"_s}},
                  {u"tussenvoegsel"_s, {u"tussenv"_s, u"voorvoegsel"_s, u"voorvoegsels"_s}},
                  {u"geboortedatum"_s, {u"gebdatum"_s, u"geboren"_s}},
                  {u"startkwalificatie_datum"_s, {u"startkwalificatie"_s}},
                  {u"inschrijving_van"_s,
                   {u"datumin"_s, u"inschrijfdatum"_s, u"datuminschrijving"_s, u"instroomdatum"_s,
                    u"begindatum"_s}},
                  {u"inschrijving_tot"_s,
                   {u"datumuit"_s, u"uitschrijfdatum"_s, u"uitstroomdatum"_s, u"einddatum"_s}},
                  {u"telefoon"_s, {u"telefoonnummer"_s, u"mobiel"_s}},
                  {u"email"_s, {u"emailadres"_s}},
                  {u"klas"_s, {u"groep"_s, u"stamgroep"_s, u"stamklas"_s}},
                  {u"locatie"_s, {u"vestiging"_s}}});
        break;
    case CsvFileKind::Contacten:
        s.insert({{u"naam"_s, {u"naamouder"_s, u"verzorger"_s, u"contactpersoon"_s}},
                  {u"relatie"_s, {u"relatietot"_s, u"soortrelatie"_s}},
                  {u"telefoon"_s, {u"telefoonnummer"_s, u"mobiel"_s}},
                  {u"email"_s, {u"emailadres"_s}},
                  {u"wettelijk_vertegenwoordiger"_s, {u"wettelijkvertegenwoordiger"_s, u"gezag"_s}},
                  {u"geheim"_s, {u"geheimadres"_s, u"nietdelen"_s}}});
        break;
    case CsvFileKind::Absenties:
        s.insert({{u"datum"_s, {u"absentiedatum"_s, u"lesdatum"_s}},
                  {u"code"_s, {u"absentiecode"_s, u"verzuimcode"_s, u"reden"_s}},
                  {u"minuten"_s, {u"aantalminuten"_s, u"duur"_s}},
                  {u"lesuren"_s, {u"aantallesuren"_s, u"uren"_s}},
                  {u"hele_dag"_s, {u"heledag"_s, u"geheledag"_s}},
                  {u"opmerking"_s, {u"toelichting"_s, u"omschrijving"_s}}});
        break;
    case CsvFileKind::Vrijstellingen:
        s.insert({{u"van"_s, {u"begindatum"_s, u"ingangsdatum"_s}},
                  {u"tot"_s, {u"einddatum"_s}},
                  {u"artikel"_s, {u"grond"_s}}});
        break;
    }
    return s;
}

} // namespace

namespace ColumnPresets {

QList<ColumnPreset> all()
{
    ColumnPreset ours{QCoreApplication::translate("ColumnPresets", "Verzuimdesk exchange format"),
                      {}};
    for (CsvFileKind kind : CsvFileKinds::all()) {
        for (const ColumnSpec& c : CsvFileKinds::columns(kind))
            ours.mappings[kind].insert(c.name, c.name);
    }
    // Usual headers of the packages' exports (to be checked against a real one, see above).
    const ColumnPreset magister{u"Magister"_s,
                                {{CsvFileKind::Leerlingen,
                                  {{u"pgn"_s, u"BSN"_s},
                                   {u"achternaam"_s, u"Achternaam"_s},
                                   {u"voornamen"_s, u"Voornamen"_s},
                                   {u"tussenvoegsel"_s, u"Tussenv"_s},
                                   {u"geboortedatum"_s, u"Geb. datum"_s},
                                   {u"geslacht"_s, u"Geslacht"_s},
                                   {u"inschrijving_van"_s, u"Datum in"_s},
                                   {u"inschrijving_tot"_s, u"Datum uit"_s},
                                   {u"klas"_s, u"Klas"_s},
                                   {u"locatie"_s, u"Vestiging"_s}}},
                                 {CsvFileKind::Absenties,
                                  {{u"pgn"_s, u"BSN"_s},
                                   {u"datum"_s, u"Datum"_s},
                                   {u"code"_s, u"Absentiecode"_s},
                                   {u"minuten"_s, u"Minuten"_s},
                                   {u"lesuren"_s, u"Lesuren"_s},
                                   {u"opmerking"_s, u"Opmerking"_s}}}}};
    const ColumnPreset somtoday{u"Somtoday"_s,
                                {{CsvFileKind::Leerlingen,
                                  {{u"pgn"_s, u"Burgerservicenummer"_s},
                                   {u"achternaam"_s, u"Achternaam"_s},
                                   {u"voornamen"_s, u"Voornamen"_s},
                                   {u"tussenvoegsel"_s, u"Voorvoegsel"_s},
                                   {u"geboortedatum"_s, u"Geboortedatum"_s},
                                   {u"geslacht"_s, u"Geslacht"_s},
                                   {u"inschrijving_van"_s, u"Inschrijfdatum"_s},
                                   {u"inschrijving_tot"_s, u"Uitschrijfdatum"_s},
                                   {u"klas"_s, u"Stamgroep"_s}}},
                                 {CsvFileKind::Absenties,
                                  {{u"pgn"_s, u"Burgerservicenummer"_s},
                                   {u"datum"_s, u"Datum"_s},
                                   {u"code"_s, u"Absentiereden"_s},
                                   {u"minuten"_s, u"Aantal minuten"_s},
                                   {u"lesuren"_s, u"Aantal lesuren"_s}}}}};
    const ColumnPreset parnassys{u"ParnasSys"_s,
                                 {{CsvFileKind::Leerlingen,
                                   {{u"pgn"_s, u"BSN"_s},
                                    {u"achternaam"_s, u"Achternaam"_s},
                                    {u"voornamen"_s, u"Voornamen"_s},
                                    {u"tussenvoegsel"_s, u"Tussenvoegsel"_s},
                                    {u"geboortedatum"_s, u"Geboortedatum"_s},
                                    {u"geslacht"_s, u"Geslacht"_s},
                                    {u"inschrijving_van"_s, u"Datum inschrijving"_s},
                                    {u"inschrijving_tot"_s, u"Datum uitschrijving"_s},
                                    {u"klas"_s, u"Groep"_s}}},
                                  {CsvFileKind::Absenties,
                                   {{u"pgn"_s, u"BSN"_s},
                                    {u"datum"_s, u"Datum"_s},
                                    {u"code"_s, u"Reden"_s},
                                    {u"minuten"_s, u"Minuten"_s}}}}};
    return {ours, magister, somtoday, parnassys};
}

ColumnMapping guess(CsvFileKind kind, const QStringList& header)
{
    const QHash<QString, QStringList> otherNames = synonyms(kind);
    ColumnMapping mapping;
    for (const ColumnSpec& column : CsvFileKinds::columns(kind)) {
        const QStringList accepted =
            QStringList{normalised(column.name)} + otherNames.value(column.name);
        // Our own name wins over a synonym when a file has both.
        for (const QString& name : accepted) {
            const auto found = std::find_if(header.cbegin(), header.cend(), [&](const QString& h) {
                return normalised(h) == name;
            });
            if (found != header.cend()) {
                mapping.insert(column.name, *found);
                break;
            }
        }
    }
    return mapping;
}

} // namespace ColumnPresets
