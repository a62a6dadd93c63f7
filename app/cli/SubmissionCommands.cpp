// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionCommands.h"

#include "TextTable.h"
#include "services/DuoChangeService.h"
#include "services/MeldingService.h"
#include "services/SubmissionService.h"
#include "storage/DuoConnectionRepository.h"
#include "submission/KeychainSecretStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Submitting
{
    Q_DECLARE_TR_FUNCTIONS(Submitting)
};

std::optional<qint64> meldingId(const QCommandLineParser& parser)
{
    bool ok = false;
    const qint64 id = parser.value(u"melding"_s).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString readPassphraseFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

// The certificate's passphrase: from standard input when asked, else from the system keychain.
// Never from a file or an environment variable.
Result<QString> passphrase(CliContext& context, const DuoConnection& connection)
{
    if (context.parser.isSet(u"wachtwoord-stdin"_s))
        return readPassphraseFromStdin();
    KeychainSecretStore keychain;
    const auto stored = keychain.read(certificatePassphraseName(connection.certificatePath));
    if (stored && stored->has_value())
        return **stored;
    return Error{Submitting::tr("No passphrase for the certificate %1 %2. Give it with "
                                "--wachtwoord-stdin, or keep it in the keychain with "
                                "'koppeling --wachtwoord-stdin'.")
                     .arg(connection.certificatePath, stored
                                                          ? Submitting::tr("in the system keychain")
                                                          : u"(%1)"_s.arg(stored.error()))};
}

Result<std::unique_ptr<DuoClient>> connectToDuo(CliContext& context)
{
    auto connection = DuoConnectionRepository(context.database()).load();
    if (!connection)
        return Error{connection.error()};
    if (!connection->isConfigured())
        return Error{Submitting::tr("There is no connection with DUO; set one with 'koppeling "
                                    "--adres URL --certificaat FILE.p12'.")};
    auto secret = passphrase(context, *connection);
    if (!secret)
        return Error{secret.error()};
    auto identity = ClientIdentity::fromPkcs12(connection->certificatePath, *secret, context.clock);
    if (!identity)
        return Error{identity.error()};
    if (const QString expiry = identity->expiryWarning(context.clock); !expiry.isEmpty())
        context.err << expiry << '\n';
    auto client = std::make_unique<DuoClient>(*connection, *identity);
    if (Status ready = client->ready(); !ready)
        return Error{ready.error()};
    return client;
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : QString();
}

void printOutcome(CliContext& context, const Submission& s)
{
    switch (s.state) {
    case SubmissionState::Accepted:
        context.out << Submitting::tr("Melding %1 is registered by DUO: meldingsnummer %2.")
                           .arg(s.meldingId)
                           .arg(s.meldingsnummer)
                    << '\n';
        return;
    case SubmissionState::Rejected:
        context.out << Submitting::tr("Melding %1 was rejected by DUO; it is a draft again:")
                           .arg(s.meldingId)
                    << '\n';
        for (const Finding& f : s.fieldErrors)
            context.out << u"  "_s << (f.field.isEmpty() ? QString() : f.field + u": "_s) << f.text
                        << '\n';
        return;
    default:
        context.out << Submitting::tr("Melding %1: %2. %3 Next attempt: %4.")
                           .arg(s.meldingId)
                           .arg(SubmissionStates::displayName(s.state), s.problem,
                                when(s.nextAttempt))
                    << '\n';
    }
}

} // namespace

QString InvulhulpCommand::summary() const
{
    return tr("invulhulp --melding ID --uit FILE.pdf: the melding screen by screen, as typed into "
              "DUO's verzuimloket");
}

int InvulhulpCommand::run(CliContext& context)
{
    const auto id = meldingId(context.parser);
    if (!id || !context.parser.isSet(u"uit"_s)) {
        context.err << tr("Give --melding ID and --uit FILE.pdf.") << '\n';
        return InvalidInput;
    }
    const QString path = context.parser.value(u"uit"_s);
    const Status written = MeldingService(context.database(), context.clock, context.user)
                               .writeInvulhulp(*id, path, overwriteChoice(context.parser));
    if (!written) {
        context.err << written.error() << '\n';
        return Failure;
    }
    context.out << tr("Written: %1").arg(path) << '\n';
    return Success;
}

