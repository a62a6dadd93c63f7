// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A note in a leerling's dossier. Notes are never changed afterwards: a correction is a new note,
// so the dossier reads as what was known when.
struct DossierNote
{
    qint64 id = 0;
    QString pgn;
    QString text;
    // The coordinator's personal work note: kept out of the inzage export (AVG art. 15 covers the
    // dossier, not someone's own working notes). Every other note can be read on inzage.
    bool workNote = false;
    QString author;
    QDateTime writtenAt;
};
