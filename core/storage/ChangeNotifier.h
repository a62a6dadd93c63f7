// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaMethod>
#include <QObject>
#include <QStringList>
#include <QVariantList>

#include <type_traits>

class ChangeNotifier;

// One announced change: a signal of the notifier with its argument. A transaction keeps its
// changes until it commits; a team database's other programs receive them as a message.
struct Announcement
{
    QMetaMethod signal;
    QVariantList arguments;

    // For example `Announcement::of(&ChangeNotifier::meldingChanged, id)`.
    template <typename... Parameters, typename... Values>
    static Announcement of(void (ChangeNotifier::*change)(Parameters...), Values... values)
    {
        static_assert(sizeof...(Parameters) <= 1, "a change has at most one argument");
        return {QMetaMethod::fromSignal(change),
                {QVariant::fromValue(std::decay_t<Parameters>(values))...}};
    }
};

// What changed in a database, announced once — by the service that made the change, after its
// transaction committed (Database::announce) — for every screen and model to listen to instead
// of being told by its neighbours. One notifier serves a session: every connection
// Database::openAnotherConnection() makes shares it, so work done on a background thread
// reaches the screens too (queued to their thread, as Qt does across threads). What other
// programs commit arrives through a ChangeListener.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    ChangeNotifier();

    // Emits the change's signal.
    void deliver(const Announcement& change);
    // The change as a message to other programs (JSON, naming this session); empty when it would
    // be longer than `limit` bytes.
    QByteArray message(const Announcement& change, qsizetype limit) const;
    // Delivers a message of another program; one of this session, which was delivered when it
    // was committed, is ignored. A message this program cannot read (a newer program's, a
    // damaged one) is delivered as changedElsewhere().
    void deliverMessage(const QByteArray& message);

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
    // Another program committed to the database without saying what (SQLite tells only that
    // something changed, and a change too long for a message is sent as this): anything shown
    // may be out of date.
    void changedElsewhere();

private:
    QString m_session; // tells this session's messages from other programs'
};
