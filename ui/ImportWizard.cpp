// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "BackgroundJob.h"
#include "ConvertedSpansTable.h"
#include "ImportIssueMarks.h"
#include "SchoolChangesBox.h"
#include "WheelProofComboBox.h"
#include "io/AbsenceFormat.h"
#include "io/CsvReader.h"
#include "io/EdexmlRoster.h"
#include "io/TextDecoding.h"
#include "storage/BackupStore.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace {

// The start of a file, decoded as the import will: enough to tell its kind and header.
QString startOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    DecodingProblem problem; // the check page reports it with its line
    return TextDecoding::decode(file.read(64 * 1024), problem).value_or(DecodedText{}).text;
}

// The first line of a CSV file, as its column names.
QStringList headerOf(const QString& start)
{
    const qsizetype end = start.indexOf(u'\n');
    return CsvReader::read(start.left(end < 0 ? start.size() : end).toUtf8()).header;
}

class FilesPage final : public QWizardPage
{
public:
    explicit FilesPage(ImportWizard& wizard)
        : m_wizard(wizard)
    {
        setTitle(ImportWizard::tr("Choose the files"));
        setSubTitle(ImportWizard::tr(
            "Any of them may be left empty. Exports from an administration package are fine: "
            "their columns are mapped in the next step."));
        auto* form = new QFormLayout(this);
        add(form, u"school"_s, ImportWizard::tr("School and calendar (school.json)"),
            ImportWizard::tr("School (*.json)"));
        for (CsvFileKind kind : CsvFileKinds::all())
            add(form, CsvFileKinds::key(kind), CsvFileKinds::fileName(kind),
                ImportWizard::tr("CSV files (*.csv *.txt)"));
        auto* folder = new QPushButton(ImportWizard::tr("Fill in from a folder…"));
        folder->setObjectName(u"chooseFolder"_s);
        connect(folder, &QPushButton::clicked, this, &FilesPage::fillFromFolder);
        form->addRow(folder);
    }

    bool isComplete() const override
    {
        return std::any_of(m_edits.cbegin(), m_edits.cend(),
                           [](const QLineEdit* e) { return !e->text().trimmed().isEmpty(); });
    }

    bool validatePage() override
    {
        ImportFiles& files = m_wizard.files();
        files.school = path(u"school"_s);
        files.leerlingen = path(u"leerlingen"_s);
        files.contacten = path(u"contacten"_s);
        files.absenties = path(u"absenties"_s);
        files.vrijstellingen = path(u"vrijstellingen"_s);
        return true;
    }

private:
    void add(QFormLayout* form, const QString& key, const QString& label, const QString& filter)
    {
        auto* edit = new QLineEdit;
        edit->setObjectName(u"file_"_s + key);
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        auto* browse = new QPushButton(ImportWizard::tr("Choose…"));
        connect(browse, &QPushButton::clicked, this, [this, edit, label, filter] {
            const QString chosen = QFileDialog::getOpenFileName(this, label, {}, filter);
            if (!chosen.isEmpty())
                edit->setText(chosen);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        form->addRow(label, row);
        m_edits.insert(key, edit);
    }

    void fillFromFolder()
    {
        const QString dir = QFileDialog::getExistingDirectory(this);
        if (dir.isEmpty())
            return;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            const QString candidate =
                dir + u'/' + it.key() + (it.key() == u"school"_s ? u".json"_s : u".csv"_s);
            if (QFileInfo::exists(candidate))
                it.value()->setText(candidate);
        }
    }

    QString path(const QString& key) const { return m_edits.value(key)->text().trimmed(); }

    ImportWizard& m_wizard;
    QHash<QString, QLineEdit*> m_edits;
};

class MappingPage final : public QWizardPage
{
public:
    explicit MappingPage(ImportWizard& wizard)
        : m_wizard(wizard)
        , m_content(new QWidget)
    {
        setTitle(ImportWizard::tr("Map the columns"));
        setSubTitle(ImportWizard::tr(
            "For every column Verzuimdesk reads, the column of your file that holds it. A "
            "preset fills in an administration package's usual names; check them against your "
            "file. Your choice is remembered for this school."));
        auto* scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_content);
        m_missing = new QLabel;
        m_missing->setObjectName(u"mappingMissing"_s);
        m_missing->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(scroll);
        layout->addWidget(m_missing);
        new QVBoxLayout(m_content);
    }

