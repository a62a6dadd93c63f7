// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeerlingDetail.h"

#include "AttendanceCharts.h"
#include "MessageBox.h"
#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "storage/AbsenceRepository.h"
#include "storage/LeerlingRepository.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
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
    grid->setRowStretch(4, 1);
    reload();
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
    const bool adult = l.birthDate.addYears(18) <= today;
    m_consent->setVisible(adult);
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
    if (const auto meldingen =
            MeldingService(m_session.database, m_session.clock, m_session.user).all()) {
        for (const Melding& m : *meldingen) {
            if (m.pgn == m_pgn) {
                m_meldingen->addItem(tr("Melding %1: %2, %3 — %4")
                                         .arg(m.id)
                                         .arg(MeldingSoorten::loketName(m.soort),
                                              Dates::toDutch(m.startDate),
                                              MeldingStatuses::displayName(m.status)));
            }
        }
    }
    return true;
}
