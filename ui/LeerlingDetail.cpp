// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingDetail.h"
#include "services/DossierService.h"
#include "services/InzageService.h"

#include "OverviewExport.h"
#include "VerzuimstaatDialog.h"
#include "services/OverviewService.h"

#include "AbsenceDayEditor.h"
#include "AttendanceCharts.h"
#include "MessageBox.h"
#include "PageRefresh.h"
#include "commands/EditAbsenceDayCommand.h"
#include "services/AbsenceEditService.h"
#include "services/DossierNoteService.h"
#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "storage/AbsenceRepository.h"
#include "storage/ChangeNotifier.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LeerlingDetail::LeerlingDetail(const Session& session, const QString& pgn, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pgn(pgn)
    , m_header(new QLabel)
    , m_contacts(new QListWidget)
    , m_consent(new QCheckBox(tr("The leerling (18+) agrees that these contacts are sent along")))
    , m_calendar(new YearCalendarWidget)
    , m_chart(new WeeklyChartWidget)
    , m_signals(new QListWidget)
    , m_meldingen(new QListWidget)
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"leerlingDetail"_s);
    m_header->setObjectName(u"leerlingHeader"_s);
    m_contacts->setObjectName(u"leerlingContacts"_s);
    m_consent->setObjectName(u"consentCheck"_s);
    m_signals->setObjectName(u"leerlingSignals"_s);
    m_meldingen->setObjectName(u"leerlingMeldingen"_s);
    m_header->setWordWrap(true);
    m_contacts->setMaximumHeight(110);
    connect(m_consent, &QCheckBox::clicked, this, [this](bool consent) {
        const Status saved = DossierService(m_session.database, m_session.clock, m_session.user)
                                 .setConsentToContactParents(m_pgn, consent);
        if (!saved) {
            m_consent->setChecked(!consent); // not recorded: show what is stored
            MessageBox::warning(this, tr("Consent"), saved.error());
        }
    });

    auto* staat = new QPushButton(tr("Verzuimstaat…"));
    staat->setObjectName(u"verzuimstaatButton"_s);
    connect(staat, &QPushButton::clicked, this, &LeerlingDetail::openVerzuimstaat);
    auto* exportAttendance = new QPushButton(tr("Export absence…"));
    exportAttendance->setObjectName(u"exportAttendanceButton"_s);
    connect(exportAttendance, &QPushButton::clicked, this, [this] {
        OverviewExport::ask(
            this, tr("absence %1").arg(m_pgn),
            OverviewService(m_session.database, m_session.clock, m_session.user).attendance(m_pgn));
    });
    auto* inzage = new QPushButton(tr("Inzage…"));
    inzage->setObjectName(u"inzageButton"_s);
    inzage->setToolTip(tr("Everything stored about this leerling, for an inzage request (PDF or "
                          "JSON); personal work notes are left out."));
    connect(inzage, &QPushButton::clicked, this, &LeerlingDetail::exportInzage);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(staat);
    actions->addWidget(exportAttendance);
    actions->addWidget(inzage);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_header, 0, 0);
    grid->addLayout(actions, 0, 1, Qt::AlignTop);
    grid->addWidget(new QLabel(tr("<b>Contacts</b>")), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Signals, meldingen and notes</b>")), 1, 1);
    auto* contacts = new QVBoxLayout;
    contacts->addWidget(m_contacts);
    contacts->addWidget(m_consent);
    grid->addLayout(contacts, 2, 0);
    auto* lists = new QWidget;
    auto* listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(m_signals);
    listsLayout->addWidget(m_meldingen);
    auto* side = new QTabWidget;
    side->setObjectName(u"leerlingSide"_s);
    side->addTab(lists, tr("Signals and meldingen"));
    side->addTab(notesPanel(), tr("Dossier notes"));
    side->setMaximumHeight(240);
    grid->addWidget(side, 2, 1);
    grid->addWidget(new QLabel(tr("<b>This schooljaar</b>")), 3, 0, 1, 2);
    grid->addWidget(m_calendar, 4, 0, 1, 2);
    grid->addWidget(m_chart, 5, 0, 1, 2);
    grid->addWidget(absenceEditor(), 6, 0, 1, 2);
    grid->setRowStretch(4, 1);
    // The dossier follows what is said of its leerling, wherever it was changed; the day being
    // corrected keeps what the coordinator typed, only its "recorded now" is brought up to date.
    (new PageRefresh(this, m_session.database.notifier(),
                     [this] {
                         reload();
                         showRecordedDay();
                     }))
        ->followLeerling(&ChangeNotifier::leerlingenChanged, m_pgn)
        .followLeerling(&ChangeNotifier::absencesChanged, m_pgn)
        .followLeerling(&ChangeNotifier::dossierChanged, m_pgn)
        .followLeerling(&ChangeNotifier::signalWorkChanged, m_pgn)
        .follow(&ChangeNotifier::meldingChanged) // a new melding of theirs has a new id
        .follow(&ChangeNotifier::schoolChanged);
    reload();
    showDay();
}