    void initializePage() override
    {
        qDeleteAll(m_content->findChildren<QGroupBox*>(Qt::FindDirectChildrenOnly));
        m_choices.clear();
        const QString school = m_wizard.schoolCode();
        for (CsvFileKind kind : CsvFileKinds::all()) {
            const QString path = m_wizard.files().path(kind);
            if (path.isEmpty())
                continue;
            const QString start = startOf(path);
            const auto remembered =
                Settings::instance().importColumns(school, CsvFileKinds::key(kind));
            if (kind == CsvFileKind::Absenties)
                addAbsenceFile(AbsenceFormats::detect(start), headerOf(start), remembered);
            else if (kind == CsvFileKind::Leerlingen && EdexmlRoster::looksLike(start.toUtf8()))
                addRecognisedFile(kind, ImportWizard::tr("EDEXML roster (ParnasSys, ESIS)"));
            else
                addFile(kind, headerOf(start), remembered);
        }
        static_cast<QVBoxLayout*>(m_content->layout())->addStretch();
        showMissing();
    }

    // Every required column has a column of the file (or one that stands in for it).
    bool isComplete() const override { return missingColumns().isEmpty(); }

    bool validatePage() override
    {
        m_wizard.files().mappings.clear();
        for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
            const auto [kind, column] = it.key();
            m_wizard.files().mappings[kind].insert(column, it.value()->currentData().toString());
        }
        const QString school = m_wizard.schoolCode();
        for (auto it = m_wizard.files().mappings.cbegin(); it != m_wizard.files().mappings.cend();
             ++it)
            Settings::instance().setImportColumns(school, CsvFileKinds::key(it.key()), it.value());
        return true;
    }

