// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxPage.h"
#include "OutboxTableModel.h"
#include "PageRefresh.h"
#include "storage/Database.h"

#include "BackgroundJob.h"
#include "DuoRegistration.h"
#include "InvulhulpDialog.h"
#include "MessageBox.h"
#include "services/MeldingService.h"
#include "services/SubmissionService.h"
#include "storage/DuoConnectionRepository.h"
#include "submission/DuoClient.h"
#include "submission/KeychainSecretStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : QString();
}

// Passphrases given in this session when the keychain could not keep them: asked once per run.
MemorySecretStore& sessionSecrets()
{
    static MemorySecretStore store;
    return store;
}

} // namespace

OutboxPage::OutboxPage(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_submissions(new OutboxTableModel(this))
    , m_table(new QTableView)
    , m_events(new QListWidget)
    , m_state(new QLabel)
    , m_invulhulp(new QPushButton(tr("Invulhulp…")))
    , m_register(new QPushButton(tr("Meldingsnummer…")))
    , m_viaLoket(new QPushButton(tr("Submit through the loket instead")))
    , m_send(new QPushButton(tr("Send to DUO now")))
    , m_statuses(new QPushButton(tr("Fetch statuses from DUO")))
    , m_job(new BackgroundJob(session.database, this))
{
    // The outbox follows every submission and the meldingen on their way.
    (new PageRefresh(this, m_session.database.notifier(), [this] { reload(); }))
        ->follow(&ChangeNotifier::submissionsChanged)
        .follow(&ChangeNotifier::meldingChanged);
    setObjectName(u"outboxPage"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_events->setObjectName(u"outboxEvents"_s);
    m_state->setObjectName(u"outboxState"_s);
    m_invulhulp->setObjectName(u"outboxInvulhulp"_s);
    m_register->setObjectName(u"outboxRegister"_s);
    m_viaLoket->setObjectName(u"outboxViaLoket"_s);
    m_send->setObjectName(u"outboxSend"_s);
    m_statuses->setObjectName(u"outboxStatuses"_s);
    m_table->setModel(m_submissions);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxPage::showEvents);
    connect(m_invulhulp, &QPushButton::clicked, this, &OutboxPage::openInvulhulp);
    connect(m_register, &QPushButton::clicked, this, &OutboxPage::enterMeldingsnummer);
    connect(m_viaLoket, &QPushButton::clicked, this, &OutboxPage::viaLoket);
    connect(m_send, &QPushButton::clicked, this, &OutboxPage::sendNow);
    connect(m_statuses, &QPushButton::clicked, this, &OutboxPage::fetchStatuses);
    connect(m_job, &BackgroundJob::finished, this, [this](const QString& failure) {
        if (!failure.isEmpty())
            m_state->setText(failure);
    });

    auto* title = new QLabel(tr("<h2>Outbox</h2>Meldingen that are ready wait here until DUO has "
                                "registered them. None is ever submitted twice."));
    title->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_invulhulp, m_register, m_viaLoket, m_send, m_statuses})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("What happened to the selected melding:")));
    layout->addWidget(m_events, 1);
    reload();
}

OutboxPage::~OutboxPage() = default;

void OutboxPage::reload()
{
    SubmissionService outbox(m_session.database, m_session.clock, m_session.user);
    // A send interrupted by a crash shows as uncertain (to be asked at DUO), not as under way.
    if (!m_job->isRunning())
        (void)outbox.recoverInterrupted();
    const auto open = outbox.outbox();
    if (!open)
        m_state->setText(open.error());
    // The selection stays on its entry while others change; the first is selected when none is.
    m_submissions->setSubmissions(open ? *open : QList<Submission>());
    m_table->resizeColumnsToContents();
    if (!m_table->selectionModel()->hasSelection() && m_submissions->rowCount() > 0)
        m_table->selectRow(0);
    showEvents();
}

std::optional<Submission> OutboxPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Submission* s = m_submissions->rowAt(rows.first().row());
    return s ? std::optional(*s) : std::nullopt;
}

void OutboxPage::showEvents()
{
    m_events->clear();
    const auto s = selected();
    const bool busy = m_job->isRunning();
    const bool waiting = s && s->state == SubmissionState::Waiting;
    const bool loket = s && s->channel == SubmissionChannel::Loket;
    m_invulhulp->setEnabled(s && loket && !busy);
    m_register->setEnabled(s.has_value() && s->state != SubmissionState::Sending && !busy);
    m_viaLoket->setEnabled(waiting && !loket && !busy);
    m_send->setEnabled(s && s->state != SubmissionState::Sending && !busy);
    m_send->setText(loket ? tr("Send machine-to-machine instead…") : tr("Send to DUO now"));
    m_statuses->setEnabled(!busy);
    if (!s)
        return;
    const auto events =
        SubmissionService(m_session.database, m_session.clock, m_session.user).events(s->id);
    for (const SubmissionEvent& e : events ? *events : QList<SubmissionEvent>())
        m_events->addItem(u"%1  %2  %3"_s.arg(when(e.at), e.user, e.event));
}

