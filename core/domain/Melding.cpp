// SPDX-License-Identifier: GPL-3.0-or-later
#include "Melding.h"

#include "util/KeyTable.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kSoortKeys{
    std::pair{MeldingSoort::SixteenHours, u"16UUR"},
    std::pair{MeldingSoort::SixteenHoursAdult, u"16UUR_18PLUS"},
    std::pair{MeldingSoort::Lrv, u"LRV"},
    std::pair{MeldingSoort::Rmc, u"RMC_18PLUS"},
    std::pair{MeldingSoort::Overig, u"OVERIG"},
    std::pair{MeldingSoort::Luxe, u"LUXE"},
};

// The loket's own names (verzuimloket handleiding, scherm Melding).
constexpr std::array kSoortLoketNames{
    std::pair{MeldingSoort::SixteenHours, u"16 uren per 4 weken 18-"},
    std::pair{MeldingSoort::SixteenHoursAdult, u"16 uren per 4 weken 18+"},
    std::pair{MeldingSoort::Lrv, u"Langdurig relatief verzuim 18-"},
    std::pair{MeldingSoort::Rmc, u"RMC verzuim 18+"},
    std::pair{MeldingSoort::Overig, u"Overig verzuim"},
    std::pair{MeldingSoort::Luxe, u"Luxeverzuim"},
};

constexpr std::array kStatuses{
    std::pair{MeldingStatus::Concept, u"concept"},
    std::pair{MeldingStatus::Gereed, u"gereed"},
    std::pair{MeldingStatus::Ingediend, u"ingediend"},
    std::pair{MeldingStatus::Geregistreerd, u"geregistreerd"},
    std::pair{MeldingStatus::InBehandeling, u"in_behandeling"},
    std::pair{MeldingStatus::Afgesloten, u"afgesloten"},
    std::pair{MeldingStatus::TerKennisgevingAangenomen, u"ter_kennisgeving_aangenomen"},
    std::pair{MeldingStatus::Ingetrokken, u"ingetrokken"},
};

constexpr std::array kWithdrawals{
    std::pair{WithdrawalReason::GeenInschrijving, u"geen_inschrijving"},
    std::pair{WithdrawalReason::FoutiefOpgevoerd, u"foutief_opgevoerd"},
    std::pair{WithdrawalReason::OnterechtOpgevoerd, u"onterecht_opgevoerd"},
};

} // namespace

namespace MeldingSoorten {

QString key(MeldingSoort soort)
{
    return KeyTable::keyOf(kSoortKeys, soort);
}

std::optional<MeldingSoort> fromKey(QStringView key)
{
    return KeyTable::valueOf<MeldingSoort>(kSoortKeys, key);
}

QString loketName(MeldingSoort soort)
{
    return KeyTable::keyOf(kSoortLoketNames, soort);
}

bool forMinors(MeldingSoort soort)
{
    return soort == MeldingSoort::SixteenHours || soort == MeldingSoort::Lrv;
}

bool forAdults(MeldingSoort soort)
{
    return soort == MeldingSoort::SixteenHoursAdult || soort == MeldingSoort::Rmc;
}

bool needsEndDate(MeldingSoort soort)
{
    return soort == MeldingSoort::SixteenHours || soort == MeldingSoort::SixteenHoursAdult;
}

} // namespace MeldingSoorten