private:
    // A package's own file has known fields: only our per-day file is mapped.
    void addAbsenceFile(AbsenceFormat format, const QStringList& header,
                        const QHash<QString, QString>& remembered)
    {
        if (format == AbsenceFormat::PerDay)
            showRecognised(addFile(CsvFileKind::Absenties, header, remembered),
                           CsvFileKind::Absenties, AbsenceFormats::displayName(format));
        else
            addRecognisedFile(CsvFileKind::Absenties, AbsenceFormats::displayName(format));
    }

    void addRecognisedFile(CsvFileKind kind, const QString& format)
    {
        showRecognised(addFile(kind, {}, {}, false), kind, format);
    }

    static void showRecognised(QGroupBox* box, CsvFileKind kind, const QString& format)
    {
        auto* recognised = new QLabel(ImportWizard::tr("Recognised as: %1.").arg(format));
        recognised->setObjectName(u"format_"_s + CsvFileKinds::key(kind));
        static_cast<QFormLayout*>(box->layout())->insertRow(0, recognised);
    }

    QGroupBox* addFile(CsvFileKind kind, const QStringList& header,
                       const QHash<QString, QString>& remembered, bool mapped = true)
    {
        auto* box = new QGroupBox(CsvFileKinds::fileName(kind));
        auto* form = new QFormLayout(box);
        m_content->layout()->addWidget(box);
        if (!mapped)
            return box;
        auto* preset = new WheelProofComboBox;
        preset->setObjectName(u"preset_"_s + CsvFileKinds::key(kind));
        preset->addItem(ImportWizard::tr("Recognise the columns"));
        for (const ColumnPreset& p : ColumnPresets::all()) {
            if (p.mappings.contains(kind))
                preset->addItem(p.name);
        }
        form->addRow(ImportWizard::tr("Preset"), preset);

        // What this school chose before wins, as long as the file still has those columns.
        ColumnMapping initial = ColumnPresets::guess(kind, header);
        for (const ColumnSpec& column : CsvFileKinds::columns(kind)) {
            const auto chosen = remembered.constFind(column.name);
            if (chosen != remembered.cend() && (chosen->isEmpty() || header.contains(*chosen)))
                initial.insert(column.name, *chosen);
        }
        for (const ColumnSpec& column : CsvFileKinds::columns(kind)) {
            auto* choice = new WheelProofComboBox;
            choice->setObjectName(u"map_%1_%2"_s.arg(CsvFileKinds::key(kind), column.name));
            choice->addItem(ImportWizard::tr("(not in the file)"), QString());
            for (const QString& h : header)
                choice->addItem(h, h);
            choice->setCurrentIndex(std::max(0, choice->findData(initial.value(column.name))));
            form->addRow(column.required ? u"%1 *"_s.arg(column.name) : column.name, choice);
            m_choices.insert({kind, column.name}, choice);
            connect(choice, &QComboBox::currentIndexChanged, this, &MappingPage::showMissing);
        }
        connect(preset, &QComboBox::activated, this, [this, kind, header, preset](int index) {
            ColumnMapping mapping = ColumnPresets::guess(kind, header);
            for (const ColumnPreset& p : ColumnPresets::all()) {
                if (index > 0 && p.name == preset->currentText())
                    mapping = p.mappings.value(kind);
            }
            for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
                if (it.key().first == kind)
                    it.value()->setCurrentIndex(
                        std::max(0, it.value()->findData(mapping.value(it.key().second))));
            }
        });
        return box;
    }

    bool isMapped(CsvFileKind kind, const QString& column) const
    {
        const QComboBox* choice = m_choices.value({kind, column});
        return choice && !choice->currentData().toString().isEmpty();
    }

    // "pgn (absenties.csv)" for each required column without a column of the file.
    QStringList missingColumns() const
    {
        QStringList missing;
        for (CsvFileKind kind : CsvFileKinds::all()) {
            const QList<ColumnSpec> columns = CsvFileKinds::columns(kind);
            for (const ColumnSpec& column : columns) {
                if (!m_choices.contains({kind, column.name}))
                    continue; // a file not chosen, or a package's own file
                const bool standIn =
                    std::any_of(columns.cbegin(), columns.cend(), [&](const ColumnSpec& c) {
                        return c.insteadOf == column.name && isMapped(kind, c.name);
                    });
                if (column.required && !isMapped(kind, column.name) && !standIn)
                    missing.append(u"%1 (%2)"_s.arg(column.name, CsvFileKinds::fileName(kind)));
            }
        }
        missing.sort();
        return missing;
    }

    void showMissing()
    {
        const QStringList missing = missingColumns();
        m_missing->setText(
            missing.isEmpty()
                ? QString()
                : ImportWizard::tr("Still to choose: %1.").arg(missing.join(u", "_s)));
        m_missing->setVisible(!missing.isEmpty());
        Q_EMIT completeChanged();
    }

    ImportWizard& m_wizard;
    QWidget* m_content;
    QLabel* m_missing;
    QMap<std::pair<CsvFileKind, QString>, QComboBox*> m_choices;
};

// The first rows of one file as read, for the preview.
struct FilePreview
{
    QString path;
    QStringList header;
    QList<CsvRecord> records;
};

class PreviewPage final : public QWizardPage
{
public:
    // Rows of the chosen file shown in the preview; problems further down are in the list.
    static constexpr int kPreviewRows = 200;

