// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeldingEditor.h"

#include "DuoRegistration.h"
#include "InvulhulpDialog.h"
#include "MessageBox.h"
#include "VerzuimstaatDialog.h"
#include "meldingen/MeldingFields.h"
#include "services/DuoChangeService.h"
#include "services/MeldingService.h"
#include "services/Permissions.h"
#include "services/SubmissionService.h"
#include "services/VerzuimstaatService.h"
#include "storage/Database.h"
#include "util/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The fields of a loket screen that get their own input (lists and key sets have their own).
QList<const MeldingField*> inputsOn(LoketScreen screen)
{
    QList<const MeldingField*> inputs = MeldingFields::onScreen(screen);
    inputs.removeIf([](const MeldingField* f) {
        return f->kind == MeldingField::Kind::Derived || f->kind == MeldingField::Kind::KeySet;
    });
    return inputs;
}

// The editor's tabs, one per loket screen; the loket's Overzicht shows what follows submission.
constexpr std::array kTabScreens{LoketScreen::Leerling, LoketScreen::Melding, LoketScreen::Lesuren,
                                 LoketScreen::Acties, LoketScreen::AfterSubmission};

bool editable(const Melding& m, const MeldingField& field)
{
    return MeldingStatuses::isDraft(m.status) ||
           (MeldingStatuses::isOpenAtDuo(m.status) && field.changeableAtDuo);
}

} // namespace

MeldingEditor::MeldingEditor(const Session& session, qint64 meldingId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pages(new QTabWidget)
    , m_completeness(new QProgressBar)
    , m_header(new QLabel)
{
    setObjectName(u"meldingEditor"_s);
    // A change made elsewhere (the invulhulp, the outbox, another session's work on another
    // thread, another program) shows here once it is committed.
    const ChangeNotifier& changes = m_session.database.notifier();
    connect(&changes, &ChangeNotifier::meldingChanged, this, [this](qint64 id) {
        if (id == m_melding.id)
            QTimer::singleShot(0, this, &MeldingEditor::reread);
    });
    connect(&changes, &ChangeNotifier::changedElsewhere, this,
            [this] { QTimer::singleShot(0, this, &MeldingEditor::reread); });
    m_pages->setObjectName(u"meldingPages"_s);
    m_completeness->setObjectName(u"completeness"_s);
    m_completeness->setFormat(tr("Complete: %p%"));
    m_header->setObjectName(u"meldingHeader"_s);

    auto melding = service().find(meldingId);
    if (!melding) {
        m_header->setText(melding.error());
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_header);
        return;
    }
    m_melding = *melding;

    m_pages->addTab(fieldPage(LoketScreen::Leerling), tr("1. Leerling"));
    m_pages->addTab(
        fieldPage(LoketScreen::Melding,
                  tr("Everything in a toelichting can be read by the parent or leerling "
                     "on inzage.")),
        tr("2. Melding"));
    m_pages->addTab(daysPage(), tr("3. Lesuren"));
    m_pages->addTab(actionsPage(), tr("4. Acties"));
    m_pages->addTab(overviewPage(), tr("5. Overzicht"));
    m_pages->addTab(historyPage(), tr("Versions"));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_completeness);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    refresh();
}

QLabel* MeldingEditor::findingLabel(const QString& key)
{
    auto* label = new QLabel;
    label->setObjectName(u"finding_"_s + key);
    label->setWordWrap(true);
    m_findings.insert(key, label);
    return label;
}