QString IndienenCommand::summary() const
{
    return tr("indienen --melding ID --kanaal loket --meldingsnummer N | --kanaal loket "
              "--wijziging-doorgegeven | --kanaal m2m [--wachtwoord-stdin]: records the loket's "
              "meldingsnummer or a change passed on there, or sends the melding to DUO");
}

int IndienenCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    const auto id = meldingId(p);
    const auto channel = SubmissionChannels::fromKey(p.value(u"kanaal"_s));
    if (!id || !channel) {
        context.err << tr("Give --melding ID and --kanaal loket or --kanaal m2m.") << '\n';
        return InvalidInput;
    }
    if (*channel == SubmissionChannel::Loket && p.isSet(u"wijziging-doorgegeven"_s)) {
        const auto passedOn =
            DuoChangeService(context.database(), context.clock, context.user).confirmPassedOn(*id);
        if (!passedOn) {
            context.err << passedOn.error() << '\n';
            return Failure;
        }
        context.out
            << tr("Melding %1: DUO has the change (version %2).").arg(*id).arg(passedOn->version)
            << '\n';
        return Success;
    }
    if (*channel == SubmissionChannel::Loket) {
        if (!p.isSet(u"meldingsnummer"_s)) {
            context.err << tr("Give the number the loket showed after saving: --meldingsnummer N.")
                        << '\n';
            return InvalidInput;
        }
        const auto registered = MeldingService(context.database(), context.clock, context.user)
                                    .registerAtDuo(*id, p.value(u"meldingsnummer"_s));
        if (!registered) {
            context.err << registered.error() << '\n';
            return Failure;
        }
        context.out << tr("Melding %1 is registered by DUO: meldingsnummer %2.")
                           .arg(*id)
                           .arg(registered->duoNumber)
                    << '\n';
        return Success;
    }
    auto client = connectToDuo(context);
    if (!client) {
        context.err << client.error() << '\n';
        return Failure;
    }
    SubmissionService outbox(context.database(), context.clock, context.user);
    // Asking for m2m on the command line is the coordinator's choice of channel.
    const auto latest = outbox.latestFor(*id);
    if (latest && latest->has_value() && (*latest)->channel == SubmissionChannel::Loket &&
        (*latest)->state == SubmissionState::Waiting) {
        if (const auto chosen = outbox.chooseChannel(*id, SubmissionChannel::M2m); !chosen) {
            context.err << chosen.error() << '\n';
            return Failure;
        }
    }
    const auto sent = outbox.send(*id, **client);
    if (!sent) {
        context.err << sent.error() << '\n';
        return Failure;
    }
    printOutcome(context, *sent);
    return sent->state == SubmissionState::Accepted ? Success : Failure;
}

QString UitgaandCommand::summary() const
{
    return tr("uitgaand [--json] [--verwerken [--wachtwoord-stdin]]: the outbox; --verwerken "
              "sends what is due and fetches DUO's statuses");
}