    explicit PreviewPage(ImportWizard& wizard)
        : m_wizard(wizard)
        , m_summary(new QLabel)
        , m_file(new QComboBox)
        , m_table(new QTableWidget)
        , m_converted(new ConvertedSpansTable)
        , m_issues(new QListWidget)
        , m_schoolChanges(new SchoolChangesBox)
        , m_job(new BackgroundJob(wizard.session().database, this))
    {
        setTitle(ImportWizard::tr("Check before importing"));
        setSubTitle(ImportWizard::tr("Nothing has been stored yet. Lines with a problem are "
                                     "marked; fix them in the file and go back to check again."));
        m_summary->setObjectName(u"previewSummary"_s);
        m_summary->setWordWrap(true);
        m_file->setObjectName(u"previewFile"_s);
        m_table->setObjectName(u"previewTable"_s);
        m_issues->setObjectName(u"previewIssues"_s);
        connect(m_file, &QComboBox::currentIndexChanged, this, &PreviewPage::showFile);
        connect(m_job, &BackgroundJob::finished, this, &PreviewPage::showCheck);
        connect(m_schoolChanges, &SchoolChangesBox::agreedChanged, this,
                &PreviewPage::completeChanged);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_schoolChanges, 1);
        layout->addWidget(m_file);
        layout->addWidget(m_table, 2);
        layout->addWidget(m_converted, 2);
        layout->addWidget(m_issues, 1);
    }

    void initializePage() override
    {
        m_outcome = ImportOutcome{};
        m_previews.clear();
        m_issues->clear();
        m_table->setRowCount(0);
        m_converted->setRowCount(0);
        m_file->clear();
        m_schoolChanges->setChanges({});
        m_summary->setText(ImportWizard::tr("Reading and checking the files…"));
        if (m_job->isRunning()) {
            m_recheck = true; // back and forward again quickly: the files may have changed
            return;
        }
        startCheck();
    }

    bool isComplete() const override
    {
        return m_outcome.status == ImportOutcome::Status::Checked && m_schoolChanges->agreed();
    }