void MeldingEditor::addField(QVBoxLayout* layout, const MeldingField& field)
{
    auto* row = new QHBoxLayout;
    auto* name = new QLabel(field.label);
    name->setMinimumWidth(220);
    row->addWidget(name);
    if (!field.choices.isEmpty()) {
        auto* combo = new QComboBox;
        combo->setObjectName(u"field_"_s + field.key);
        for (const auto& [value, label] : field.choices)
            combo->addItem(label, value);
        connect(combo, &QComboBox::activated, this, [this, combo, key = field.key] {
            save({{key, combo->currentData().toString()}}, key);
        });
        m_choices.insert(field.key, combo);
        row->addWidget(combo, 1);
    } else if (field.kind == MeldingField::Kind::YesNo) {
        auto* box = new QCheckBox;
        box->setObjectName(u"field_"_s + field.key);
        connect(box, &QCheckBox::clicked, this, [this, key = field.key](bool on) {
            save({{key, on ? u"ja"_s : u"nee"_s}}, key);
        });
        m_checks.insert(field.key, box);
        row->addWidget(box, 1);
    } else {
        auto* edit = new QLineEdit;
        edit->setObjectName(u"field_"_s + field.key);
        if (field.kind == MeldingField::Kind::Date)
            edit->setPlaceholderText(tr("DD-MM-YYYY"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, key = field.key] {
            const MeldingField* f = MeldingFields::find(key);
            const QString current = f->get(m_melding);
            const QString text = edit->text();
            const bool sameDate =
                f->kind == MeldingField::Kind::Date &&
                Dates::parse(text).value_or(QDate()) == Dates::parse(current).value_or(QDate()) &&
                !text.trimmed().isEmpty();
            if (text != current && !sameDate && edit->isModified())
                save({{key, text}}, key);
        });
        m_edits.insert(field.key, edit);
        row->addWidget(edit, 1);
    }
    layout->addLayout(row);
    layout->addWidget(findingLabel(field.key));
}

QWidget* MeldingEditor::fieldPage(LoketScreen screen, const QString& intro)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!intro.isEmpty()) {
        auto* note = new QLabel(intro);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: #8a5a00;"_s);
        layout->addWidget(note);
    }
    if (screen == LoketScreen::Leerling)
        layout->addWidget(contactsPage());
    for (const MeldingField* field : inputsOn(screen))
        addField(layout, *field);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    return scroll;
}

QWidget* MeldingEditor::contactsPage()
{
    auto* box = new QWidget;
    m_contactsLayout = new QVBoxLayout(box);
    m_contactsLayout->setContentsMargins(0, 0, 0, 0);
    m_contactsLayout->addWidget(new QLabel(tr("<b>Contact persons sent along</b>")));
    for (qsizetype i = 0; i < m_melding.contacts.size(); ++i) {
        const MeldingContact& c = m_melding.contacts[i];
        auto* send = new QCheckBox(
            u"%1 (%2) %3 %4"_s.arg(c.name, c.relation, c.phone, c.email).simplified());
        send->setObjectName(u"send_%1"_s.arg(i + 1));
        connect(send, &QCheckBox::clicked, this, [this, i](bool on) {
            save({{u"meesturen.%1"_s.arg(i + 1), on ? u"ja"_s : u"nee"_s}}, u"contactpersonen"_s);
        });
        m_sendBoxes.append(send);
        m_contactsLayout->addWidget(send);
    }
    m_contactsLayout->addWidget(findingLabel(u"contactpersonen"_s));
    return box;
}

QWidget* MeldingEditor::daysPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_days = new QListWidget;
    m_days->setObjectName(u"verzuimdagen"_s);
    layout->addWidget(m_days);
    layout->addWidget(findingLabel(u"verzuimdagen"_s));
    return page;
}

QWidget* MeldingEditor::actionsPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Actions the school has taken</b>")));
    for (const QString& key : MeldingActions::keys()) {
        auto* box = new QCheckBox(MeldingActions::displayName(key));
        box->setObjectName(u"action_"_s + key);
        connect(box, &QCheckBox::clicked, this, [this] {
            QStringList chosen;
            for (const QString& k : MeldingActions::keys()) {
                if (m_checks.value(u"action_"_s + k)->isChecked())
                    chosen.append(k);
            }
            save({{u"acties"_s, chosen.join(u',')}}, u"acties"_s);
        });
        m_checks.insert(u"action_"_s + key, box);
        layout->addWidget(box);
    }
    layout->addWidget(findingLabel(u"acties"_s));
    for (const MeldingField* field : inputsOn(LoketScreen::Acties))
        addField(layout, *field);
    layout->addStretch();
    return page;
}