QWidget* LeerlingDetail::absenceEditor()
{
    auto* box = new QGroupBox(tr("Correct a day"));
    auto* layout = new QVBoxLayout(box);
    m_day = new QDateEdit(m_session.clock.today());
    m_day->setObjectName(u"absenceDate"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"dd-MM-yyyy"_s);
    m_dayNow = new QLabel;
    m_dayNow->setObjectName(u"absenceNow"_s);
    QList<AbsenceCode> codes;
    if (const auto school = SchoolRepository(m_session.database).load();
        school && school->has_value())
        codes = (*school)->codes.all();
    m_dayEditor = new AbsenceDayEditor(codes);
    auto* save = new QPushButton(tr("Save day"));
    save->setObjectName(u"absenceSave"_s);
    auto* undo = new QPushButton(tr("Undo"));
    undo->setObjectName(u"absenceUndo"_s);
    auto* redo = new QPushButton(tr("Redo"));
    redo->setObjectName(u"absenceRedo"_s);
    connect(m_day, &QDateEdit::dateChanged, this, &LeerlingDetail::showDay);
    connect(save, &QPushButton::clicked, this, &LeerlingDetail::saveDay);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    QAction* undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction* redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    addAction(undoAction);
    addAction(redoAction);
    auto* top = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_day, save, undo, redo})
        top->addWidget(w);
    top->addWidget(m_dayNow, 1);
    layout->addLayout(top);
    layout->addWidget(m_dayEditor);
    return box;
}

void LeerlingDetail::showDay()
{
    if (const auto day = showRecordedDay())
        m_dayEditor->setRecords(*day);
}

std::optional<QList<AbsenceRecord>> LeerlingDetail::showRecordedDay()
{
    auto day = AbsenceEditService(m_session.database, m_session.clock, m_session.user)
                   .day(m_pgn, m_day->date());
    if (!day)
        return std::nullopt;
    m_dayNow->setText(tr("recorded now: %1").arg(describeDay(*day)));
    return std::move(*day);
}

void LeerlingDetail::saveDay()
{
    const QDate date = m_day->date();
    const QList<AbsenceRecord> after = m_dayEditor->records(m_pgn, date);
    const auto before = AbsenceEditService(m_session.database, m_session.clock, m_session.user)
                            .replaceDay(m_pgn, date, after);
    if (!before) {
        MessageBox::warning(this, tr("Attendance"), before.error());
        return;
    }
    m_undo->push(new EditAbsenceDayCommand(m_session, m_pgn, date, *before, after, [this] {
        reload();
        showDay();
    }));
    reload();
    showDay();
}

QWidget* LeerlingDetail::notesPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    // Said where the note is written, not in a manual: the parent reads the dossier on inzage.
    auto* warning = new QLabel(
        tr("⚠ Notes in the dossier can be read by the parent or the leerling on inzage. Write "
           "facts, not opinions. A personal work note stays out of the inzage export."));
    warning->setObjectName(u"inzageWarning"_s);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #8a5a00"_s);
    m_notes = new QListWidget;
    m_notes->setObjectName(u"dossierNotes"_s);
    m_notes->setWordWrap(true);
    m_noteText = new QPlainTextEdit;
    m_noteText->setObjectName(u"noteText"_s);
    m_noteText->setPlaceholderText(tr("New note…"));
    m_noteText->setMaximumHeight(60);
    m_workNote = new QCheckBox(tr("Personal work note"));
    m_workNote->setObjectName(u"workNoteCheck"_s);
    auto* add = new QPushButton(tr("Add note"));
    add->setObjectName(u"addNoteButton"_s);
    connect(add, &QPushButton::clicked, this, &LeerlingDetail::addNote);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_workNote);
    actions->addStretch();
    actions->addWidget(add);
    layout->addWidget(warning);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteText);
    layout->addLayout(actions);
    return panel;
}

void LeerlingDetail::addNote()
{
    const auto added = DossierNoteService(m_session.database, m_session.clock, m_session.user)
                           .add(m_pgn, m_noteText->toPlainText(), m_workNote->isChecked());
    if (!added) {
        MessageBox::warning(this, tr("Dossier notes"), added.error());
        return;
    }
    m_noteText->clear();
    m_workNote->setChecked(false);
    showNotes();
}

