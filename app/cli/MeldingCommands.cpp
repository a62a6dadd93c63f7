// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingCommands.h"
#include "services/DossierService.h"

#include "TextTable.h"
#include "meldingen/MeldingJson.h"
#include "services/MeldingService.h"
#include "storage/LeerlingRepository.h"
#include "util/Clock.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

struct MeldingPrinter
{
    Q_DECLARE_TR_FUNCTIONS(MeldingPrinter)

public:
    static QJsonArray findings(const QList<Finding>& list)
    {
        QJsonArray array;
        for (const Finding& f : list)
            array.append(QJsonObject{{u"veld"_s, f.field}, {u"tekst"_s, f.text}});
        return array;
    }

    // One melding with its fouten, waarschuwingen and completeness, as JSON or readable text.
    static int print(CliContext& context, const Melding& melding, MeldingService& service)
    {
        const auto validation = service.validate(melding);
        if (!validation) {
            context.err << validation.error() << '\n';
            return Failure;
        }
        if (context.parser.isSet(u"json"_s)) {
            QJsonObject object = MeldingJson::toJson(melding);
            object.insert(u"fouten"_s, findings(validation->errors));
            object.insert(u"waarschuwingen"_s, findings(validation->warnings));
            object.insert(u"compleetheid"_s, validation->completeness);
            context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            return Success;
        }
        context.out << tr("Melding %1 (version %2) for %3, %4: %5")
                           .arg(melding.id)
                           .arg(melding.version)
                           .arg(melding.leerlingName, melding.pgn,
                                MeldingStatuses::displayName(melding.status))
                    << '\n';
        for (const MeldingField& field : MeldingFields::all()) {
            const QString value = field.get(melding);
            if (!value.isEmpty())
                context.out << u"  %1: %2"_s.arg(field.label, value) << '\n';
        }
        for (const Finding& f : validation->errors)
            context.out << tr("  ERROR %1: %2").arg(f.field, f.text) << '\n';
        for (const Finding& f : validation->warnings)
            context.out << tr("  warning %1: %2").arg(f.field, f.text) << '\n';
        context.out << tr("  Completeness: %1%").arg(validation->completeness) << '\n';
        return Success;
    }
};

} // namespace

QString ConceptCommand::summary() const
{
    return tr(
        "concept --pgn PGN --soort SOORT --bereikt-op YYYY-MM-DD [--json]: drafts the melding "
        "of a signal");
}

int ConceptCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const auto kind = SignalKinds::fromKey(p.value(u"soort"_s));
    const auto reached = Dates::parse(p.value(u"bereikt-op"_s));
    if (p.value(u"pgn"_s).isEmpty() || !kind || !reached) {
        context.err << tr("Name the signal with --pgn, --soort and --bereikt-op.") << '\n';
        return Failure;
    }
    MeldingService service(context.database(), context.clock, context.user);
    const auto outcome = service.draft(p.value(u"pgn"_s), *kind, *reached);
    if (!outcome) {
        context.err << outcome.error() << '\n';
        return InvalidInput;
    }
    if (!outcome->melding) {
        // Not an error: the signal is already reported (van-signaal-naar-melding §1).
        if (context.parser.isSet(u"json"_s)) {
            context.out << QJsonDocument(QJsonObject{{u"gedekt_door"_s, outcome->coveredBy}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
        } else {
            context.out << tr("The signal is covered by melding %1: no new melding is needed.")
                               .arg(outcome->coveredBy)
                        << '\n';
        }
        return Success;
    }
    return MeldingPrinter::print(context, *outcome->melding, service);
}

QString MeldingenCommand::summary() const
{
    return tr("meldingen [--json]: every melding with leerling, DUO number, status and dates");
}

int MeldingenCommand::run(CliContext& context)
{
    MeldingService service(context.database(), context.clock, context.user);
    const auto meldingen = service.all();
    if (!meldingen) {
        context.err << meldingen.error() << '\n';
        return Failure;
    }
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Melding& m : *meldingen) {
            array.append(QJsonObject{{u"id"_s, m.id},
                                     {u"pgn"_s, m.pgn},
                                     {u"leerling"_s, m.leerlingName},
                                     {u"soort"_s, MeldingSoorten::key(m.soort)},
                                     {u"status"_s, MeldingStatuses::key(m.status)},
                                     {u"meldingsnummer"_s, m.duoNumber},
                                     {u"begindatum"_s, Dates::toIso(m.startDate)},
                                     {u"einddatum"_s, m.endDate.isValid()
                                                          ? QJsonValue(Dates::toIso(m.endDate))
                                                          : QJsonValue()}});
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    TextTable table({tr("Id"), tr("Leerling"), tr("Soort"), tr("From"), tr("Until"), tr("Status"),
                     tr("Meldingsnummer")});
    for (const Melding& m : *meldingen) {
        table.addRow({QString::number(m.id), m.leerlingName, MeldingSoorten::loketName(m.soort),
                      Dates::toDutch(m.startDate), Dates::toDutch(m.endDate),
                      MeldingStatuses::displayName(m.status), m.duoNumber});
    }
    table.print(context.out);
    return Success;
}

QString MeldingCommand::summary() const
{
    return tr("melding ID [--json] [--zet veld=waarde]… [--status S] [--meldingsnummer N] "
              "[--intrekken REDEN] [--kopie] [--versies] [--verschil A,B]: shows and changes one "
              "melding");
}

int MeldingCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(1).toLongLong(&ok);
    if (!ok) {
        context.err << tr("Name the melding by its number: melding ID.") << '\n';
        return Failure;
    }
    MeldingService service(context.database(), context.clock, context.user);
    Result<Melding> result = service.find(id);
    if (result && !p.values(u"zet"_s).isEmpty()) {
        QList<std::pair<QString, QString>> changes;
        for (const QString& assignment : p.values(u"zet"_s)) {
            const qsizetype eq = assignment.indexOf(u'=');
            if (eq <= 0) {
                context.err << tr("Write a change as --zet veld=waarde, not '%1'.").arg(assignment)
                            << '\n';
                return Failure;
            }
            changes.append({assignment.left(eq).trimmed(), assignment.mid(eq + 1)});
        }
        result = service.setFields(id, changes);
    }
    if (result && p.isSet(u"meldingsnummer"_s))
        result = service.registerAtDuo(id, p.value(u"meldingsnummer"_s));
    if (result && p.isSet(u"status"_s)) {
        const auto status = MeldingStatuses::fromKey(p.value(u"status"_s));
        result = status ? service.setStatus(id, *status)
                        : Result<Melding>(
                              Error{tr("'%1' is not a melding status.").arg(p.value(u"status"_s))});
    }
    if (result && p.isSet(u"intrekken"_s)) {
        const auto reason = WithdrawalReasons::fromKey(p.value(u"intrekken"_s));
        result =
            reason
                ? service.withdraw(id, *reason)
                : Result<Melding>(Error{tr("Withdraw with geen_inschrijving, foutief_opgevoerd or "
                                           "onterecht_opgevoerd.")});
    }
    if (result && p.isSet(u"kopie"_s))
        result = service.copy(id);
    if (!result) {
        context.err << result.error() << '\n';
        return InvalidInput;
    }

    if (p.isSet(u"versies"_s) || p.isSet(u"verschil"_s)) {
        const auto versions = service.versions(result->id);
        if (!versions) {
            context.err << versions.error() << '\n';
            return Failure;
        }
        if (p.isSet(u"versies"_s)) {
            for (const MeldingVersion& v : *versions) {
                context.out << tr("version %1, %2 by %3")
                                   .arg(v.version)
                                   .arg(QLocale().toString(v.savedAt, QLocale::ShortFormat),
                                        v.savedBy)
                            << '\n';
            }
            return Success;
        }
        const QStringList pair = p.value(u"verschil"_s).split(u',');
        const auto versionOf = [&](const QString& n) -> const MeldingVersion* {
            for (const MeldingVersion& v : *versions) {
                if (QString::number(v.version) == n.trimmed())
                    return &v;
            }
            return nullptr;
        };
        const MeldingVersion* a = pair.size() == 2 ? versionOf(pair[0]) : nullptr;
        const MeldingVersion* b = pair.size() == 2 ? versionOf(pair[1]) : nullptr;
        if (!a || !b) {
            context.err << tr("Name two existing versions, e.g. --verschil 1,2.") << '\n';
            return Failure;
        }
        TextTable table(
            {tr("Field"), tr("Version %1").arg(a->version), tr("Version %1").arg(b->version)});
        for (const FieldDifference& d : differences(a->melding, b->melding))
            table.addRow({d.label, d.before, d.after});
        table.print(context.out);
        return Success;
    }
    return MeldingPrinter::print(context, *result, service);
}

QString ConsentCommand::summary() const
{
    return tr("toestemming --pgn PGN ja|nee: whether a leerling of 18+ agrees that the parents' "
              "contact data is sent along");
}

int ConsentCommand::run(CliContext& context)
{
    const QString pgn = context.parser.value(u"pgn"_s);
    const QString answer = context.parser.positionalArguments().value(1).toLower();
    if (pgn.isEmpty() || (answer != u"ja"_s && answer != u"nee"_s)) {
        context.err << tr("Write: toestemming --pgn PGN ja (or nee).") << '\n';
        return Failure;
    }
    const Status saved = DossierService(context.database(), context.clock, context.user)
                             .setConsentToContactParents(pgn, answer == u"ja"_s);
    if (!saved) {
        context.err << saved.error() << '\n';
        return Failure;
    }
    context.out << (answer == u"ja"_s ? tr("Consent recorded for %1.").arg(pgn)
                                      : tr("Consent withdrawn for %1.").arg(pgn))
                << '\n';
    return Success;
}