QWidget* MeldingEditor::overviewPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_overview = new QTextBrowser;
    m_overview->setObjectName(u"overview"_s);
    layout->addWidget(m_overview, 1);
    for (const MeldingField* field : inputsOn(LoketScreen::AfterSubmission))
        addField(layout, *field);
    layout->addWidget(findingLabel(u"duo"_s));
    layout->addWidget(statusActions());
    return page;
}

MeldingService MeldingEditor::service() const
{
    return MeldingService(m_session.database, m_session.clock, m_session.user);
}

QWidget* MeldingEditor::statusActions()
{
    auto* box = new QGroupBox(tr("Status"));
    auto* row = new QHBoxLayout(box);
    const auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_statusButtons.insert(MeldingStatus::Gereed,
                           button(tr("Mark as ready"), u"markReadyButton"_s,
                                  [this] { changeStatus(MeldingStatus::Gereed); }));
    m_statusButtons.insert(MeldingStatus::Concept,
                           button(tr("Back to draft"), u"backToDraftButton"_s,
                                  [this] { changeStatus(MeldingStatus::Concept); }));
    m_statusButtons.insert(
        MeldingStatus::Geregistreerd,
        button(tr("Registered at DUO…"), u"registerButton"_s, &MeldingEditor::registerAtDuo));
    m_municipalityStatus = new QComboBox;
    m_municipalityStatus->setObjectName(u"municipalityStatus"_s);
    for (MeldingStatus s : {MeldingStatus::InBehandeling, MeldingStatus::Afgesloten,
                            MeldingStatus::TerKennisgevingAangenomen})
        m_municipalityStatus->addItem(MeldingStatuses::displayName(s), int(s));
    row->addWidget(m_municipalityStatus);
    m_municipalityButton =
        button(tr("Set the municipality's status"), u"municipalityStatusButton"_s,
               &MeldingEditor::setMunicipalityStatus);
    m_invulhulpButton =
        button(tr("Invulhulp for the loket…"), u"invulhulpButton"_s, &MeldingEditor::openInvulhulp);
    m_withdrawButton = button(tr("Withdraw…"), u"withdrawButton"_s, &MeldingEditor::withdraw);
    button(tr("Copy for a repeat melding"), u"copyButton"_s, &MeldingEditor::copyMelding);
    m_attachButton = button(tr("Attach verzuimstaat"), u"attachVerzuimstaatButton"_s,
                            &MeldingEditor::attachVerzuimstaat);
    m_attachButton->setToolTip(tr("Makes the verzuimstaat of this melding's period (geoorloofd "
                                  "absence left out) and keeps it with the melding"));
    button(tr("Verzuimstaat…"), u"printVerzuimstaatButton"_s, &MeldingEditor::openVerzuimstaat);
    row->addStretch();
    // Marking gereed queues the melding for DUO; registering and withdrawing are done at DUO: a
    // role without the right to submit is not offered them (the service refuses them anyway).
    const auto access = Permissions::of(m_session.database, m_session.user, m_session.clock);
    if (!access || !access->allows(Permission::SubmitMelding)) {
        for (QPushButton* submitting :
             {m_statusButtons.value(MeldingStatus::Gereed),
              m_statusButtons.value(MeldingStatus::Geregistreerd), m_withdrawButton})
            submitting->hide();
    }
    return box;
}

