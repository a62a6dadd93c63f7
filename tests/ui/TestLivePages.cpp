// SPDX-License-Identifier: GPL-3.0-or-later
// The pages stay current without a restart: a change made through a service — by another
// screen, a dialog, work on another thread, or another program — shows on every page that
// shows it.
#include "MainWindow.h"
#include "MeldingFixture.h"
#include "MeldingTableModel.h"
#include "MessageBox.h"
#include "OutboxTableModel.h"
#include "SignalTableModel.h"
#include "TestDatabase.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "services/MeldingService.h"
#include "services/SubmissionService.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QString kPgn = u"300000017"_s; // Test de Vries: a 16UUR signal reached on 2026-01-14
const QString kLastName = u"Vries"_s;

// The status of the leerling's first (legal first) signal on the Signalen page; empty when none.
QString signalStatusOf(MainWindow& window)
{
    auto* table = window.findChild<QTableView*>(u"signalTable"_s);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()
                ->index(row, SignalTableModel::Leerling)
                .data()
                .toString()
                .contains(kLastName))
            return table->model()->index(row, SignalTableModel::Status).data().toString();
    }
    return {};
}

// Every melding the Meldingen page holds, whatever its status filter shows.
int meldingRows(MainWindow& window)
{
    const auto* shown = qobject_cast<const QSortFilterProxyModel*>(
        window.findChild<QTableView*>(u"meldingTable"_s)->model());
    return shown->sourceModel()->rowCount();
}

} // namespace

class TestLivePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aDraftedMeldingShowsOnEveryPage();
    void aCorrectedDayShowsOnTheSignalsPage();
    void workOnAnotherThreadShows();
    void anotherProgramsCorrectionShows();
    void theSelectedSignalStaysSelected();
    void aChangedMeldingUpdatesItsRowOnly();
    void theSelectedOutboxEntryStaysSelected();
    void anOpenDossierFollowsItsLeerling();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    const FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(9, 0))};
};

void TestLivePages::initTestCase()
{
    MessageBox::setTestMode(true);
    Translations::install(*QCoreApplication::instance(), u"nl"_s);
}

void TestLivePages::init()
{
    m_db = std::make_unique<TestDatabase>();
    QCOMPARE(m_db->importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    m_window = std::make_unique<MainWindow>(Session{m_db->db(), m_clock, u"coordinator"_s});
    QVERIFY(m_window->reload());
    m_window->show();
}

void TestLivePages::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestLivePages::aDraftedMeldingShowsOnEveryPage()
{
    const QString before = signalStatusOf(*m_window);
    QVERIFY(!before.isEmpty());
    QCOMPARE(meldingRows(*m_window), 0);
    // Drafted elsewhere than on the Signalen page (a dossier, the command line's service).
    MeldingService meldingen(m_db->db(), m_clock, u"coordinator"_s);
    const auto draft =
        meldingen.draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY(draft);
    QTRY_COMPARE(meldingRows(*m_window), 1);
    QTRY_VERIFY(signalStatusOf(*m_window) != before); // nieuw → in behandeling
    // Made ready in its editor: the outbox has it.
    const auto* outbox = m_window->findChild<QTableView*>(u"outboxTable"_s)->model();
    QCOMPARE(outbox->rowCount(), 0);
    QVERIFY(meldingen.setFields(draft->id, fieldsForGereed()));
    QVERIFY(meldingen.setStatus(draft->id, MeldingStatus::Gereed));
    QTRY_COMPARE(outbox->rowCount(), 1);
}

void TestLivePages::aCorrectedDayShowsOnTheSignalsPage()
{
    QVERIFY(!signalStatusOf(*m_window).isEmpty());
    // Every absent day of the run was a sick day after all: no 16UUR signal is left.
    AbsenceEditService absence(m_db->db(), m_clock, u"coordinator"_s);
    for (const QDate& day : {QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 14)})
        QVERIFY(absence.replaceDay(kPgn, day, {}));
    QTRY_VERIFY(signalStatusOf(*m_window).isEmpty());
}

