// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolSettingsDialog.h"

#include "CodeTableEditor.h"
#include "EditableTable.h"
#include "LestijdenEditor.h"
#include "MessageBox.h"
#include "calendar/OfficialHolidays.h"
#include "services/SchoolService.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A date cell as the user typed it; an unreadable one names its list and row.
Result<QDate> dateIn(const QString& text, const QString& list, int row)
{
    if (const auto date = Dates::parse(text))
        return *date;
    return Error{SchoolSettingsDialog::tr("%1, row %2: '%3' is not a date (DD-MM-YYYY).")
                     .arg(list)
                     .arg(row + 1)
                     .arg(text)};
}

} // namespace

SchoolSettingsDialog::SchoolSettingsDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit)
    , m_code(new QLineEdit)
    , m_sector(new QComboBox)
    , m_region(new QComboBox)
    , m_lesuur(new QSpinBox)
    , m_holidays(new EditableTable(u"holidays"_s, {tr("Name"), tr("First day"), tr("Last day")}))
    , m_holidayNote(new QLabel)
    , m_daysOff(new EditableTable(u"daysOff"_s, {tr("Date")}))
    , m_lestijden(new LestijdenEditor)
    , m_codes(new CodeTableEditor)
    , m_contacts(new EditableTable(u"contactPersons"_s,
                                   {tr("Name"), tr("Function"), tr("Telephone"), tr("E-mail")}))
    , m_locations(new EditableTable(
          u"locations"_s, {tr("Name"), tr("Onderwijsaanbiedercode"), tr("Onderwijslocatiecode")}))
    , m_preventiveHours(new QSpinBox)
    , m_rmcWeeks(new QSpinBox)
    , m_tolerance(new QSpinBox)
    , m_latenessCounts(new QCheckBox(tr("Lateness counts towards the 16 hours")))
    , m_report16Adults(new QCheckBox(tr("Report 16 hours for leerlingen of 18 and older")))
    , m_latenessLevels(new QLineEdit)
{
    setObjectName(u"schoolSettings"_s);
    const auto stored = SchoolService(m_session.database, m_session.clock, m_session.user).load();
    m_firstStart = stored && !stored->has_value();
    if (stored && stored->has_value())
        m_school = **stored;
    setWindowTitle(m_firstStart ? tr("Welcome — set up your school") : tr("Settings"));

    auto* pages = new QTabWidget;
    pages->setObjectName(u"settingsPages"_s);
    pages->addTab(schoolPage(), tr("School"));
    auto* holidays = new QWidget;
    auto* holidayLayout = new QVBoxLayout(holidays);
    auto* official = new QPushButton(tr("Fill in the official dates for the region"));
    official->setObjectName(u"officialHolidays"_s);
    connect(official, &QPushButton::clicked, this, &SchoolSettingsDialog::fillOfficialHolidays);
    m_holidayNote->setObjectName(u"holidayNote"_s);
    m_holidayNote->setWordWrap(true);
    holidayLayout->addWidget(official, 0, Qt::AlignLeft);
    holidayLayout->addWidget(m_holidayNote);
    holidayLayout->addWidget(m_holidays, 1);
    pages->addTab(holidays, tr("Vakanties"));
    pages->addTab(m_daysOff, tr("Vrije dagen"));
    pages->addTab(m_lestijden, tr("Lestijden"));
    pages->addTab(m_codes, tr("Codes"));
    pages->addTab(thresholdsPage(), tr("Thresholds"));
    pages->addTab(m_contacts, tr("Contactpersonen"));
    pages->addTab(m_locations, tr("Locaties"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"settingsSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SchoolSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (m_firstStart) {
        auto* welcome = new QLabel(
            tr("Fill in your school's details. The region's vakanties are filled in already; "
               "check them, add your vrije dagen and a contactpersoon the leerplichtambtenaar "
               "can call. Then import your leerlingen and absences."));
        welcome->setObjectName(u"welcome"_s);
        welcome->setWordWrap(true);
        layout->addWidget(welcome);
    }
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);
    display(m_school);
    if (m_firstStart)
        fillOfficialHolidays();
    resize(760, 560);
}