int UitgaandCommand::run(CliContext& context)
{
    SubmissionService outbox(context.database(), context.clock, context.user);
    if (context.parser.isSet(u"verwerken"_s)) {
        auto client = connectToDuo(context);
        if (!client) {
            context.err << client.error() << '\n';
            return Failure;
        }
        const auto sent = outbox.sendDue(**client);
        if (!sent) {
            context.err << sent.error() << '\n';
            return Failure;
        }
        for (const Submission& s : *sent)
            printOutcome(context, s);
        const auto changed = outbox.pollStatuses(**client);
        if (!changed) {
            context.err << changed.error() << '\n';
            return Failure;
        }
        for (qint64 id : *changed)
            context.out << tr("Melding %1: new status from DUO.").arg(id) << '\n';
    }
    const auto open = outbox.outbox();
    if (!open) {
        context.err << open.error() << '\n';
        return Failure;
    }
    if (context.parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Submission& s : *open) {
            array.append(QJsonObject{
                {u"melding"_s, s.meldingId},
                {u"versie"_s, s.meldingVersion},
                {u"pgn"_s, s.pgn},
                {u"leerling"_s, s.leerlingName},
                {u"kanaal"_s, SubmissionChannels::key(s.channel)},
                {u"toestand"_s, SubmissionStates::key(s.state)},
                {u"pogingen"_s, s.attempts},
                {u"volgende_poging"_s, s.nextAttempt.isValid()
                                           ? QJsonValue(s.nextAttempt.toString(Qt::ISODate))
                                           : QJsonValue()},
                {u"probleem"_s, s.problem},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (open->isEmpty()) {
        context.out << tr("The outbox is empty.") << '\n';
        return Success;
    }
    TextTable table({tr("Melding"), tr("Leerling"), tr("Channel"), tr("State"), tr("Attempts"),
                     tr("Next attempt"), tr("Problem")});
    for (const Submission& s : *open) {
        table.addRow({QString::number(s.meldingId), s.leerlingName,
                      SubmissionChannels::displayName(s.channel),
                      SubmissionStates::displayName(s.state), QString::number(s.attempts),
                      when(s.nextAttempt), s.problem});
    }
    table.print(context.out);
    return Success;
}

QString KoppelingCommand::summary() const
{
    return tr("koppeling [--adres URL --certificaat FILE.p12 [--ca FILE.pem] [--wachttijd S]] "
              "[--wachtwoord-stdin]: the machine-to-machine connection with DUO");
}

int KoppelingCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    DuoConnectionRepository settings(context.database());
    auto connection = settings.load();
    if (!connection) {
        context.err << connection.error() << '\n';
        return Failure;
    }
    if (p.isSet(u"adres"_s) || p.isSet(u"certificaat"_s)) {
        DuoConnection changed{
            QUrl(p.value(u"adres"_s)), QFileInfo(p.value(u"certificaat"_s)).absoluteFilePath(),
            p.isSet(u"ca"_s) ? QFileInfo(p.value(u"ca"_s)).absoluteFilePath() : QString(),
            p.isSet(u"wachttijd"_s) ? p.value(u"wachttijd"_s).toInt() : 30};
        if (!changed.endpoint.isValid() || changed.endpoint.scheme() != u"https"_s ||
            !p.isSet(u"certificaat"_s)) {
            context.err << tr("Give --adres https://… and --certificaat FILE.p12.") << '\n';
            return InvalidInput;
        }
        if (changed.timeoutSeconds < 1 ||
            changed.timeoutSeconds > RetryPolicy::kMaxTimeoutSeconds) {
            context.err << tr("--wachttijd is between 1 and %1 seconds.")
                               .arg(RetryPolicy::kMaxTimeoutSeconds)
                        << '\n';
            return InvalidInput;
        }
        if (Status saved = SubmissionService(context.database(), context.clock, context.user)
                               .saveConnection(changed);
            !saved) {
            context.err << saved.error() << '\n';
            return Failure;
        }
        connection = changed;
    }
    if (p.isSet(u"wachtwoord-stdin"_s)) {
        // Checked before it is kept: a wrong passphrase in the keychain would fail much later.
        const QString secret = readPassphraseFromStdin();
        auto identity =
            ClientIdentity::fromPkcs12(connection->certificatePath, secret, context.clock);
        if (!identity) {
            context.err << identity.error() << '\n';
            return Failure;
        }
        if (const QString expiry = identity->expiryWarning(context.clock); !expiry.isEmpty())
            context.err << expiry << '\n';
        KeychainSecretStore keychain;
        if (Status kept =
                keychain.write(certificatePassphraseName(connection->certificatePath), secret);
            !kept) {
            context.err << kept.error() << ' '
                        << tr("Give the passphrase with --wachtwoord-stdin each time instead.")
                        << '\n';
            return Failure;
        }
        context.out << tr("The passphrase is kept in the system keychain.") << '\n';
    }
    if (!connection->isConfigured()) {
        context.out << tr("No connection with DUO: meldingen are submitted through the "
                          "verzuimloket.")
                    << '\n';
        return Success;
    }
    context.out << tr("DUO address: %1").arg(connection->endpoint.toString()) << '\n'
                << tr("Certificate: %1").arg(connection->certificatePath) << '\n'
                << tr("Extra CA certificates: %1")
                       .arg(connection->caCertificatesPath.isEmpty()
                                ? tr("none")
                                : connection->caCertificatesPath)
                << '\n'
                << tr("Timeout: %1 seconds").arg(connection->timeoutSeconds) << '\n';
    return Success;
}
