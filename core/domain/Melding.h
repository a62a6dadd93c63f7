// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Leerling.h"
#include "domain/Signal.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// DUO's "vermoedelijke soort verzuim" (verzuimloket, screen Melding).
enum class MeldingSoort
{
    SixteenHours,
    SixteenHoursAdult,
    Lrv,
    Rmc,
    Overig,
    Luxe
};

namespace MeldingSoorten {
QString key(MeldingSoort soort); // 16UUR, 16UUR_18PLUS, LRV, RMC_18PLUS, OVERIG, LUXE
std::optional<MeldingSoort> fromKey(QStringView key);
QString loketName(MeldingSoort soort); // the loket's own wording, e.g. "16 uren per 4 weken 18-"
bool forMinors(MeldingSoort soort);    // only under 18
bool forAdults(MeldingSoort soort);    // only from 18
bool needsEndDate(MeldingSoort soort); // DUO: einddatum required for 16 uur
} // namespace MeldingSoorten

// Where a melding is in its life: ours until submitted, then DUO's statuses.
enum class MeldingStatus
{
    Concept,
    Gereed,
    Ingediend,
    Geregistreerd,
    InBehandeling,
    Afgesloten,
    TerKennisgevingAangenomen,
    Ingetrokken,
};

namespace MeldingStatuses {
QString key(MeldingStatus status); // concept, gereed, ingediend, geregistreerd, …
std::optional<MeldingStatus> fromKey(QStringView key);
QString displayName(MeldingStatus status); // translated
// Open at DUO: the melding can still be changed or withdrawn there.
bool isOpenAtDuo(MeldingStatus status);
// Ours to change freely (not yet with DUO).
bool isDraft(MeldingStatus status);
// Done with: afgesloten, ter kennisgeving aangenomen or ingetrokken. Every other status keeps
// the leerling in a verzuimmedewerker's scope.
QList<MeldingStatus> closed();
// Which status may follow which (verzuimloket: statuses set by the school and the gemeente).
// Withdrawal has its own rules (MeldingService::withdraw).
bool canBecome(MeldingStatus from, MeldingStatus to);
} // namespace MeldingStatuses

// DUO's reasons to withdraw a melding.
enum class WithdrawalReason
{
    GeenInschrijving,
    FoutiefOpgevoerd,
    OnterechtOpgevoerd
};

namespace WithdrawalReasons {
QString key(WithdrawalReason reason); // geen_inschrijving, foutief_opgevoerd, onterecht_opgevoerd
std::optional<WithdrawalReason> fromKey(QStringView key);
QList<WithdrawalReason> all();
QString displayName(WithdrawalReason reason); // translated, as the loket words it
} // namespace WithdrawalReasons

// The school's own contact for the leerplichtambtenaar (contactpersoon school).
struct SchoolContact
{
    QString name;
    QString function; // functie
    QString phone;
    QString email;
    QString user; // the Verzuimdesk user this entry belongs to, for the default
    bool isDefault = false;

    friend bool operator==(const SchoolContact&, const SchoolContact&) = default;
};

// A leslocatie with its RIO codes.
struct SchoolLocation
{
    QString name;
    QString onderwijsaanbiedercode; // OAC
    QString onderwijslocatiecode;   // OLC

    friend bool operator==(const SchoolLocation&, const SchoolLocation&) = default;
};

struct MeldingContact
{
    QString name;
    QString relation;
    QString phone;
    QString email;
    bool send = false;   // meesturen
    bool secret = false; // geheim in the school's records: never sent along

    friend bool operator==(const MeldingContact&, const MeldingContact&) = default;
};

// One verzuimdag of the melding (screen Lesuren): the whole day or a number of lesuren.
struct VerzuimDag
{
    QDate date;
    bool wholeDay = false;
    int lesuren = 0;
    int minutes = 0;

    friend bool operator==(const VerzuimDag&, const VerzuimDag&) = default;
};

struct Melding
{
    qint64 id = 0;
    int version = 0;
    QString pgn;
    QString leerlingName; // as registered, for lists and feedback that names the leerling
    MeldingStatus status = MeldingStatus::Concept;

    // Screen Melding.
    MeldingSoort soort = MeldingSoort::SixteenHours;
    QString verbijzondering; // Overig: vermoedelijk ongeoorloofd / mogelijk langdurig ziek
    QDate startDate;
    QDate endDate;
    QString reason; // vermoedelijke reden
    bool allLessonsMissed = false;
    QString absenceNote; // toelichting verzuim
    bool actionWanted = true;
    QString actionNote; // toelichting actie gewenst (required when no action is wanted)
    bool priority = false;
    QString onderwijsaanbiedercode;
    QString onderwijslocatiecode;
    QString onderwijslocatie;
    SchoolContact schoolContact;

    // Screen Leerling.
    QString leerlingPhone;
    QString leerlingEmail;
    QList<MeldingContact> contacts;
    Address differentAddress; // afwijkend adres

    // Screens Lesuren and Acties.
    QList<VerzuimDag> days;
    QStringList actions; // ondernomen acties (keys, see MeldingActions)
    QString otherAction; // "anders, namelijk"
    QString actionsNote; // toelichting ondernomen actie

    // After submission.
    QString duoNumber; // meldingsnummer
    QString handler;   // behandelaar at the municipality
    QString feedback;  // toelichting of the municipality
    std::optional<WithdrawalReason> withdrawal;
    bool verzuimstaatAttached = false;
    // The version whose content DUO has: the one registered, or the last change passed on.
    // A later version that differs in what the loket shows is a change still to submit.
    int duoVersion = 0;

    // Provenance.
    std::optional<SignalKey> signal;
    // The signal's bereikt_op: the one date that decides 18- or 18+ (van-signaal-naar-melding §4).
    QDate signalReachedOn;
    qint64 copiedFrom = 0;

    friend bool operator==(const Melding&, const Melding&) = default;
};

// The loket's list of ondernomen acties.
namespace MeldingActions {
QStringList
keys(); // brief, telefonisch, contact_ouders, gesprek, ingehaald, ib, zat, instantie, anders
QString displayName(const QString& key); // translated
} // namespace MeldingActions

// A melding as stored at one moment, with who saved it.
struct MeldingVersion
{
    int version = 0;
    Melding melding;
    QString savedBy;
    QDateTime savedAt;
};