void TestLivePages::workOnAnotherThreadShows()
{
    // As a BackgroundJob works: its own connection, on its own thread.
    QString failure;
    QThread* worker = QThread::create([&] {
        auto connection = m_db->db().openAnotherConnection();
        if (!connection) {
            failure = connection.error();
            return;
        }
        auto drafted = MeldingService(**connection, m_clock, u"coordinator"_s)
                           .draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
        if (!drafted)
            failure = drafted.error();
    });
    worker->start();
    QVERIFY(worker->wait(20000));
    delete worker;
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTRY_COMPARE(meldingRows(*m_window), 1);
}

void TestLivePages::anotherProgramsCorrectionShows()
{
    QVERIFY(!signalStatusOf(*m_window).isEmpty());
    // A colleague's program: its own connection and notifier, nothing of this session's.
    auto colleague = Database::open(m_db->location());
    QVERIFY2(colleague, qPrintable(colleague.error()));
    AbsenceEditService absence(**colleague, m_clock, u"coordinator"_s);
    for (const QDate& day : {QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 14)})
        QVERIFY(absence.replaceDay(kPgn, day, {}));
    // A SQLite file is looked at every two seconds; a team database tells at once.
    QTRY_VERIFY_WITH_TIMEOUT(signalStatusOf(*m_window).isEmpty(), 10000);
}

void TestLivePages::theSelectedSignalStaysSelected()
{
    auto* table = m_window->findChild<QTableView*>(u"signalTable"_s);
    const auto isTheSixteenHours = [&](int row) {
        return table->model()
                   ->index(row, SignalTableModel::Soort)
                   .data(SignalTableModel::SoortKeyRole) == u"16UUR"_s;
    };
    int row = 0;
    while (row < table->model()->rowCount() && !isTheSixteenHours(row))
        ++row;
    QVERIFY(row < table->model()->rowCount());
    table->selectRow(row);
    const QString before = table->model()->index(row, SignalTableModel::Status).data().toString();
    // Its melding drafted elsewhere: the row changes, the coordinator's selection does not.
    QVERIFY(MeldingService(m_db->db(), m_clock, u"coordinator"_s)
                .draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14)));
    QTRY_VERIFY(table->model()->index(row, SignalTableModel::Status).data().toString() != before);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QVERIFY(isTheSixteenHours(selected.first().row()));
}

void TestLivePages::aChangedMeldingUpdatesItsRowOnly()
{
    MeldingService meldingen(m_db->db(), m_clock, u"coordinator"_s);
    const auto first =
        meldingen.draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY(first);
    auto second = meldingen.copy(first->id);
    QVERIFY2(second, qPrintable(second.error()));
    auto* table = m_window->findChild<QTableView*>(u"meldingTable"_s);
    auto* page = m_window->findChild<QWidget*>(u"meldingenPage"_s);
    page->findChild<QCheckBox*>(u"status_concept"_s)->setChecked(true);
    QTRY_COMPARE(meldingRows(*m_window), 2);
    const auto* shown = qobject_cast<const QSortFilterProxyModel*>(table->model());
    QSignalSpy resets(shown->sourceModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(shown->sourceModel(), &QAbstractItemModel::dataChanged);
    int row = 0;
    while (table->model()->index(row, 0).data(MeldingTableModel::IdRole) != second->id)
        ++row;
    table->selectRow(row);

    // Its end date set elsewhere (the follow-up list, the command line): its row changes, the
    // coordinator's selection stays and the list is not built again.
    Melding ended = *second;
    ended.endDate = QDate(2026, 1, 16);
    QVERIFY(meldingen.saveEdit(*second, ended));
    QTRY_COMPARE(changes.size(), 1);
    QCOMPARE(resets.size(), 0);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(MeldingTableModel::IdRole).toLongLong(), second->id);
    QCOMPARE(table->model()->index(selected.first().row(), MeldingTableModel::EndDate).data(),
             QVariant(u"16-01-2026"_s));
}