namespace MeldingStatuses {

QString key(MeldingStatus status)
{
    return KeyTable::keyOf(kStatuses, status);
}

std::optional<MeldingStatus> fromKey(QStringView key)
{
    return KeyTable::valueOf<MeldingStatus>(kStatuses, key);
}

QString displayName(MeldingStatus status)
{
    switch (status) {
    case MeldingStatus::Concept:
        return QCoreApplication::translate("MeldingStatus", "draft");
    case MeldingStatus::Gereed:
        return QCoreApplication::translate("MeldingStatus", "ready");
    case MeldingStatus::Ingediend:
        return QCoreApplication::translate("MeldingStatus", "submitted");
    case MeldingStatus::Geregistreerd:
        return QCoreApplication::translate("MeldingStatus", "Registered");
    case MeldingStatus::InBehandeling:
        return QCoreApplication::translate("MeldingStatus", "In progress");
    case MeldingStatus::Afgesloten:
        return QCoreApplication::translate("MeldingStatus", "Closed");
    case MeldingStatus::TerKennisgevingAangenomen:
        return QCoreApplication::translate("MeldingStatus", "Noted");
    case MeldingStatus::Ingetrokken:
        return QCoreApplication::translate("MeldingStatus", "Withdrawn");
    }
    Q_UNREACHABLE();
    return {};
}

bool isOpenAtDuo(MeldingStatus status)
{
    return status == MeldingStatus::Geregistreerd || status == MeldingStatus::InBehandeling;
}

bool isDraft(MeldingStatus status)
{
    return status == MeldingStatus::Concept || status == MeldingStatus::Gereed;
}

QList<MeldingStatus> closed()
{
    return {MeldingStatus::Afgesloten, MeldingStatus::TerKennisgevingAangenomen,
            MeldingStatus::Ingetrokken};
}

bool canBecome(MeldingStatus from, MeldingStatus to)
{
    using S = MeldingStatus;
    switch (from) {
    case S::Concept:
        return to == S::Gereed;
    case S::Gereed:
        return to == S::Concept || to == S::Ingediend || to == S::Geregistreerd;
    case S::Ingediend:
        // Registered; rejected by DUO (back to concept, to be corrected); or certainly not
        // received (back to gereed, to be sent again).
        return to == S::Geregistreerd || to == S::Concept || to == S::Gereed;
    case S::Geregistreerd:
        return to == S::InBehandeling || to == S::Afgesloten || to == S::TerKennisgevingAangenomen;
    case S::InBehandeling:
        return to == S::Afgesloten || to == S::TerKennisgevingAangenomen;
    case S::Afgesloten:
    case S::TerKennisgevingAangenomen:
    case S::Ingetrokken:
        return false;
    }
    return false;
}

} // namespace MeldingStatuses

namespace WithdrawalReasons {

QString key(WithdrawalReason reason)
{
    return KeyTable::keyOf(kWithdrawals, reason);
}

std::optional<WithdrawalReason> fromKey(QStringView key)
{
    return KeyTable::valueOf<WithdrawalReason>(kWithdrawals, key);
}

QList<WithdrawalReason> all()
{
    QList<WithdrawalReason> reasons;
    for (const auto& [reason, key] : kWithdrawals)
        reasons.append(reason);
    return reasons;
}

QString displayName(WithdrawalReason reason)
{
    switch (reason) {
    case WithdrawalReason::GeenInschrijving:
        return QCoreApplication::translate("WithdrawalReason", "the leerling is not enrolled");
    case WithdrawalReason::FoutiefOpgevoerd:
        return QCoreApplication::translate("WithdrawalReason", "entered incorrectly");
    case WithdrawalReason::OnterechtOpgevoerd:
        return QCoreApplication::translate("WithdrawalReason", "entered without cause");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace WithdrawalReasons

namespace MeldingActions {

QStringList keys()
{
    return {u"brief"_s,          u"telefonisch"_s, u"contact_ouders"_s,
            u"gesprek"_s,        u"ingehaald"_s,   u"begeleiding"_s,
            u"zorgadviesteam"_s, u"instantie"_s,   u"anders"_s};
}

QString displayName(const QString& key)
{
    if (key == u"brief"_s)
        return QCoreApplication::translate("MeldingActions", "letter sent");
    if (key == u"telefonisch"_s)
        return QCoreApplication::translate("MeldingActions", "telephone contact");
    if (key == u"contact_ouders"_s)
        return QCoreApplication::translate("MeldingActions", "contact with parent(s)/carer(s)");
    if (key == u"gesprek"_s)
        return QCoreApplication::translate("MeldingActions", "conversation held");
    if (key == u"ingehaald"_s)
        return QCoreApplication::translate("MeldingActions", "missed time made up");
    if (key == u"begeleiding"_s)
        return QCoreApplication::translate("MeldingActions", "internal support");
    if (key == u"zorgadviesteam"_s)
        return QCoreApplication::translate("MeldingActions", "care advisory team");
    if (key == u"instantie"_s)
        return QCoreApplication::translate("MeldingActions",
                                           "conversation with a supporting agency");
    if (key == u"anders"_s)
        return QCoreApplication::translate("MeldingActions", "other, namely");
    return key;
}

} // namespace MeldingActions
