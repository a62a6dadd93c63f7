// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingenCommand.h"

#include "TextTable.h"
#include "services/Permissions.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QString LeerlingenCommand::summary() const
{
    return tr("leerlingen [--json]: lists the imported leerlingen");
}

int LeerlingenCommand::run(CliContext& context)
{
    const auto leerlingen =
        Permissions::visibleLeerlingen(context.database(), context.user, context.clock);
    const auto inschrijvingen = LeerlingRepository(context.database()).inschrijvingen();
    if (!leerlingen || !inschrijvingen) {
        context.err << (!leerlingen ? leerlingen.error() : inschrijvingen.error()) << '\n';
        return Failure;
    }

    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Leerling& l : *leerlingen) {
            QJsonArray periods;
            for (const DateRange& r : inschrijvingen->value(l.pgn)) {
                periods.append(QJsonObject{
                    {u"van"_s, Dates::toIso(r.from)},
                    {u"tot"_s, r.to.isValid() ? QJsonValue(Dates::toIso(r.to)) : QJsonValue()}});
            }
            array.append(QJsonObject{
                {u"pgn"_s, l.pgn},
                {u"achternaam"_s, l.lastName},
                {u"tussenvoegsel"_s, l.infix},
                {u"voornamen"_s, l.firstNames},
                {u"geboortedatum"_s, Dates::toIso(l.birthDate)},
                {u"startkwalificatie_datum"_s,
                 l.startkwalificatieDate.isValid()
                     ? QJsonValue(Dates::toIso(l.startkwalificatieDate))
                     : QJsonValue()},
                {u"klas"_s, l.klas},
                {u"opleiding"_s, l.opleiding},
                {u"locatie"_s, l.locatie},
                {u"inschrijvingen"_s, periods},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }

    TextTable table({tr("PGN"), tr("Name"), tr("Birth date"), tr("Class")});
    for (const Leerling& l : *leerlingen)
        table.addRow({l.pgn, l.sortName(), Dates::toDutch(l.birthDate), l.klas});
    table.print(context.out);
    context.out << tr("%n leerling(en).", nullptr, int(leerlingen->size())) << '\n';
    return Success;
}