QWidget* SchoolSettingsDialog::schoolPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_name->setObjectName(u"schoolName"_s);
    m_code->setObjectName(u"schoolCode"_s);
    m_code->setPlaceholderText(u"12AB"_s);
    m_sector->setObjectName(u"schoolSector"_s);
    m_sector->addItem(tr("Primary (po)"), u"po"_s);
    m_sector->addItem(tr("Secondary (vo)"), u"vo"_s);
    m_sector->addItem(tr("Vocational (mbo)"), u"mbo"_s);
    m_region->setObjectName(u"schoolRegion"_s);
    for (const QString& region : OfficialHolidays::regions())
        m_region->addItem(region, region);
    m_lesuur->setObjectName(u"schoolLesuur"_s);
    m_lesuur->setRange(10, 120);
    m_lesuur->setSuffix(tr(" minutes"));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Instellingscode"), m_code);
    form->addRow(tr("Sector"), m_sector);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Lesuur"), m_lesuur);
    return page;
}

QWidget* SchoolSettingsDialog::thresholdsPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_preventiveHours->setObjectName(u"preventiveHours"_s);
    m_preventiveHours->setRange(1, 100);
    m_rmcWeeks->setObjectName(u"rmcWeeks"_s);
    m_rmcWeeks->setRange(1, 52);
    m_tolerance->setObjectName(u"continuousTolerance"_s);
    m_tolerance->setRange(0, 20);
    m_latenessLevels->setObjectName(u"latenessLevels"_s);
    form->addRow(tr("Preventive signal from (hours in 4 lesweken)"), m_preventiveHours);
    form->addRow(tr("Doorstroompunt (RMC) signal after (weeks)"), m_rmcWeeks);
    form->addRow(tr("Continuous absence: present days tolerated"), m_tolerance);
    form->addRow(tr("Lateness levels (times)"), m_latenessLevels);
    form->addRow(m_latenessCounts);
    form->addRow(m_report16Adults);
    return page;
}

void SchoolSettingsDialog::display(const School& school)
{
    m_name->setText(school.name);
    m_code->setText(school.instellingscode);
    m_sector->setCurrentIndex(m_sector->findData(Sectors::key(school.sector)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(school.region)));
    m_lesuur->setValue(school.lesuurMinutes);
    QList<QStringList> rows;
    for (const Holiday& h : school.holidays)
        rows.append({h.name, Dates::toDutch(h.from), Dates::toDutch(h.to)});
    m_holidays->setRows(rows);
    rows.clear();
    for (const QDate& d : school.daysOff)
        rows.append({Dates::toDutch(d)});
    m_daysOff->setRows(rows);
    m_lestijden->setLestijden(school.lestijden);
    m_codes->setCodes(school.codes);
    rows.clear();
    for (const SchoolContact& c : school.contactPersons)
        rows.append({c.name, c.function, c.phone, c.email});
    m_contacts->setRows(rows);
    rows.clear();
    for (const SchoolLocation& l : school.locations)
        rows.append({l.name, l.onderwijsaanbiedercode, l.onderwijslocatiecode});
    m_locations->setRows(rows);
    const SchoolSettings& s = school.settings;
    m_preventiveHours->setValue(s.preventiveHours);
    m_rmcWeeks->setValue(s.rmcWeeks);
    m_tolerance->setValue(s.continuousToleranceDays);
    m_latenessCounts->setChecked(s.latenessCounts);
    m_report16Adults->setChecked(s.report16HoursAdults);
    QStringList levels;
    for (int level : s.latenessLevels)
        levels.append(QString::number(level));
    m_latenessLevels->setText(levels.join(u", "_s));
}

