// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpvolgingCommand.h"

#include "TextTable.h"
#include "services/FollowUpService.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue isoOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(Dates::toIso(date)) : QJsonValue();
}

} // namespace

QString OpvolgingCommand::summary() const
{
    return tr("opvolging [--peildatum YYYY-MM-DD] [--json]: the follow-up tasks of the meldingen "
              "(end date to give, open without end date, no response, a change to pass on to "
              "DUO); accept an end date with melding ID --zet einddatum=YYYY-MM-DD");
}

int OpvolgingCommand::run(CliContext& context)
{
    QDate peildatum = context.clock.today();
    if (context.parser.isSet(u"peildatum"_s)) {
        const auto given = Dates::parse(context.parser.value(u"peildatum"_s));
        if (!given) {
            context.err << tr("Give the peildatum as --peildatum YYYY-MM-DD.") << '\n';
            return Failure;
        }
        peildatum = *given;
    }
    const auto tasks =
        FollowUpService(context.database(), context.clock, context.user).tasks(peildatum);
    if (!tasks) {
        context.err << tasks.error() << '\n';
        return Failure;
    }
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const FollowUpTask& task : *tasks) {
            QJsonObject object{{u"soort"_s, FollowUpKinds::key(task.kind)},
                               {u"melding"_s, task.melding},
                               {u"pgn"_s, task.pgn},
                               {u"leerling"_s, task.leerlingName},
                               {u"uiterlijk"_s, isoOrNull(task.deadline)}};
            if (task.kind == FollowUpKind::EndDate)
                object.insert(u"einddatum"_s, isoOrNull(task.proposedEndDate));
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table(
        {tr("Melding"), tr("PGN"), tr("Leerling"), tr("Task"), tr("End date"), tr("Due by")});
    for (const FollowUpTask& task : *tasks) {
        table.addRow({QString::number(task.melding), task.pgn, task.leerlingName,
                      FollowUpKinds::displayName(task.kind), Dates::toDutch(task.proposedEndDate),
                      Dates::toDutch(task.deadline)});
    }
    table.print(context.out);
    context.out << tr("%n follow-up task(s) on %1.", nullptr, int(tasks->size()))
                       .arg(Dates::toDutch(peildatum))
                << '\n';
    return Success;
}
