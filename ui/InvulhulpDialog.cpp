// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvulhulpDialog.h"

#include "DuoRegistration.h"
#include "MessageBox.h"
#include "services/DuoChangeService.h"
#include "services/MeldingService.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InvulhulpDialog::InvulhulpDialog(const Session& session, const Melding& melding, QWidget* parent)
    : InvulhulpDialog(session, Invulhulp::of(melding), parent)
{
}

InvulhulpDialog::InvulhulpDialog(const Session& session, Invulhulp help, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_meldingId(help.meldingId)
    , m_help(std::move(help))
{
    setObjectName(u"invulhulpDialog"_s);
    setWindowTitle(
        m_help.isChange()
            ? tr("Invulhulp for a change — melding %1, %2")
                  .arg(m_meldingId)
                  .arg(m_help.leerlingName)
            : tr("Invulhulp — melding %1, %2").arg(m_meldingId).arg(m_help.leerlingName));
    resize(620, 720);

    auto* content = new QWidget;
    auto* screens = new QVBoxLayout(content);
    int index = 0;
    for (const Invulhulp::Screen& screen : std::as_const(m_help.screens))
        screens->addWidget(screenBox(screen, index));
    screens->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    const auto add = [&](const QString& text, const QString& name, auto slot) {
        auto* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
    };
    if (m_help.isChange())
        add(tr("Change passed on…"), u"invulhulpChangePassedOn"_s,
            &InvulhulpDialog::confirmChangePassedOn);
    else
        add(tr("Meldingsnummer…"), u"invulhulpRegister"_s, &InvulhulpDialog::enterMeldingsnummer);
    add(tr("Save as PDF…"), u"invulhulpSavePdf"_s, &InvulhulpDialog::savePdf);
    add(tr("Print…"), u"invulhulpPrint"_s, &InvulhulpDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Open the verzuimloket in Mijn DUO and copy each value into the "
                                "field of the same name."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

QWidget* InvulhulpDialog::screenBox(const Invulhulp::Screen& screen, int& index)
{
    auto* box = new QGroupBox(screen.title);
    auto* form = new QFormLayout(box);
    if (!screen.hint.isEmpty()) {
        auto* hint = new QLabel(screen.hint);
        hint->setWordWrap(true);
        hint->setStyleSheet(u"color: #55606b;"_s);
        form->addRow(hint);
    }
    for (const Invulhulp::Field& field : screen.fields) {
        const int i = index++;
        auto* value = new QLineEdit(field.value);
        value->setObjectName(u"invulhulpValue_%1"_s.arg(i));
        value->setReadOnly(true);
        value->setCursorPosition(0);
        if (screen.changes)
            value->setPlaceholderText(tr("(clear the field)"));
        auto* copyButton = new QPushButton(tr("Copy"));
        copyButton->setObjectName(u"invulhulpCopy_%1"_s.arg(i));
        copyButton->setToolTip(tr("Copies \"%1\" to the clipboard").arg(field.label));
        connect(copyButton, &QPushButton::clicked, this,
                [this, v = field.value, i] { copy(v, i); });
        auto* row = new QHBoxLayout;
        row->addWidget(value, 1);
        if (screen.changes) {
            // What DUO has now, so the coordinator sees the loket's field is the one to change.
            auto* previous = new QLabel(
                tr("was: %1").arg(field.previous.isEmpty() ? tr("(empty)") : field.previous));
            previous->setObjectName(u"invulhulpPrevious_%1"_s.arg(i));
            previous->setStyleSheet(u"color: #55606b;"_s);
            row->addWidget(previous);
        }
        row->addWidget(copyButton);
        form->addRow(field.label, row);
    }
    return box;
}

void InvulhulpDialog::copy(const QString& value, int index)
{
    QGuiApplication::clipboard()->setText(value);
    // The button says what happened, so the coordinator sees which values are done.
    if (auto* button = findChild<QPushButton*>(u"invulhulpCopy_%1"_s.arg(index)))
        button->setText(tr("Copied ✓"));
}

void InvulhulpDialog::savePdf()
{
    const QString path =
        MessageBox::askSaveFile(this, tr("Save the invulhulp"),
                                tr("invulhulp-melding-%1.pdf").arg(m_meldingId), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // The save dialog has asked before replacing a file.
    // Written from the melding as stored now (and recorded in the audit trail), which is what
    // the dialog shows unless someone changed it since it opened.
    const MeldingService meldingen(m_session.database, m_session.clock, m_session.user);
    if (Status written = meldingen.writeInvulhulp(m_meldingId, path, Overwrite::Allow); !written)
        MessageBox::warning(this, tr("Invulhulp"), written.error());
}

void InvulhulpDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!Invulhulp::print(m_help, printer))
        MessageBox::warning(this, tr("Invulhulp"), tr("The invulhulp could not be printed."));
}

void InvulhulpDialog::enterMeldingsnummer()
{
    if (!DuoRegistration::ask(this, m_session, m_meldingId, m_help.leerlingName))
        return;
    Q_EMIT this->registered(m_meldingId);
    accept();
}

void InvulhulpDialog::confirmChangePassedOn()
{
    const QString question = tr("Has the verzuimloket saved the change to melding %1 (%2)?")
                                 .arg(m_help.meldingsnummer, m_help.leerlingName);
    if (MessageBox::question(this, tr("Change passed on"), question) != MessageBox::Answer::Yes)
        return;
    const auto passedOn = DuoChangeService(m_session.database, m_session.clock, m_session.user)
                              .confirmPassedOn(m_meldingId);
    if (!passedOn) {
        MessageBox::critical(this, tr("Change passed on"), passedOn.error());
        return;
    }
    accept();
}