void SchoolSettingsDialog::fillOfficialHolidays()
{
    const QString region = m_region->currentData().toString();
    const int year = Dates::schoolYearStart(m_session.clock.today()).year();
    QList<QStringList> rows;
    for (const Holiday& h : OfficialHolidays::forSchoolYear(region, year))
        rows.append({h.name, Dates::toDutch(h.from), Dates::toDutch(h.to)});
    m_holidays->setRows(rows);
    const QStringList missing = OfficialHolidays::missing(region, year);
    m_holidayNote->setText(
        missing.isEmpty()
            ? tr("The official dates for region %1 are filled in; check them.").arg(region)
            : tr("Not bundled for %1/%2, fill these in yourself: %3.")
                  .arg(year)
                  .arg(year + 1)
                  .arg(missing.join(u", "_s)));
}

Result<School> SchoolSettingsDialog::collect() const
{
    School school = m_school;
    school.name = m_name->text().trimmed();
    school.instellingscode = m_code->text().trimmed().toUpper();
    school.sector = Sectors::fromKey(m_sector->currentData().toString()).value_or(Sector::Vo);
    school.region = m_region->currentData().toString();
    school.lesuurMinutes = m_lesuur->value();
    school.holidays.clear();
    const QList<QStringList> holidayRows = m_holidays->rows();
    for (int i = 0; i < holidayRows.size(); ++i) {
        const auto from = dateIn(holidayRows[i][1], tr("Vakanties"), i);
        const auto to = dateIn(holidayRows[i][2], tr("Vakanties"), i);
        if (!from || !to)
            return Error{!from ? from.error() : to.error()};
        school.holidays.append({holidayRows[i][0], *from, *to});
    }
    school.daysOff.clear();
    const QList<QStringList> dayRows = m_daysOff->rows();
    for (int i = 0; i < dayRows.size(); ++i) {
        const auto day = dateIn(dayRows[i][0], tr("Vrije dagen"), i);
        if (!day)
            return Error{day.error()};
        school.daysOff.append(*day);
    }
    const auto lestijden = m_lestijden->lestijden();
    if (!lestijden)
        return Error{lestijden.error()};
    school.lestijden = *lestijden;
    const auto codes = m_codes->codes();
    if (!codes)
        return Error{codes.error()};
    for (const AbsenceCode& code : *codes)
        school.codes.upsert(code);
    const QList<SchoolContact> before = school.contactPersons;
    school.contactPersons.clear();
    for (const QStringList& row : m_contacts->rows()) {
        SchoolContact contact{row[0], row[1], row[2], row[3], m_session.user, false};
        // Keep whose default a contact was, where the same person is still listed.
        for (const SchoolContact& old : before) {
            if (old.name == contact.name) {
                contact.user = old.user;
                contact.isDefault = old.isDefault;
            }
        }
        school.contactPersons.append(contact);
    }
    if (!school.contactPersons.isEmpty() &&
        std::none_of(school.contactPersons.cbegin(), school.contactPersons.cend(),
                     [](const SchoolContact& c) { return c.isDefault; }))
        school.contactPersons.first().isDefault = true;
    school.locations.clear();
    for (const QStringList& row : m_locations->rows())
        school.locations.append({row[0], row[1], row[2]});
    SchoolSettings& s = school.settings;
    s.preventiveHours = m_preventiveHours->value();
    s.rmcWeeks = m_rmcWeeks->value();
    s.continuousToleranceDays = m_tolerance->value();
    s.latenessCounts = m_latenessCounts->isChecked();
    s.report16HoursAdults = m_report16Adults->isChecked();
    s.latenessLevels.clear();
    for (const QString& part : m_latenessLevels->text().split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int level = part.trimmed().toInt(&ok);
        if (!ok)
            return Error{tr("Lateness levels: '%1' is not a number.").arg(part.trimmed())};
        s.latenessLevels.append(level);
    }
    return school;
}

void SchoolSettingsDialog::accept()
{
    const auto school = collect();
    const Status saved =
        school ? SchoolService(m_session.database, m_session.clock, m_session.user).save(*school)
               : Status(Error{school.error()});
    if (!saved) {
        MessageBox::warning(this, windowTitle(), saved.error());
        return;
    }
    QDialog::accept();
}
