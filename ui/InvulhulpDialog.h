// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "exports/Invulhulp.h"

#include <QDialog>

// The invulhulp beside DUO's verzuimloket: every value of the melding, screen by screen, each with
// a copy button; print or save it as PDF; and, once the loket has saved the melding, enter DUO's
// meldingsnummer here. For a registered melding, the same for a change: only what differs, and a
// confirmation once the loket has saved it.
class InvulhulpDialog : public QDialog
{
    Q_OBJECT

public:
    InvulhulpDialog(const Session& session, const Melding& melding, QWidget* parent = nullptr);
    InvulhulpDialog(const Session& session, Invulhulp help, QWidget* parent = nullptr);

Q_SIGNALS:
    void registered(qint64 meldingId);

private:
    QWidget* screenBox(const Invulhulp::Screen& screen, int& index);
    void copy(const QString& value, int index);
    void savePdf();
    void print();
    void enterMeldingsnummer();
    void confirmChangePassedOn();

    Session m_session;
    qint64 m_meldingId;
    Invulhulp m_help;
};
