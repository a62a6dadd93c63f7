// SPDX-License-Identifier: GPL-3.0-or-later
#include "Signal.h"

#include <QCoreApplication>

#include <array>

namespace {

struct KindKey
{
    SignalKind kind;
    const char16_t* key;
};

constexpr std::array kKeys{
    KindKey{SignalKind::SixteenHours, u"16UUR"},
    KindKey{SignalKind::SixteenHoursAdult, u"16UUR_18PLUS"},
    KindKey{SignalKind::Lrv, u"LRV"},
    KindKey{SignalKind::Rmc, u"RMC_18PLUS"},
    KindKey{SignalKind::Luxe, u"LUXE"},
    KindKey{SignalKind::Preventive, u"PREVENTIEF"},
    KindKey{SignalKind::Late, u"TE_LAAT"},
    KindKey{SignalKind::SickMazl, u"ZIEK_MAZL"},
};

} // namespace

namespace SignalKinds {

QString key(SignalKind kind)
{
    for (const auto& entry : kKeys) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.key);
    }
    Q_UNREACHABLE();
    return {};
}

bool keyLess(SignalKind a, SignalKind b)
{
    // The keys' alphabetical ranks, worked out once: sorting 150,000 signals compared strings.
    static const std::array<int, kKeys.size()> ranks = [] {
        std::array<int, kKeys.size()> result{};
        for (size_t i = 0; i < kKeys.size(); ++i) {
            for (const KindKey& other : kKeys)
                result[i] += QStringView(other.key) < QStringView(kKeys[i].key) ? 1 : 0;
        }
        return result;
    }();
    const auto rank = [](SignalKind kind) {
        for (size_t i = 0; i < kKeys.size(); ++i) {
            if (kKeys[i].kind == kind)
                return ranks[i];
        }
        return 0;
    };
    return rank(a) < rank(b);
}

std::optional<SignalKind> fromKey(QStringView key)
{
    for (const auto& entry : kKeys) {
        if (key.compare(QStringView(entry.key), Qt::CaseInsensitive) == 0)
            return entry.kind;
    }
    return std::nullopt;
}

QString displayName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::SixteenHours:
        return QCoreApplication::translate("SignalKind", "16 hours in 4 weeks");
    case SignalKind::SixteenHoursAdult:
        return QCoreApplication::translate("SignalKind", "16 hours in 4 weeks (18+)");
    case SignalKind::Lrv:
        return QCoreApplication::translate("SignalKind", "Long-term relative absence");
    case SignalKind::Rmc:
        return QCoreApplication::translate("SignalKind", "Doorstroompunt (RMC), 18+");
    case SignalKind::Luxe:
        return QCoreApplication::translate("SignalKind", "Luxury absence");
    case SignalKind::Preventive:
        return QCoreApplication::translate("SignalKind", "Preventive");
    case SignalKind::Late:
        return QCoreApplication::translate("SignalKind", "Lateness");
    case SignalKind::SickMazl:
        return QCoreApplication::translate("SignalKind", "Worrying sick leave (M@ZL)");
    }
    Q_UNREACHABLE();
    return {};
}

bool isLegal(SignalKind kind)
{
    return kind == SignalKind::SixteenHours || kind == SignalKind::SixteenHoursAdult ||
           kind == SignalKind::Lrv || kind == SignalKind::Rmc;
}

bool hasReportingDeadline(SignalKind kind)
{
    return kind == SignalKind::SixteenHours || kind == SignalKind::Lrv || kind == SignalKind::Rmc ||
           kind == SignalKind::Luxe;
}

} // namespace SignalKinds

namespace SignalStatuses {

QString key(SignalStatus status)
{
    switch (status) {
    case SignalStatus::New:
        return QStringLiteral("nieuw");
    case SignalStatus::InProgress:
        return QStringLiteral("in_behandeling");
    case SignalStatus::Reported:
        return QStringLiteral("gemeld");
    case SignalStatus::NotReported:
        return QStringLiteral("niet_melden");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SignalStatus> fromKey(QStringView key)
{
    for (SignalStatus status : {SignalStatus::New, SignalStatus::InProgress, SignalStatus::Reported,
                                SignalStatus::NotReported}) {
        if (key.compare(SignalStatuses::key(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString displayName(SignalStatus status)
{
    switch (status) {
    case SignalStatus::New:
        return QCoreApplication::translate("SignalStatus", "new");
    case SignalStatus::InProgress:
        return QCoreApplication::translate("SignalStatus", "in progress");
    case SignalStatus::Reported:
        return QCoreApplication::translate("SignalStatus", "reported");
    case SignalStatus::NotReported:
        return QCoreApplication::translate("SignalStatus", "not to be reported");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace SignalStatuses
