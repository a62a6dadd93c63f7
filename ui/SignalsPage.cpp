// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalsPage.h"
#include "PageRefresh.h"
#include "services/Permissions.h"
#include "storage/Database.h"

#include "MessageBox.h"
#include "OverviewExport.h"
#include "RoleFilterModel.h"
#include "SignalTableModel.h"
#include "services/LiveSignals.h"
#include "services/MeldingService.h"
#include "services/OverviewService.h"
#include "services/SchoolService.h"
#include "services/SignalWorkService.h"
#include "util/Clock.h"
#include "util/Dates.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QComboBox* filterBox(const QString& objectName, const QString& all)
{
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->addItem(all, QString());
    return box;
}

} // namespace

SignalsPage::SignalsPage(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_signals(new LiveSignals(session.database, session.clock, this))
    , m_model(new SignalTableModel(this))
    , m_filter(new RoleFilterModel(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_soortFilter(filterBox(u"soortFilter"_s, tr("All kinds")))
    , m_statusFilter(filterBox(u"statusFilter"_s, tr("All statuses")))
    , m_klasFilter(filterBox(u"klasFilter"_s, tr("All classes")))
    , m_newBanner(new QLabel)
    , m_wholeDaysBanner(new QLabel(
          tr("<b>LRV and Doorstroompunt (RMC) are not judged:</b> the absences carry no hele_dag "
             "and the school has no lestijden to tell a whole day. Fill in the lestijden under "
             "Settings → Lestijden.")))
{
    // The signals follow the absence, the leerlingen, the meldingen drafted from them, the work
    // on them and the calendar.
    (new PageRefresh(this, m_session.database.notifier(), [this] { reload(); }))
        ->follow(&ChangeNotifier::absencesChanged)
        .follow(&ChangeNotifier::leerlingenChanged)
        .follow(&ChangeNotifier::meldingChanged)
        .follow(&ChangeNotifier::signalWorkChanged)
        .follow(&ChangeNotifier::schoolChanged);
    m_wholeDaysBanner->setObjectName(u"wholeDaysUnknown"_s);
    m_wholeDaysBanner->setWordWrap(true);
    m_wholeDaysBanner->setStyleSheet(u"background: #fde7e9; padding: 6px; border-radius: 4px;"_s);
    m_wholeDaysBanner->hide();
    m_newBanner->setObjectName(u"newSignals"_s);
    m_newBanner->setStyleSheet(u"background: #fff4d6; padding: 6px; border-radius: 4px;"_s);
    m_newBanner->hide();
    setObjectName(u"signalsPage"_s);
    m_table->setObjectName(u"signalTable"_s);
    m_summary->setObjectName(u"signalSummary"_s);
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::doubleClicked, this, &SignalsPage::draftSelected);

    for (SignalKind kind :
         {SignalKind::SixteenHours, SignalKind::SixteenHoursAdult, SignalKind::Lrv, SignalKind::Rmc,
          SignalKind::Luxe, SignalKind::Preventive, SignalKind::Late, SignalKind::SickMazl})
        m_soortFilter->addItem(SignalKinds::displayName(kind), SignalKinds::key(kind));
    for (SignalStatus status : {SignalStatus::New, SignalStatus::InProgress, SignalStatus::Reported,
                                SignalStatus::NotReported})
        m_statusFilter->addItem(SignalStatuses::displayName(status), SignalStatuses::key(status));
    const auto bind = [this](QComboBox* box, int role) {
        connect(box, &QComboBox::currentIndexChanged, this,
                [this, box, role] { applyFilter(box, role); });
    };
    bind(m_soortFilter, SignalTableModel::SoortKeyRole);
    bind(m_statusFilter, SignalTableModel::StatusKeyRole);
    bind(m_klasFilter, SignalTableModel::KlasRole);

    auto* draft = new QPushButton(tr("Draft melding"));
    draft->setObjectName(u"draftButton"_s);
    draft->setToolTip(tr("Opens the drafted melding of the selected signal (Ctrl+M)"));
    connect(draft, &QPushButton::clicked, this, &SignalsPage::draftSelected);
    auto* aside = new QPushButton(tr("Do not report…"));
    aside->setObjectName(u"setAsideButton"_s);
    connect(aside, &QPushButton::clicked, this, &SignalsPage::setAsideSelected);

    auto* exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(u"exportSignalsButton"_s);
    exportButton->setToolTip(tr("Every signal up to today, as an Excel workbook or CSV"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QDate today = m_session.clock.today();
        OverviewExport::ask(
            this, tr("signals %1").arg(Dates::toIso(today)),
            OverviewService(m_session.database, m_session.clock, m_session.user).signalen(today));
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_soortFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_klasFilter);
    filters->addStretch();
    filters->addWidget(exportButton);
    filters->addWidget(aside);
    filters->addWidget(draft);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Signals</h2>")));
    layout->addWidget(m_newBanner);
    layout->addWidget(m_wholeDaysBanner);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table);
}

bool SignalsPage::reload()
{
    const auto signalList = m_signals->signals();
    if (!signalList) {
        m_summary->setText(signalList.error());
        return false;
    }
    const QDate today = m_signals->peildatum();
    const QHash<QString, Leerling>& leerlingen = m_signals->leerlingen(); // loaded once, for both
    auto tracked =
        SignalWorkService(m_session.database, m_session.clock, m_session.user).track(*signalList);
    const auto access = Permissions::of(m_session.database, m_session.user, m_session.clock);
    const auto scope = !tracked ? Error{tracked.error()}
                       : access ? access->scope(*tracked)
                                : Error{access.error()};
    if (!scope) {
        m_summary->setText(scope.error());
        return false;
    }
    // Moved into the model, never copied: at a school board's size they are half a million.
    QList<TrackedSignal> shown = std::move(*tracked);
    if (const auto& visible = *scope) // a verzuimmedewerker sees the signals in their scope
        shown.removeIf([&](const TrackedSignal& t) { return !visible->contains(t.signal.pgn); });
    QHash<QString, LeerlingSummary> summaries;
    summaries.reserve(leerlingen.size());
    for (const Leerling& l : leerlingen)
        summaries.insert(l.pgn, {l.sortName(), l.klas});
    fillKlasFilter(shown, summaries);
    int overdue = 0;
    m_newSignals = 0;
    for (const TrackedSignal& t : std::as_const(shown)) {
        overdue += t.isOverdue(today) ? 1 : 0;
        m_newSignals += m_previousStart.isValid() && t.signal.reachedOn > m_previousStart ? 1 : 0;
    }
    const int shownCount = int(shown.size());
    m_model->setSignals(std::move(shown), std::move(summaries), today);
    m_table->resizeColumnsToContents();
    m_newBanner->setText(
        tr("<b>%n new signal(s)</b> since your previous start on %1.", nullptr, m_newSignals)
            .arg(Dates::toDutch(m_previousStart)));
    m_newBanner->setVisible(m_newSignals > 0);
    const auto wholeDaysUnknown =
        SchoolService(m_session.database, m_session.clock, m_session.user).wholeDaysUnknown();
    m_wholeDaysBanner->setVisible(wholeDaysUnknown && *wholeDaysUnknown);
    m_summary->setText(
        tr("%n signal(s) for %1 leerlingen on %2.", nullptr, shownCount)
            .arg(leerlingen.size())
            .arg(Dates::toDutch(today)) +
        (overdue > 0 ? u" "_s + tr("<b style='color:#b00020'>%n overdue.</b>", nullptr, overdue)
                     : QString()));
    return true;
}

void SignalsPage::fillKlasFilter(const QList<TrackedSignal>& tracked,
                                 const QHash<QString, LeerlingSummary>& summaries)
{
    const QString current = m_klasFilter->currentData().toString();
    // From the signals' leerlingen directly: asking the model for 150,000 rows took 50 ms. A
    // leerling's signals come one after another, so their klas is looked up once.
    QSet<QString> klassen;
    const QString* previous = nullptr;
    for (const TrackedSignal& t : tracked) {
        if (previous && *previous == t.signal.pgn)
            continue;
        previous = &t.signal.pgn;
        if (const auto summary = summaries.constFind(t.signal.pgn); summary != summaries.cend())
            klassen.insert(summary->klas);
    }
    klassen.remove(QString());
    QStringList sorted(klassen.cbegin(), klassen.cend());
    sorted.sort();
    {
        const QSignalBlocker blocker(m_klasFilter);
        while (m_klasFilter->count() > 1)
            m_klasFilter->removeItem(1);
        for (const QString& klas : sorted)
            m_klasFilter->addItem(klas, klas);
        m_klasFilter->setCurrentIndex(std::max(0, m_klasFilter->findData(current)));
    }
    // The box changed without a word: a klas whose last signal went falls back to "All
    // classes", and the table must show them all too.
    applyFilter(m_klasFilter, SignalTableModel::KlasRole);
}

void SignalsPage::applyFilter(const QComboBox* box, int role)
{
    const QString value = box->currentData().toString();
    m_filter->setAllowed(role, value.isEmpty() ? QSet<QString>() : QSet<QString>{value});
}

int SignalsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_filter->mapToSource(rows.first()).row();
}

void SignalsPage::draftSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Signal& signal = m_model->signalAt(row).signal;
    MeldingService service(m_session.database, m_session.clock, m_session.user);
    // A signal already drafted opens its melding instead of a second one.
    const auto existing = service.forLeerling(signal.pgn);
    if (existing) {
        for (const Melding& m : *existing) {
            if (m.signal && *m.signal == SignalKey::of(signal)) {
                Q_EMIT openMelding(m.id);
                return;
            }
        }
    }
    const auto draft = service.draft(signal.pgn, signal.kind, signal.reachedOn);
    if (!draft) {
        MessageBox::warning(this, tr("No melding"), draft.error());
        return;
    }
    if (!draft->melding) {
        // Its whole period is inside an earlier melding: show that one, mark the signal.
        MessageBox::information(this, tr("Covered"),
                                tr("This signal is covered by melding %1; no new melding is "
                                   "needed.")
                                    .arg(draft->coveredBy));
        Q_EMIT openMelding(draft->coveredBy);
        return;
    }
    Q_EMIT openMelding(draft->melding->id);
}

void SignalsPage::setAsideSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Signal signal = m_model->signalAt(row).signal;
    const QString reason =
        MessageBox::askText(this, tr("Do not report"),
                            tr("Why is this signal not reported? The reason is kept "
                               "with the signal."));
    if (reason.trimmed().isEmpty())
        return;
    const Status saved =
        SignalWorkService(m_session.database, m_session.clock, m_session.user)
            .setStatus({signal}, SignalKey::of(signal), SignalStatus::NotReported, reason);
    if (!saved)
        MessageBox::warning(this, tr("Do not report"), saved.error());
}
