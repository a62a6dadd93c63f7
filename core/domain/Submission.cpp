// SPDX-License-Identifier: GPL-3.0-or-later
#include "Submission.h"

#include "util/KeyTable.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kChannels{
    std::pair{SubmissionChannel::Loket, u"loket"},
    std::pair{SubmissionChannel::M2m, u"m2m"},
};

constexpr std::array kStates{
    std::pair{SubmissionState::Waiting, u"wachtend"},
    std::pair{SubmissionState::Sending, u"verzenden"},
    std::pair{SubmissionState::Uncertain, u"onzeker"},
    std::pair{SubmissionState::Accepted, u"geaccepteerd"},
    std::pair{SubmissionState::Rejected, u"afgewezen"},
    std::pair{SubmissionState::Cancelled, u"vervallen"},
};

} // namespace

namespace SubmissionChannels {

QString key(SubmissionChannel channel)
{
    return KeyTable::keyOf(kChannels, channel);
}

std::optional<SubmissionChannel> fromKey(QStringView key)
{
    return KeyTable::valueOf<SubmissionChannel>(kChannels, key);
}

QString displayName(SubmissionChannel channel)
{
    return channel == SubmissionChannel::Loket
               ? QCoreApplication::translate("SubmissionChannel", "verzuimloket")
               : QCoreApplication::translate("SubmissionChannel", "machine-to-machine");
}

} // namespace SubmissionChannels

namespace SubmissionStates {

QString key(SubmissionState state)
{
    return KeyTable::keyOf(kStates, state);
}

std::optional<SubmissionState> fromKey(QStringView key)
{
    return KeyTable::valueOf<SubmissionState>(kStates, key);
}

QString displayName(SubmissionState state)
{
    switch (state) {
    case SubmissionState::Waiting:
        return QCoreApplication::translate("SubmissionState", "waiting");
    case SubmissionState::Sending:
        return QCoreApplication::translate("SubmissionState", "being sent");
    case SubmissionState::Uncertain:
        return QCoreApplication::translate("SubmissionState", "outcome unknown");
    case SubmissionState::Accepted:
        return QCoreApplication::translate("SubmissionState", "accepted");
    case SubmissionState::Rejected:
        return QCoreApplication::translate("SubmissionState", "rejected");
    case SubmissionState::Cancelled:
        return QCoreApplication::translate("SubmissionState", "cancelled");
    }
    return {};
}

QList<SubmissionState> open()
{
    return {SubmissionState::Waiting, SubmissionState::Sending, SubmissionState::Uncertain};
}

} // namespace SubmissionStates

namespace RetryPolicy {

qint64 delaySeconds(int attempts)
{
    constexpr qint64 kFirst = 60;
    constexpr qint64 kMost = 3600;
    const int doublings = std::clamp(attempts - 1, 0, 6);
    return std::min(kFirst << doublings, kMost);
}

} // namespace RetryPolicy
