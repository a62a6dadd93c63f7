// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingDetail.h"

#include "AttendanceCharts.h"
#include "MessageBox.h"
#include "commands/EditAbsenceDayCommand.h"
#include "services/AbsenceEditService.h"
#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
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
    for (QListWidget* list : {m_contacts, m_signals, m_meldingen})
        list->setMaximumHeight(110);
    connect(m_consent, &QCheckBox::clicked, this, [this](bool consent) {
        LeerlingRepository leerlingen(m_session.database);
        const Status saved = m_session.database.transaction(
            [&] { return leerlingen.setConsentToContactParents(m_pgn, consent); });
        if (!saved)
            MessageBox::warning(this, tr("Consent"), saved.error());
    });

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_header, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("<b>Contacts</b>")), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Signals and meldingen</b>")), 1, 1);
    auto* contacts = new QVBoxLayout;
    contacts->addWidget(m_contacts);
    contacts->addWidget(m_consent);
    grid->addLayout(contacts, 2, 0);
    auto* lists = new QVBoxLayout;
    lists->addWidget(m_signals);
    lists->addWidget(m_meldingen);
    grid->addLayout(lists, 2, 1);
    grid->addWidget(new QLabel(tr("<b>This schooljaar</b>")), 3, 0, 1, 2);
    grid->addWidget(m_calendar, 4, 0, 1, 2);
    grid->addWidget(m_chart, 5, 0, 1, 2);
    grid->addWidget(absenceEditor(), 6, 0, 1, 2);
    grid->setRowStretch(4, 1);
    reload();
    showDay();
}

QWidget* LeerlingDetail::absenceEditor()
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_day = new QDateEdit(m_session.clock.today());
    m_day->setObjectName(u"absenceDate"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"dd-MM-yyyy"_s);
    m_dayNow = new QLabel;
    m_dayNow->setObjectName(u"absenceNow"_s);
    m_code = new QComboBox;
    m_code->setObjectName(u"absenceCode"_s);
    m_code->addItem(tr("present (clears the day)"), QString());
    if (const auto school = SchoolRepository(m_session.database).load();
        school && school->has_value()) {
        for (const AbsenceCode& code : (*school)->codes.all())
            m_code->addItem(u"%1 — %2"_s.arg(code.code, code.description), code.code);
    }
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(u"absenceMinutes"_s);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_lesuren = new QSpinBox;
    m_lesuren->setObjectName(u"absenceLesuren"_s);
    m_lesuren->setRange(0, 20);
    m_lesuren->setSuffix(tr(" lesuren"));
    m_wholeDay = new QCheckBox(tr("whole day"));
    m_wholeDay->setObjectName(u"absenceWholeDay"_s);
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
    row->addWidget(new QLabel(tr("<b>Correct a day:</b>")));
    for (QWidget* w : std::initializer_list<QWidget*>{m_day, m_code, m_minutes, m_lesuren,
                                                      m_wholeDay, save, undo, redo})
        row->addWidget(w);
    row->addWidget(m_dayNow, 1);
    return box;
}

void LeerlingDetail::showDay()
{
    const auto day = AbsenceEditService(m_session.database, m_session.clock, m_session.user)
                         .day(m_pgn, m_day->date());
    if (!day)
        return;
    m_dayNow->setText(tr("now: %1").arg(describeDay(*day)));
    const AbsenceRecord first = day->isEmpty() ? AbsenceRecord{} : day->first();
    m_code->setCurrentIndex(std::max(0, m_code->findData(first.code)));
    m_minutes->setValue(first.minutes);
    m_lesuren->setValue(first.lesuren);
    m_wholeDay->setChecked(first.wholeDay);
}

void LeerlingDetail::saveDay()
{
    const QDate date = m_day->date();
    const QString code = m_code->currentData().toString();
    QList<AbsenceRecord> after;
    if (!code.isEmpty())
        after.append({m_pgn,
                      date,
                      code,
                      m_minutes->value(),
                      m_lesuren->value(),
                      m_wholeDay->isChecked(),
                      {}});
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
    m_header->setText(tr("<h2>%1</h2>PGN %2 · born %3 · class %4 · %5 · enrolled %6")
                          .arg(l.displayName().toHtmlEscaped(), l.pgn, Dates::toDutch(l.birthDate),
                               l.klas.toHtmlEscaped(), l.locatie.toHtmlEscaped(),
                               periods.join(u", "_s)));

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
