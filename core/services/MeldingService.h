// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exports/ExportFile.h"
#include "meldingen/MeldingFields.h"
#include "meldingen/MeldingValidator.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QCoreApplication>

// The life of a melding: drafted from a signal, completed, marked gereed, submitted, registered
// by DUO, followed up, withdrawn. Every change is a new version.
class MeldingService
{
    Q_DECLARE_TR_FUNCTIONS(MeldingService)

public:
    MeldingService(Database& database, const Clock& clock, QString user);

    // What drafting a signal gives: a new concept, or the earlier melding that already covers
    // the signal's whole period (van-signaal-naar-melding §1).
    struct DraftOutcome
    {
        std::optional<Melding> melding;
        qint64 coveredBy = 0;
    };
    // Drafts the melding for the leerling's signal of that soort reached on that day, over the
    // period no earlier melding covers, taking over what the previous melding said.
    Result<DraftOutcome> draft(const QString& pgn, SignalKind kind, const QDate& reachedOn);
    // The same, where a covered signal is an error that names the covering melding.
    Result<Melding> draftFromSignal(const QString& pgn, SignalKind kind, const QDate& reachedOn);
    // A new concept with everything of an earlier melding: for a repeat melding only the dates
    // and hours change.
    Result<Melding> copy(qint64 id);

    Result<Melding> find(qint64 id) const;
    Result<QList<Melding>> all() const;
    Result<QList<Melding>> forLeerling(const QString& pgn) const;
    Result<QList<MeldingVersion>> versions(qint64 id) const;
    Result<Validation> validate(const Melding& melding) const;
    // The melding screen by screen as a PDF for DUO's loket (for a registered melding: the change
    // still to pass on); recorded in the audit trail, since it carries the leerling's and the
    // parents' data out of the program.
    Status writeInvulhulp(qint64 id, const QString& path, Overwrite overwrite) const;

    // Saves what differs between `basedOn` (the version the user started from, e.g. an open
    // editor's) and `edited` as one new version: only fields a person may set, and while the
    // melding is at DUO only those DUO accepts changes to. When someone else saved the melding
    // meanwhile, nothing is saved and the error says so (optimistic locking). Nothing differing,
    // nothing is saved.
    Result<Melding> saveEdit(const Melding& basedOn, const Melding& edited);
    // The command line's `--zet veld=waarde`: fields set from text on the stored melding, then
    // saved as saveEdit does.
    Result<Melding> setFields(qint64 id, const QList<std::pair<QString, QString>>& changes);
    // concept → gereed (only without fouten) → ingediend → …; see the loket's statuses.
    Result<Melding> setStatus(qint64 id, MeldingStatus status);
    // Records DUO's meldingsnummer: the melding is then Geregistreerd.
    Result<Melding> registerAtDuo(qint64 id, const QString& meldingsnummer);
    // DUO's time limits: "geen inschrijving" only for meldingen starting on or after 1 August of
    // the current schooljaar; "foutief/onterecht opgevoerd" up to one year back.
    Result<Melding> withdraw(qint64 id, WithdrawalReason reason);

    // Writes the Geregistreerd version with DUO's meldingsnummer, closes its outbox entry and marks
    // its signal gemeld; `how` says where the number came from. Call inside a transaction.
    Result<Melding> writeRegistration(Melding melding, const QString& meldingsnummer,
                                      const QString& how);
    // Writes the next version and keeps the outbox in step with its status. Call inside a
    // transaction.
    Result<Melding> update(const Melding& melding);

private:
    Result<Melding> save(Melding melding);
    // A changed melding's next version (a gereed one goes back to concept).
    Result<Melding> saveChanged(Melding melding);
    static Status requireChangeable(const Melding& melding, const QString& key);
    static bool onlySendAlongDiffers(const Melding& a, const Melding& b);
    // The audit trail's entry for a melding written now; inside the caller's transaction when
    // there is one.
    // `destination`: the file the melding's data went to, when it left the program.
    Status record(const QString& action, const Melding& melding,
                  const QString& destination = {}) const;
    Result<MeldingContext> contextFor(const Melding& melding) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_user;
};