QWidget* MeldingEditor::historyPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* choose = new QHBoxLayout;
    m_versionA = new QComboBox;
    m_versionA->setObjectName(u"versionA"_s);
    m_versionB = new QComboBox;
    m_versionB->setObjectName(u"versionB"_s);
    choose->addWidget(new QLabel(tr("Compare")));
    choose->addWidget(m_versionA, 1);
    choose->addWidget(new QLabel(tr("with")));
    choose->addWidget(m_versionB, 1);
    m_versionDiff = new QTableWidget(0, 3);
    m_versionDiff->setObjectName(u"versionDiff"_s);
    m_versionDiff->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_versionDiff->horizontalHeader()->setStretchLastSection(true);
    m_versionDiff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionDiff->verticalHeader()->hide();
    connect(m_versionA, &QComboBox::currentIndexChanged, this, &MeldingEditor::compareVersions);
    connect(m_versionB, &QComboBox::currentIndexChanged, this, &MeldingEditor::compareVersions);
    connect(m_pages, &QTabWidget::currentChanged, this, [this, page](int index) {
        if (m_pages->widget(index) == page)
            showHistory();
    });
    layout->addLayout(choose);
    layout->addWidget(m_versionDiff, 1);
    return page;
}

void MeldingEditor::showHistory()
{
    const auto versions = service().versions(m_melding.id);
    if (!versions)
        return;
    m_versions = *versions;
    const QSignalBlocker blockA(m_versionA);
    const QSignalBlocker blockB(m_versionB);
    m_versionA->clear();
    m_versionB->clear();
    for (const MeldingVersion& v : std::as_const(m_versions)) {
        const QString label =
            tr("version %1 — %2 by %3")
                .arg(v.version)
                .arg(QLocale().toString(v.savedAt, QLocale::ShortFormat), v.savedBy);
        m_versionA->addItem(label);
        m_versionB->addItem(label);
    }
    // The latest change first: the version before the current one against the current one.
    m_versionB->setCurrentIndex(int(m_versions.size()) - 1);
    m_versionA->setCurrentIndex(std::max(0, int(m_versions.size()) - 2));
    compareVersions();
}

void MeldingEditor::compareVersions()
{
    const int a = m_versionA->currentIndex();
    const int b = m_versionB->currentIndex();
    m_versionDiff->setRowCount(0);
    if (a < 0 || b < 0 || a >= m_versions.size() || b >= m_versions.size())
        return;
    for (const FieldDifference& d : differences(m_versions[a].melding, m_versions[b].melding)) {
        const int row = m_versionDiff->rowCount();
        m_versionDiff->insertRow(row);
        m_versionDiff->setItem(row, 0, new QTableWidgetItem(d.label));
        m_versionDiff->setItem(row, 1, new QTableWidgetItem(d.before));
        auto* after = new QTableWidgetItem(d.after);
        after->setForeground(QColor(0xb0, 0x00, 0x20)); // the loket marks differences in red
        m_versionDiff->setItem(row, 2, after);
    }
    m_versionDiff->resizeColumnsToContents();
}

void MeldingEditor::save(const QList<std::pair<QString, QString>>& changes, const QString& key)
{
    // The fields' text as the widgets hold it, on the version on screen: a save by a colleague
    // meanwhile is a conflict, not overwritten.
    Melding edited = m_melding;
    Status typed;
    for (const auto& [field, text] : changes) {
        if (typed = MeldingFields::set(edited, field, text); !typed)
            break;
    }
    const auto saved =
        typed ? service().saveEdit(m_melding, edited) : Result<Melding>(typed.failure());
    m_saveErrorKey = key;
    m_saveError = saved ? QString() : saved.error();
    if (saved)
        m_melding = *saved;
    refresh();
}

void MeldingEditor::adopt(const Result<Melding>& changed, const QString& title)
{
    if (!changed) {
        MessageBox::warning(this, title, changed.error());
        return;
    }
    m_melding = *changed;
    refresh();
}

void MeldingEditor::changeStatus(MeldingStatus status)
{
    adopt(service().setStatus(m_melding.id, status), tr("Status"));
}

void MeldingEditor::registerAtDuo()
{
    if (const auto registered =
            DuoRegistration::ask(this, m_session, m_melding.id, m_melding.leerlingName)) {
        m_melding = *registered;
        refresh();
    }
}

