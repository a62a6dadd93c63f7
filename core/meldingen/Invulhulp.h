// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Melding.h"
#include "exports/ExportFile.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

// The melding as the coordinator types it into DUO's verzuimloket: screen by screen, in the
// loket's order, each value written the way the loket wants it (DD-MM-JJJJ, Ja/Nee, the loket's
// own soort names). Shown as a window with a copy button per value, and printable.
struct Invulhulp
{
    Q_DECLARE_TR_FUNCTIONS(Invulhulp)

public:
    struct Field
    {
        QString label;
        QString value;
    };
    struct Screen
    {
        QString title;
        QString hint; // what to do on that screen besides typing the values
        QList<Field> fields;
    };

    qint64 meldingId = 0;
    QString leerlingName;
    QString pgn;
    QList<Screen> screens;

    static Invulhulp of(const Melding& melding);
    static QString html(const Invulhulp& invulhulp);
    // Lays it out on the device's pages (footer with the melding and "page x of y").
    static bool print(const Invulhulp& invulhulp, QPagedPaintDevice& device);
    // As a PDF (A4, PDF/A-1b) file.
    static Status writePdf(const Invulhulp& invulhulp, const QString& path, Overwrite overwrite);
};