private:
    void startCheck()
    {
        const ImportFiles files = m_wizard.files();
        const Clock& clock = m_wizard.session().clock;
        const QString user = m_wizard.session().user;
        m_job->start([this, files, &clock, user](Database& connection, const ProgressCallback&) {
            BackupStore backups(connection, clock);
            m_pendingOutcome = ImportService(connection, backups, user).check(files);
            m_pendingPreviews = previewsOf(files, m_pendingOutcome);
        });
    }

    // A time-range file is shown as converted (its spans come with the outcome), every other
    // file as its first lines.
    static QList<FilePreview> previewsOf(const ImportFiles& files, const ImportOutcome& outcome)
    {
        QList<FilePreview> previews;
        for (CsvFileKind kind : CsvFileKinds::all()) {
            const QString path = files.path(kind);
            if (path.isEmpty())
                continue;
            if (kind == CsvFileKind::Absenties && showsConverted(outcome)) {
                previews.append({path, {}, {}});
                continue;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (kind == CsvFileKind::Leerlingen && outcome.leerlingenFromEdexml) {
                previews.append(rosterPreview(path, file.readAll()));
                continue;
            }
            CsvDocument document = CsvReader::read(file.readAll(), kPreviewRows);
            previews.append({path, document.header, document.records});
        }
        return previews;
    }

    // A roster's leerlingen as leerlingen.csv would hold them, each at the line of its element.
    static FilePreview rosterPreview(const QString& path, const QByteArray& data)
    {
        ImportIssues issues; // the import reported them already
        FilePreview preview{path,
                            {u"pgn"_s, u"achternaam"_s, u"tussenvoegsel"_s, u"voornamen"_s,
                             u"geboortedatum"_s, u"klas"_s, u"leerjaar"_s, u"leerlingnummer"_s,
                             u"inschrijving_van"_s},
                            {}};
        for (const RosterLeerling& entry : EdexmlRoster::read(path, data, issues)) {
            if (preview.records.size() == kPreviewRows)
                break;
            const Leerling& l = entry.leerling;
            preview.records.append(
                {entry.line,
                 {l.pgn, l.lastName, l.infix, l.firstNames, Dates::toIso(l.birthDate), l.klas,
                  l.leerjaar, l.leerlingnummer, Dates::toIso(entry.inschrijving.from)}});
        }
        return preview;
    }

    static bool showsConverted(const ImportOutcome& outcome)
    {
        return outcome.absenceFormat && *outcome.absenceFormat != AbsenceFormat::PerDay;
    }

    void showCheck(const QString& failure)
    {
        if (std::exchange(m_recheck, false)) {
            startCheck();
            return;
        }
        m_outcome = m_pendingOutcome;
        m_previews = m_pendingPreviews;
        const int errors = m_outcome.issues.errorCount();
        const int warnings = int(m_outcome.issues.all().size()) - errors;
        if (!failure.isEmpty())
            m_summary->setText(failure);
        else if (!m_outcome.failure.isEmpty())
            m_summary->setText(m_outcome.failure);
        else if (errors > 0)
            m_summary->setText(
                ImportWizard::tr("%n problem(s) stop the import; nothing will be stored until "
                                 "they are fixed.",
                                 nullptr, errors));
        else
            m_summary->setText(
                ImportWizard::tr("Ready to import %1 leerlingen, %2 contacts, %3 vrijstellingen "
                                 "and %4 absence records (%5 warnings).")
                    .arg(m_outcome.leerlingen)
                    .arg(m_outcome.contacts)
                    .arg(m_outcome.vrijstellingen)
                    .arg(m_outcome.absences)
                    .arg(warnings));
        for (const ImportIssue& issue : m_outcome.issues.all()) {
            auto* item = new QListWidgetItem(issue.toString(), m_issues);
            item->setForeground(ImportIssueMarks::textColour(issue.severity));
        }
        m_schoolChanges->setChanges(m_outcome.schoolChanges);
        // school.json alone has no lines to show.
        m_file->setVisible(!m_previews.isEmpty());
        const QSignalBlocker blocker(m_file);
        for (const FilePreview& preview : m_previews)
            m_file->addItem(QFileInfo(preview.path).fileName(), preview.path);
        showFile();
        Q_EMIT completeChanged();
    }

    void showFile()
    {
        m_table->clear();
        m_table->setRowCount(0);
        const QString path = m_file->currentData().toString();
        const auto preview = std::find_if(m_previews.cbegin(), m_previews.cend(),
                                          [&](const FilePreview& p) { return p.path == path; });
        QList<const ImportIssue*> fileIssues;
        for (const ImportIssue& issue : m_outcome.issues.all()) {
            if (issue.file == path)
                fileIssues.append(&issue);
        }
        const bool converted = path == m_wizard.files().absenties && showsConverted(m_outcome);
        m_table->setVisible(preview != m_previews.cend() && !converted);
        m_converted->setVisible(preview != m_previews.cend() && converted);
        if (preview == m_previews.cend())
            return;
        if (converted) {
            m_converted->setSpans(m_outcome.convertedSpans, fileIssues);
            return;
        }
        QHash<int, QList<const ImportIssue*>> byLine;
        for (const ImportIssue* issue : std::as_const(fileIssues))
            byLine[issue->line].append(issue);
        m_table->setColumnCount(int(preview->header.size()));
        m_table->setHorizontalHeaderLabels(preview->header);
        m_table->setRowCount(int(preview->records.size()));
        QStringList lineNumbers;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const CsvRecord& record = preview->records[row];
            lineNumbers.append(QString::number(record.line));
            for (int column = 0; column < record.fields.size(); ++column) {
                auto* item = new QTableWidgetItem(record.fields[column]);
                ImportIssueMarks::mark(*item, byLine.value(record.line));
                m_table->setItem(row, column, item);
            }
        }
        m_table->setVerticalHeaderLabels(lineNumbers); // the file's own line numbers
        m_table->resizeColumnsToContents();
    }

    ImportWizard& m_wizard;
    QLabel* m_summary;
    QComboBox* m_file;
    QTableWidget* m_table;
    ConvertedSpansTable* m_converted;
    QListWidget* m_issues;
    SchoolChangesBox* m_schoolChanges;
    BackgroundJob* m_job;
    // Written by the job's thread, taken over when it has finished.
    ImportOutcome m_pendingOutcome;
    QList<FilePreview> m_pendingPreviews;
    ImportOutcome m_outcome;
    QList<FilePreview> m_previews;
    bool m_recheck = false;
};

