// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// The soorten of verzuimregels §4. Legal ones lead to a DUO melding; school ones stay inside.
enum class SignalKind
{
    SixteenHours,      // 16UUR
    SixteenHoursAdult, // 16UUR_18PLUS
    Lrv,               // LRV
    Rmc,               // RMC_18PLUS
    Luxe,              // LUXE
    Preventive,        // PREVENTIEF
    Late,              // TE_LAAT
    SickMazl,          // ZIEK_MAZL
};

namespace SignalKinds {
QString key(SignalKind kind); // the spec's soort, e.g. "16UUR"
std::optional<SignalKind> fromKey(QStringView key);
bool keyLess(SignalKind a, SignalKind b);   // key(a) < key(b), without building the strings
QString displayName(SignalKind kind);       // translated
bool isLegal(SignalKind kind);              // 16UUR, 16UUR_18PLUS, LRV, RMC_18PLUS
bool hasReportingDeadline(SignalKind kind); // 16UUR, LRV, RMC_18PLUS, LUXE
} // namespace SignalKinds

// A count in the unit the rule counts in: clock minutes (po, mbo), lesuren (vo) or occurrences.
struct Quantity
{
    enum class Unit
    {
        Minutes,
        Lesuren,
        Count
    };
    Unit unit = Unit::Count;
    int value = 0;

    // In "uren" as the spec prints them: hours for minutes, the plain number otherwise.
    double inHours() const { return unit == Unit::Minutes ? value / 60.0 : value; }
    bool isFractional() const { return unit == Unit::Minutes; }

    friend bool operator==(const Quantity&, const Quantity&) = default;
};

struct Signal
{
    QString pgn;
    SignalKind kind = SignalKind::SixteenHours;
    QDate reachedOn;      // bereikt_op
    QDate startDate;      // begindatum
    QDate endDate;        // einddatum; invalid where it does not apply
    Quantity hours;       // uren
    QDate reportDeadline; // uiterste_meld_datum; invalid where not legally required
    // LRV, RMC_18PLUS, LUXE: the run's last lesdag once the run has ended by the peildatum
    // (the einddatum its melding needs, van-signaal-naar-melding §2); invalid while it lasts.
    // Not part of the spec's output shape.
    QDate runEnd;

    friend bool operator==(const Signal&, const Signal&) = default;
};
// QList moves signals with memmove when it grows (a large school has 150,000).
Q_DECLARE_TYPEINFO(Signal, Q_RELOCATABLE_TYPE);

// A signal's stable identity: the coordinator's work on it survives recomputation. The level
// tells TE_LAAT signals of one schooljaar apart (they share their begindatum); it is 0 otherwise.
struct SignalKey
{
    QString pgn;
    SignalKind kind = SignalKind::SixteenHours;
    QDate startDate;
    int level = 0;

    static SignalKey of(const Signal& s)
    {
        return {s.pgn, s.kind, s.startDate, s.kind == SignalKind::Late ? s.hours.value : 0};
    }
    friend bool operator==(const SignalKey&, const SignalKey&) = default;
};

inline size_t qHash(const SignalKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.pgn, static_cast<int>(key.kind), key.startDate, key.level);
}

// What the coordinator did with a signal.
enum class SignalStatus
{
    New,
    InProgress,
    Reported,
    NotReported
};

namespace SignalStatuses {
QString key(SignalStatus status); // nieuw, in_behandeling, gemeld, niet_melden
std::optional<SignalStatus> fromKey(QStringView key);
QString displayName(SignalStatus status); // translated
// Still to be dealt with: nieuw or in behandeling.
inline bool isOpen(SignalStatus status)
{
    return status == SignalStatus::New || status == SignalStatus::InProgress;
}
} // namespace SignalStatuses

struct SignalWork
{
    SignalStatus status = SignalStatus::New;
    QString reason;    // required for NotReported
    QString changedBy; // who
    QDateTime changedAt;

    friend bool operator==(const SignalWork&, const SignalWork&) = default;
};

// A signal as the coordinator sees it: with its work and whether its deadline has passed.
struct TrackedSignal
{
    Signal signal;
    SignalWork work;

    // The reporting deadline has passed and the signal was neither reported nor set aside.
    bool isOverdue(const QDate& today) const
    {
        return signal.reportDeadline.isValid() && today > signal.reportDeadline &&
               SignalStatuses::isOpen(work.status);
    }

    friend bool operator==(const TrackedSignal&, const TrackedSignal&) = default;
};