void LeerlingDetail::showNotes()
{
    m_notes->clear();
    const auto notes =
        DossierNoteService(m_session.database, m_session.clock, m_session.user).forLeerling(m_pgn);
    if (!notes)
        return;
    for (const DossierNote& note : *notes) {
        const QString heading = note.workNote ? tr("%1, %2 — personal work note") : tr("%1, %2");
        m_notes->addItem(
            heading.arg(QLocale().toString(note.writtenAt, QLocale::ShortFormat), note.author) +
            u"\n"_s + note.text);
    }
}

bool LeerlingDetail::reload()
{
    LeerlingRepository leerlingen(m_session.database);
    const auto leerling = leerlingen.find(m_pgn);
    const auto school = SchoolRepository(m_session.database).load();
    const auto contacts = leerlingen.contacts(m_pgn);
    const auto consent = leerlingen.consentToContactParents(m_pgn);
    const auto inschrijvingen = leerlingen.inschrijvingen(m_pgn);
    const auto vrijstellingen = leerlingen.vrijstellingen(m_pgn);
    const auto records = AbsenceRepository(m_session.database).forLeerling(m_pgn);
    if (!leerling || !leerling->has_value() || !school || !school->has_value() || !contacts ||
        !consent || !inschrijvingen || !vrijstellingen || !records) {
        m_header->setText(tr("Leerling %1 cannot be shown.").arg(m_pgn));
        return false;
    }
    const Leerling& l = **leerling;
    const QDate today = m_session.clock.today();
    QStringList periods;
    for (const DateRange& r : inschrijvingen->value(m_pgn))
        periods.append(
            tr("%1 to %2")
                .arg(Dates::toDutch(r.from), r.to.isValid() ? Dates::toDutch(r.to) : tr("now")));
    const QString number = l.leerlingnummer.isEmpty()
                               ? QString()
                               : tr(" · leerlingnummer %1").arg(l.leerlingnummer.toHtmlEscaped());
    m_header->setText(tr("<h2>%1</h2>PGN %2%3 · born %4 · class %5 · %6 · enrolled %7")
                          .arg(l.displayName().toHtmlEscaped(), l.pgn, number,
                               Dates::toDutch(l.birthDate), l.klas.toHtmlEscaped(),
                               l.locatie.toHtmlEscaped(), periods.join(u", "_s)));

    m_contacts->clear();
    for (const Contact& c : *contacts) {
        QString line = u"%1 (%2) %3 %4"_s.arg(c.name, c.relation, c.phone, c.email).simplified();
        if (c.secret)
            line += tr(" — secret: never sent along");
        m_contacts->addItem(line);
    }
    m_consent->setVisible(isAdultOn(l.birthDate, today));
    m_consent->setChecked(*consent);

    const LeerlingFacts facts{m_pgn, l.birthDate, l.startkwalificatieDate,
                              inschrijvingen->value(m_pgn), vrijstellingen->value(m_pgn)};
    const AttendanceYear year = AttendanceYear::compute(**school, facts, *records, today);
    m_calendar->setYear(year);
    m_chart->setYear(year);

    m_signals->clear();
    if (const auto signalList = SignalService(m_session.database, today).signalsOf(m_pgn)) {
        for (const Signal& s : *signalList) {
            m_signals->addItem(tr("%1 — %2, reached %3")
                                   .arg(SignalKinds::displayName(s.kind),
                                        Dates::toDutch(s.startDate), Dates::toDutch(s.reachedOn)));
        }
    }
    showNotes();
    m_meldingen->clear();
    if (const auto meldingen = MeldingService(m_session.database, m_session.clock, m_session.user)
                                   .forLeerling(m_pgn)) {
        for (const Melding& m : *meldingen) {
            m_meldingen->addItem(tr("Melding %1: %2, %3 — %4")
                                     .arg(m.id)
                                     .arg(MeldingSoorten::loketName(m.soort),
                                          Dates::toDutch(m.startDate),
                                          MeldingStatuses::displayName(m.status)));
        }
    }
    return true;
}

void LeerlingDetail::exportInzage()
{
    QString path = MessageBox::askSaveFile(this, tr("Inzage"),
                                           QDir::home().filePath(tr("inzage %1.pdf").arg(m_pgn)),
                                           tr("PDF (*.pdf);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    // The save dialog has asked before replacing a file.
    const Status written = InzageService(m_session.database, m_session.clock, m_session.user)
                               .exportTo(m_pgn, path, Overwrite::Allow);
    if (!written) {
        MessageBox::warning(this, tr("Inzage"), written.error());
        return;
    }
    MessageBox::information(
        this, tr("Inzage"),
        tr("The inzage was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void LeerlingDetail::openVerzuimstaat()
{
    const VerzuimstaatService staten(m_session.database, m_session.clock, m_session.user);
    auto* dialog = new VerzuimstaatDialog(m_session, {m_pgn}, staten.schoolYearSoFar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