Invulhulp MeldingEditor::changeToPassOn() const
{
    const auto change =
        DuoChangeService(m_session.database, m_session.clock, m_session.user).pendingFor(m_melding);
    return change ? *change : Invulhulp{};
}

void MeldingEditor::openInvulhulp()
{
    // Registered at DUO, the loket needs only what changed since.
    auto* dialog = MeldingStatuses::isOpenAtDuo(m_melding.status)
                       ? new InvulhulpDialog(m_session, changeToPassOn(), this)
                       : new InvulhulpDialog(m_session, m_melding, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeldingEditor::reread()
{
    if (auto current = service().find(m_melding.id);
        current && current->version != m_melding.version) {
        m_melding = *current;
        refresh();
    }
}

void MeldingEditor::attachVerzuimstaat()
{
    VerzuimstaatService staten(m_session.database, m_session.clock, m_session.user);
    adopt(staten.attach(m_melding.id, staten.defaultPeriodFor(m_melding)), tr("Verzuimstaat"));
}

void MeldingEditor::openVerzuimstaat()
{
    const VerzuimstaatService staten(m_session.database, m_session.clock, m_session.user);
    auto* dialog = new VerzuimstaatDialog(m_session, {m_melding.pgn},
                                          staten.defaultPeriodFor(m_melding), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeldingEditor::setMunicipalityStatus()
{
    changeStatus(MeldingStatus(m_municipalityStatus->currentData().toInt()));
}

void MeldingEditor::withdraw()
{
    const QList<WithdrawalReason> reasons = WithdrawalReasons::all();
    QStringList names;
    for (WithdrawalReason r : reasons)
        names.append(WithdrawalReasons::displayName(r));
    const int chosen = MessageBox::askChoice(this, tr("Withdraw the melding"),
                                             tr("Why is the melding withdrawn?"), names);
    if (chosen < 0)
        return;
    adopt(service().withdraw(m_melding.id, reasons[chosen]), tr("Withdraw the melding"));
}

void MeldingEditor::copyMelding()
{
    const auto copy = service().copy(m_melding.id);
    if (!copy) {
        MessageBox::warning(this, tr("Copy"), copy.error());
        return;
    }
    Q_EMIT copied(copy->id);
}

void MeldingEditor::refresh()
{
    m_header->setText(
        tr("<b>%1</b> — %2, %3 to %4 — %5")
            .arg(m_melding.leerlingName.toHtmlEscaped(), MeldingSoorten::loketName(m_melding.soort),
                 Dates::toDutch(m_melding.startDate), Dates::toDutch(m_melding.endDate),
                 MeldingStatuses::displayName(m_melding.status)));
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it)
        it.value()->setEnabled(MeldingStatuses::canBecome(m_melding.status, it.key()));
    bool municipalityMaySet = false;
    for (int i = 0; i < m_municipalityStatus->count(); ++i)
        municipalityMaySet |= MeldingStatuses::canBecome(
            m_melding.status, MeldingStatus(m_municipalityStatus->itemData(i).toInt()));
    m_municipalityStatus->setEnabled(municipalityMaySet);
    m_municipalityButton->setEnabled(municipalityMaySet);
    m_withdrawButton->setEnabled(MeldingStatuses::isOpenAtDuo(m_melding.status));
    m_attachButton->setEnabled(MeldingStatuses::isDraft(m_melding.status) ||
                               MeldingStatuses::isOpenAtDuo(m_melding.status));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const MeldingField* field = MeldingFields::find(it.key());
        if (!(it.key() == m_saveErrorKey && !m_saveError.isEmpty())) {
            const QString value = field->get(m_melding);
            it.value()->setText(field->kind == MeldingField::Kind::Date
                                    ? Dates::toDutch(Dates::parse(value).value_or(QDate()))
                                    : value);
            it.value()->setModified(false);
        }
        it.value()->setReadOnly(!editable(m_melding, *field));
    }
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.key().startsWith(u"action_"_s)) {
            it.value()->setChecked(m_melding.actions.contains(it.key().mid(7)));
            it.value()->setEnabled(MeldingStatuses::isDraft(m_melding.status));
        } else {
            const MeldingField* field = MeldingFields::find(it.key());
            it.value()->setChecked(field->get(m_melding) == u"ja"_s);
            it.value()->setEnabled(editable(m_melding, *field));
        }
    }
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const MeldingField* field = MeldingFields::find(it.key());
        it.value()->setCurrentIndex(it.value()->findData(field->get(m_melding)));
        it.value()->setEnabled(editable(m_melding, *field));
    }
    for (qsizetype i = 0; i < m_sendBoxes.size() && i < m_melding.contacts.size(); ++i)
        m_sendBoxes[i]->setChecked(m_melding.contacts[i].send);
    m_days->clear();
    for (const VerzuimDag& d : m_melding.days) {
        m_days->addItem(
            d.wholeDay ? tr("%1: whole day").arg(Dates::toDutch(d.date))
                       : tr("%1: %n lesuur(s)", nullptr, d.lesuren).arg(Dates::toDutch(d.date)));
    }
    m_invulhulpButton->setEnabled(m_melding.status == MeldingStatus::Gereed ||
                                  !changeToPassOn().screens.isEmpty());
    auto validation = service().validate(m_melding);
    if (!validation)
        return;
    // DUO's reasons for its last rejection stand next to the fields until the melding is ready
    // again; reasons without a field go to the overview.
    const auto rejected = SubmissionService(m_session.database, m_session.clock, m_session.user)
                              .rejectionOf(m_melding.id);
    for (const Finding& f : rejected ? *rejected : QList<Finding>())
        validation->errors.append(
            {f.field.isEmpty() ? u"duo"_s : f.field, tr("DUO: %1").arg(f.text)});
    showFindings(*validation);
}