void OutboxPage::openInvulhulp()
{
    const auto s = selected();
    if (!s)
        return;
    const auto melding =
        MeldingService(m_session.database, m_session.clock, m_session.user).find(s->meldingId);
    if (!melding) {
        MessageBox::warning(this, tr("Invulhulp"), melding.error());
        return;
    }
    auto* dialog = new InvulhulpDialog(m_session, *melding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OutboxPage::enterMeldingsnummer()
{
    const auto s = selected();
    if (!s)
        return;
    DuoRegistration::ask(this, m_session, s->meldingId, s->leerlingName);
}

void OutboxPage::viaLoket()
{
    const auto s = selected();
    if (!s)
        return;
    const auto changed = SubmissionService(m_session.database, m_session.clock, m_session.user)
                             .chooseChannel(s->meldingId, SubmissionChannel::Loket);
    if (!changed)
        MessageBox::warning(this, tr("Outbox"), changed.error());
}

std::optional<std::pair<DuoConnection, ClientIdentity>> OutboxPage::identity()
{
    const auto connection = DuoConnectionRepository(m_session.database).load();
    if (!connection || !connection->isConfigured()) {
        MessageBox::information(this, tr("Outbox"),
                                tr("There is no machine-to-machine connection with DUO (DUO's "
                                   "onboarding and a PKIoverheid certificate are needed). Submit "
                                   "through the verzuimloket with the invulhulp."));
        return std::nullopt;
    }
    const QString name = certificatePassphraseName(connection->certificatePath);
    KeychainSecretStore keychain;
    for (SecretStore* store : std::initializer_list<SecretStore*>{&sessionSecrets(), &keychain}) {
        const auto known = store->read(name);
        if (!known || !known->has_value())
            continue;
        auto opened =
            ClientIdentity::fromPkcs12(connection->certificatePath, **known, m_session.clock);
        if (opened)
            return std::pair{*connection, *opened};
    }
    const QString secret = MessageBox::askSecret(
        this, tr("DUO certificate"),
        tr("The passphrase of the certificate %1:").arg(connection->certificatePath));
    if (secret.isEmpty())
        return std::nullopt;
    auto opened = ClientIdentity::fromPkcs12(connection->certificatePath, secret, m_session.clock);
    if (!opened) {
        MessageBox::warning(this, tr("DUO certificate"), opened.error());
        return std::nullopt;
    }
    // Kept in the keychain; without one, for this session only — never in a file.
    if (!keychain.write(name, secret))
        (void)sessionSecrets().write(name, secret);
    return std::pair{*connection, *opened};
}

void OutboxPage::runOnDuo(const std::function<QString(DuoClient&, Database&)>& work)
{
    const auto opened = identity();
    if (!opened)
        return;
    m_state->setText(tr("Talking to DUO…"));
    const auto [connection, id] = *opened;
    const QString expiry = id.expiryWarning(m_session.clock);
    m_job->start([this, connection, id, work, expiry](Database& db, const ProgressCallback&) {
        // The client lives on the job's thread, where its network replies are delivered.
        DuoClient client(connection, id);
        const QString outcome = work(client, db);
        QMetaObject::invokeMethod(this, [this, outcome, expiry] {
            m_state->setText(expiry.isEmpty() ? outcome : outcome + u"\n\n"_s + expiry);
        });
    });
    showEvents();
}

void OutboxPage::sendNow()
{
    const auto s = selected();
    if (!s)
        return;
    if (s->channel == SubmissionChannel::Loket) {
        const auto answer = MessageBox::question(
            this, tr("Outbox"),
            tr("Send melding %1 machine-to-machine? Only when it has not been typed into the "
               "verzuimloket: DUO would then have it twice.")
                .arg(s->meldingId));
        if (answer != MessageBox::Answer::Yes)
            return;
        const auto chosen = SubmissionService(m_session.database, m_session.clock, m_session.user)
                                .chooseChannel(s->meldingId, SubmissionChannel::M2m);
        if (!chosen) {
            MessageBox::warning(this, tr("Outbox"), chosen.error());
            return;
        }
    }
    const qint64 meldingId = s->meldingId;
    const Clock& clock = m_session.clock;
    const QString user = m_session.user;
    runOnDuo([meldingId, &clock, user](DuoClient& client, Database& db) {
        const auto sent = SubmissionService(db, clock, user).send(meldingId, client);
        if (!sent)
            return sent.error();
        if (sent->state == SubmissionState::Accepted)
            return tr("Melding %1 is registered by DUO: meldingsnummer %2.")
                .arg(meldingId)
                .arg(sent->meldingsnummer);
        if (sent->state == SubmissionState::Rejected)
            return tr("DUO rejected melding %1; its reasons are shown in the melding.")
                .arg(meldingId);
        return tr("Melding %1: %2 %3")
            .arg(meldingId)
            .arg(SubmissionStates::displayName(sent->state), sent->problem);
    });
}

void OutboxPage::fetchStatuses()
{
    const Clock& clock = m_session.clock;
    const QString user = m_session.user;
    runOnDuo([&clock, user](DuoClient& client, Database& db) {
        const auto changed = SubmissionService(db, clock, user).pollStatuses(client);
        if (!changed)
            return changed.error();
        return tr("%n melding(en) changed at DUO.", nullptr, int(changed->size()));
    });
}