void TestLivePages::theSelectedOutboxEntryStaysSelected()
{
    MeldingService meldingen(m_db->db(), m_clock, u"coordinator"_s);
    const auto first =
        meldingen.draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14));
    QVERIFY(first);
    const auto second = meldingen.copy(first->id);
    QVERIFY2(second, qPrintable(second.error()));
    // A copy starts without the einddatum, which a 16UUR melding needs.
    QVERIFY(meldingen.setFields(second->id,
                                {{u"einddatum"_s, second->startDate.toString(Qt::ISODate)}}));
    for (const qint64 id : {first->id, second->id}) {
        QVERIFY(meldingen.setFields(id, fieldsForGereed()));
        const auto ready = meldingen.setStatus(id, MeldingStatus::Gereed);
        QVERIFY2(ready, qPrintable(ready.error()));
    }
    auto* table = m_window->findChild<QTableView*>(u"outboxTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 2);
    const auto selectedMelding = [&] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.size() == 1 ? table->model()
                                      ->index(rows.first().row(), OutboxTableModel::Melding)
                                      .data()
                                      .toLongLong()
                                : 0;
    };
    table->selectRow(1);
    QCOMPARE(selectedMelding(), second->id);
    QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(table->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy removals(table->model(), &QAbstractItemModel::rowsRemoved);

    // The other entry changes its channel: its row changes, the selection stays.
    SubmissionService outbox(m_db->db(), m_clock, u"coordinator"_s);
    QVERIFY(outbox.chooseChannel(first->id, SubmissionChannel::M2m));
    QTRY_COMPARE(changes.size(), 1);
    QCOMPARE(table->model()->index(0, OutboxTableModel::Channel).data().toString(),
             SubmissionChannels::displayName(SubmissionChannel::M2m));
    QCOMPARE(selectedMelding(), second->id);
    // DUO registered it: its row goes, the selection stays on the coordinator's entry.
    QVERIFY(meldingen.registerAtDuo(first->id, u"VM-1"_s));
    QTRY_COMPARE(removals.size(), 1);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(selectedMelding(), second->id);
    QCOMPARE(resets.size(), 0);
}

void TestLivePages::anOpenDossierFollowsItsLeerling()
{
    QWidget* dossier = m_window->openLeerling(kPgn);
    QVERIFY(dossier);
    auto* meldingen = dossier->findChild<QListWidget*>(u"leerlingMeldingen"_s);
    auto* notes = dossier->findChild<QListWidget*>(u"dossierNotes"_s);
    auto* signalList = dossier->findChild<QListWidget*>(u"leerlingSignals"_s);
    auto* recorded = dossier->findChild<QLabel*>(u"absenceNow"_s);
    QVERIFY(meldingen && notes && signalList && recorded);
    QCOMPARE(meldingen->count(), 0);
    QVERIFY(signalList->count() > 0);
    const int notesBefore = notes->count();

    // A melding drafted and a note written elsewhere (the Signalen page, a colleague).
    QVERIFY(MeldingService(m_db->db(), m_clock, u"coordinator"_s)
                .draftFromSignal(kPgn, SignalKind::SixteenHours, QDate(2026, 1, 14)));
    QTRY_COMPARE(meldingen->count(), 1);
    QVERIFY(DossierNoteService(m_db->db(), m_clock, u"coordinator"_s)
                .add(kPgn, u"Moeder gebeld"_s, false));
    QTRY_COMPARE(notes->count(), notesBefore + 1);
    // The days of the run corrected elsewhere: the signals go, the day shown says what is
    // recorded now.
    dossier->findChild<QDateEdit*>(u"absenceDate"_s)->setDate(QDate(2026, 1, 14));
    const QString before = recorded->text();
    AbsenceEditService absence(m_db->db(), m_clock, u"coordinator"_s);
    for (const QDate& day : {QDate(2026, 1, 12), QDate(2026, 1, 13), QDate(2026, 1, 14)})
        QVERIFY(absence.replaceDay(kPgn, day, {}));
    QTRY_COMPARE(signalList->count(), 0);
    QVERIFY(recorded->text() != before);
}

QTEST_MAIN(TestLivePages)
#include "TestLivePages.moc"