void MeldingEditor::showFindings(const Validation& validation)
{
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    for (const Finding& f : validation.errors)
        errors[f.field].append(f.text.toHtmlEscaped());
    for (const Finding& f : validation.warnings)
        warnings[f.field].append(f.text.toHtmlEscaped());
    if (!m_saveError.isEmpty())
        errors[m_saveErrorKey].prepend(m_saveError.toHtmlEscaped());
    for (auto it = m_findings.cbegin(); it != m_findings.cend(); ++it) {
        QStringList lines;
        for (const QString& e : errors.value(it.key()))
            lines.append(u"<span style='color:#b00020'>✖ %1</span>"_s.arg(e));
        for (const QString& w : warnings.value(it.key()))
            lines.append(u"<span style='color:#8a5a00'>⚠ %1</span>"_s.arg(w));
        it.value()->setText(lines.join(u"<br>"_s));
        it.value()->setVisible(!lines.isEmpty());
    }
    m_completeness->setValue(validation.completeness);
    // Each screen's tab tells how many fouten it holds, so none hides on another tab.
    static const QStringList titles{tr("1. Leerling"), tr("2. Melding"), tr("3. Lesuren"),
                                    tr("4. Acties"), tr("5. Overzicht")};
    for (int page = 0; page < int(kTabScreens.size()); ++page) {
        int count = 0;
        for (const MeldingField* field : MeldingFields::onScreen(kTabScreens[page]))
            count += int(errors.value(field->key).size());
        m_pages->setTabText(page, count == 0
                                      ? titles[page]
                                      : tr("%1 (%n error(s))", nullptr, count).arg(titles[page]));
    }

    QString html = u"<h3>%1</h3><table>"_s.arg(tr("Overview"));
    for (const MeldingField& field : MeldingFields::all()) {
        const QString value = field.get(m_melding);
        if (!value.isEmpty())
            html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(field.label.toHtmlEscaped(),
                                                                    value.toHtmlEscaped());
    }
    html += u"</table>"_s;
    m_overview->setHtml(html);
}