// The transaction makes a stopped import store nothing.
class RunPage final : public QWizardPage
{
public:
    explicit RunPage(ImportWizard& wizard)
        : m_wizard(wizard)
        , m_progress(new QProgressBar)
        , m_summary(new QLabel)
        , m_cancel(new QPushButton(ImportWizard::tr("Stop the import")))
        , m_job(new BackgroundJob(wizard.session().database, this))
    {
        setTitle(ImportWizard::tr("Importing"));
        m_progress->setObjectName(u"importProgress"_s);
        m_summary->setObjectName(u"importSummary"_s);
        m_summary->setWordWrap(true);
        m_cancel->setObjectName(u"importCancel"_s);
        connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::stop);
        connect(m_job, &BackgroundJob::progressed, this, &RunPage::showProgress);
        connect(m_job, &BackgroundJob::finished, this, &RunPage::finish);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_cancel, 0, Qt::AlignLeft);
        layout->addWidget(m_summary, 1);
    }

    void initializePage() override
    {
        m_done = false;
        m_progress->setRange(0, 0);
        m_summary->setText(ImportWizard::tr("A backup is made first; then everything is stored "
                                            "at once, or nothing."));
        m_cancel->setEnabled(true);
        const ImportFiles files = m_wizard.files();
        const Clock& clock = m_wizard.session().clock;
        const QString user = m_wizard.session().user;
        m_job->start(
            [this, files, &clock, user](Database& connection, const ProgressCallback& progress) {
                BackupStore backups(connection, clock);
                m_outcome = ImportService(connection, backups, user).run(files, progress);
            });
    }

    bool isComplete() const override { return m_done; }

private:
    void showProgress(qint64 done, qint64 total)
    {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    }

    void finish(const QString& failure)
    {
        m_done = true;
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 1000);
        if (failure.isEmpty() && m_outcome.status == ImportOutcome::Status::Stored) {
            m_progress->setValue(1000);
            m_summary->setText(
                ImportWizard::tr("Imported: %1 leerlingen, %2 contacts, %3 vrijstellingen, %4 "
                                 "absence records. Signals were recomputed for %5 leerlingen.\n"
                                 "Backup made before the import: %6")
                    .arg(m_outcome.leerlingen)
                    .arg(m_outcome.contacts)
                    .arg(m_outcome.vrijstellingen)
                    .arg(m_outcome.absences)
                    .arg(m_outcome.affectedPgns.size())
                    .arg(m_outcome.backup));
            Q_EMIT m_wizard.imported(m_outcome.affectedPgns);
        } else {
            m_progress->setValue(0);
            const QString why = !failure.isEmpty() ? failure : m_outcome.failure;
            m_summary->setText(why.isEmpty() ? ImportWizard::tr("Nothing was imported.") : why);
        }
        Q_EMIT completeChanged();
    }

    ImportWizard& m_wizard;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    BackgroundJob* m_job;
    ImportOutcome m_outcome; // written by the job's thread, read once it has finished
    bool m_done = false;
};

} // namespace

ImportWizard::ImportWizard(const Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import"));
    setPage(FilesPageId, new FilesPage(*this));
    setPage(MappingPageId, new MappingPage(*this));
    setPage(PreviewPageId, new PreviewPage(*this));
    setPage(RunPageId, new RunPage(*this));
    // Once the import runs, there is no way back to change what is being imported.
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(820, 620);
}

QString ImportWizard::schoolCode() const
{
    const auto school = SchoolRepository(m_session.database).load();
    return school && school->has_value() ? (*school)->instellingscode : QString();
}
