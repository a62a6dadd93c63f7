// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

// What changed in a database, announced once — by the service that made the change, after its
// transaction committed (Database::announce) — for every screen and model to listen to instead
// of being told by its neighbours. One notifier serves a session: every connection
// Database::openAnotherConnection() makes shares it, so work done on a background thread
// reaches the screens too (queued to their thread, as Qt does across threads).
class ChangeNotifier : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    // Leerlingen added, changed or removed with everything about them (an import, a purge).
    void leerlingenChanged(const QStringList& pgns);
    // A leerling's absence: a day corrected, a period imported.
    void absencesChanged(const QStringList& pgns);
    // A leerling's dossier beside the absence: notes, the consent for the ouders' data.
    void dossierChanged(const QString& pgn);
    // The coordinator's work on a leerling's signal.
    void signalWorkChanged(const QString& pgn);
    // A melding drafted, edited, made ready, registered, withdrawn or closed.
    void meldingChanged(qint64 meldingId);
    // The outbox: a submission queued, sent, answered or moved to another channel.
    void submissionsChanged(qint64 meldingId);
    // The school's settings, calendar or codes.
    void schoolChanged();
    // Members, roles and assignments of a team database.
    void teamChanged();
};
