// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "exports/ExportFile.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

// The melding as the coordinator types it into DUO's verzuimloket: screen by screen, in the
// loket's order, each value written the way the loket wants it (DD-MM-JJJJ, Ja/Nee, the loket's
// own soort names). Shown as a window with a copy button per value, and printable.
//
// For a melding DUO has registered, the invulhulp of a change: only the values that differ from
// the version DUO has, each with the value it replaces (van-signaal-naar-melding §2 and §6).
struct Invulhulp
{
    Q_DECLARE_TR_FUNCTIONS(Invulhulp)

public:
    struct Field
    {
        QString label;
        QString value; // in a change: the new value, empty where the loket's field is cleared
        QString previous = {}; // in a change: the value DUO has now
    };
    struct Screen
    {
        QString title;
        QString hint; // what to do on that screen besides typing the values
        QList<Field> fields;
        bool changes = false; // the fields are changes, each beside the value DUO has
    };

    qint64 meldingId = 0;
    QString leerlingName;
    QString pgn;
    QString meldingsnummer; // a change: DUO's number of the melding to change
    QList<Screen> screens;

    bool isChange() const { return !meldingsnummer.isEmpty(); }

    static Invulhulp of(const Melding& melding);
    // The change from `atDuo` to `now`, screen by screen; no screens when the loket would show
    // the same values (a new status or the gemeente's feedback is nothing to pass on).
    static Invulhulp ofChange(const Melding& atDuo, const Melding& now);
    static QString html(const Invulhulp& invulhulp);
    // Lays it out on the device's pages (footer with the melding and "page x of y").
    static bool print(const Invulhulp& invulhulp, QPagedPaintDevice& device);
    // As a PDF (A4, PDF/A-1b) file.
    static Status writePdf(const Invulhulp& invulhulp, const QString& path, Overwrite overwrite);
};
