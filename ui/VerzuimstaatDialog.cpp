// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerzuimstaatDialog.h"

#include "BackgroundJob.h"
#include "MessageBox.h"
#include "exports/VerzuimstaatPdf.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VerzuimstaatDialog::VerzuimstaatDialog(const Session& session, const QStringList& pgns,
                                       const VerzuimstaatService::Period& period, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_pgns(pgns)
    , m_from(new QDateEdit(period.from))
    , m_to(new QDateEdit(period.to))
    , m_includeAuthorised(new QCheckBox(tr("Include geoorloofd absence (ziek, verlof, schorsing)")))
    , m_authorisedWarning(new QLabel)
    , m_onePdf(new QRadioButton(tr("One PDF with every verzuimstaat")))
    , m_perLeerling(new QRadioButton(tr("A PDF per leerling, in a folder")))
    , m_preview(new QPushButton(tr("Print preview…")))
    , m_save(new QPushButton(tr("Save as PDF…")))
    , m_stop(new QPushButton(tr("Stop")))
    , m_progress(new QProgressBar)
    , m_summary(new QLabel)
    , m_job(new BackgroundJob(session.database, this))
{
    setObjectName(u"verzuimstaatDialog"_s);
    setWindowTitle(pgns.size() == 1
                       ? tr("Verzuimstaat")
                       : tr("Verzuimstaten for %n leerlingen", nullptr, int(pgns.size())));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd-MM-yyyy"_s);
    }
    m_from->setObjectName(u"staatFrom"_s);
    m_to->setObjectName(u"staatTo"_s);
    m_includeAuthorised->setObjectName(u"staatIncludeAuthorised"_s);
    m_includeAuthorised->setChecked(period.includeAuthorised);
    m_authorisedWarning->setObjectName(u"staatAuthorisedWarning"_s);
    m_authorisedWarning->setWordWrap(true);
    m_authorisedWarning->setText(
        tr("Sending geoorloofd absence without need is a data leak under the AVG. Include it "
           "only when the leerplichtambtenaar asks for it; the statement will say so."));
    m_authorisedWarning->setStyleSheet(u"color: #8a5a00;"_s);
    m_authorisedWarning->setVisible(period.includeAuthorised);
    connect(m_includeAuthorised, &QCheckBox::toggled, m_authorisedWarning, &QLabel::setVisible);
    m_onePdf->setObjectName(u"staatOnePdf"_s);
    m_perLeerling->setObjectName(u"staatPerLeerling"_s);
    m_onePdf->setChecked(true);
    m_preview->setObjectName(u"staatPreview"_s);
    m_save->setObjectName(u"staatSave"_s);
    m_stop->setObjectName(u"staatStop"_s);
    m_progress->setObjectName(u"staatProgress"_s);
    m_summary->setObjectName(u"staatSummary"_s);
    m_summary->setWordWrap(true);
    m_stop->hide();
    m_progress->hide();
    connect(m_preview, &QPushButton::clicked, this, &VerzuimstaatDialog::showPreview);
    connect(m_save, &QPushButton::clicked, this, &VerzuimstaatDialog::save);
    connect(m_stop, &QPushButton::clicked, m_job, &BackgroundJob::stop);
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_job, &BackgroundJob::finished, this, &VerzuimstaatDialog::finishSaving);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_includeAuthorised);
    layout->addWidget(m_authorisedWarning);
    layout->addWidget(m_onePdf);
    layout->addWidget(m_perLeerling);
    m_onePdf->setVisible(pgns.size() > 1); // one leerling: one file
    m_perLeerling->setVisible(pgns.size() > 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_preview);
    actions->addWidget(m_save);
    actions->addWidget(m_stop);
    actions->addStretch();
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
}

VerzuimstaatService::Period VerzuimstaatDialog::period() const
{
    return {m_from->date(), m_to->date(), m_includeAuthorised->isChecked()};
}

void VerzuimstaatDialog::paint(QPagedPaintDevice& device)
{
    VerzuimstaatPages pages(device);
    const Status drawn = VerzuimstaatService(m_session.database, m_session.clock, m_session.user)
                             .draw(m_pgns, period(), pages);
    if (!drawn)
        m_summary->setText(drawn.error());
    pages.finish();
}

void VerzuimstaatDialog::showPreview()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    auto* preview = new QPrintPreviewDialog(printer, this);
    preview->setObjectName(u"staatPreviewDialog"_s);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QObject::destroyed, this, [printer] { delete printer; });
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter* target) { paint(*target); });
    preview->resize(900, 1000);
    preview->open(); // printing is the preview's own Print button
}

void VerzuimstaatDialog::save()
{
    const VerzuimstaatService::Period chosen = period();
    const bool perLeerling = m_pgns.size() > 1 && m_perLeerling->isChecked();
    const QString target =
        perLeerling ? MessageBox::askFolder(this, tr("Folder for the verzuimstaten"))
                    : MessageBox::askSaveFile(this, tr("Save the verzuimstaat"),
                                              QDir::home().filePath(tr("verzuimstaat.pdf")),
                                              tr("PDF (*.pdf)"));
    if (target.isEmpty())
        return;
    m_preview->setEnabled(false);
    m_save->setEnabled(false);
    m_stop->show();
    m_progress->show();
    m_progress->setRange(0, int(m_pgns.size()));
    m_progress->setValue(0);
    m_summary->setText(tr("Making the verzuimstaten…"));
    m_jobFailure.clear();
    m_written.clear();
    const QStringList pgns = m_pgns;
    const Clock& clock = m_session.clock;
    const QString user = m_session.user;
    m_job->start([=, this, &clock](Database& connection, const ProgressCallback& progress) {
        const VerzuimstaatService service(connection, clock, user);
        if (perLeerling) {
            // Files in a folder the user picked are new names; existing ones are not replaced.
            const auto written =
                service.writeEach(pgns, chosen, target, Overwrite::Refuse, progress);
            m_written = written ? *written : QStringList();
            m_jobFailure = written ? QString() : written.error();
        } else {
            // The save dialog has asked before replacing a file.
            const Status written =
                service.writeOne(pgns, chosen, target, Overwrite::Allow, progress);
            m_written = written ? QStringList{target} : QStringList();
            m_jobFailure = written ? QString() : written.error();
        }
    });
}

void VerzuimstaatDialog::finishSaving(const QString& failure)
{
    m_preview->setEnabled(true);
    m_save->setEnabled(true);
    m_stop->hide();
    const QString problem = !failure.isEmpty() ? failure : m_jobFailure;
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    m_summary->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(m_written.join(u", "_s))));
}
