// SPDX-License-Identifier: GPL-3.0-or-later
#include "FollowUpService.h"

#include "services/DuoChangeService.h"
#include "services/MeldingService.h"
#include "services/SignalService.h"
#include "storage/MeldingRepository.h"
#include "util/Dates.h"
#include "util/KeyTable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// DUO's notice "Einddatum opgeven bij verzuimmelding RMC of LRV": within 5 werkdagen.
constexpr int kEndDateWorkdays = 5;
constexpr int kOpenWithoutEndDays = 28; // 4 weeks
constexpr int kNoResponseWorkdays = 10;

bool isClosed(MeldingStatus status)
{
    return status == MeldingStatus::Ingetrokken || status == MeldingStatus::Afgesloten ||
           status == MeldingStatus::TerKennisgevingAangenomen;
}

constexpr std::array kKeys{
    std::pair{FollowUpKind::EndDate, u"einddatum"},
    std::pair{FollowUpKind::OpenWithoutEnd, u"open_zonder_einddatum"},
    std::pair{FollowUpKind::NoResponse, u"geen_reactie"},
    std::pair{FollowUpKind::ChangeToSubmit, u"wijziging_doorgeven"},
};

FollowUpTask taskFor(FollowUpKind kind, const Melding& melding, const QDate& deadline = {},
                     const QDate& proposedEndDate = {})
{
    return {kind, melding.id, melding.pgn, melding.leerlingName, deadline, proposedEndDate};
}

} // namespace

namespace FollowUpKinds {

QString key(FollowUpKind kind)
{
    return KeyTable::keyOf(kKeys, kind);
}

QString displayName(FollowUpKind kind)
{
    switch (kind) {
    case FollowUpKind::EndDate:
        return QCoreApplication::translate("FollowUpKind", "Give the end date");
    case FollowUpKind::OpenWithoutEnd:
        return QCoreApplication::translate("FollowUpKind", "Open without end date");
    case FollowUpKind::NoResponse:
        return QCoreApplication::translate("FollowUpKind", "No response from the gemeente");
    case FollowUpKind::ChangeToSubmit:
        return QCoreApplication::translate("FollowUpKind", "Pass the change on to DUO");
    }
    return {};
}

} // namespace FollowUpKinds

FollowUpService::FollowUpService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<QDate> FollowUpService::endOfRun(const Melding& melding, const QDate& peildatum) const
{
    if (!melding.signal)
        return QDate();
    const SignalKind kind = melding.signal->kind;
    if (kind != SignalKind::Lrv && kind != SignalKind::Rmc && kind != SignalKind::Luxe)
        return QDate();
    auto signalList = SignalService(m_db, peildatum).signalsOf(melding.pgn);
    if (!signalList)
        return Error{signalList.error()};
    for (const Signal& signal : std::as_const(*signalList)) {
        if (SignalKey::of(signal) == *melding.signal)
            return signal.runEnd;
    }
    return QDate();
}

Result<QDate> FollowUpService::registeredOn(const Melding& melding) const
{
    // The melding came from the user's scoped list: no second access check per melding.
    auto history = MeldingRepository(m_db).versions(melding.id);
    if (!history)
        return Error{history.error()};
    for (const MeldingVersion& version : std::as_const(*history)) {
        if (version.melding.status == MeldingStatus::Geregistreerd)
            return version.savedAt.date();
    }
    return QDate();
}

Result<QList<FollowUpTask>> FollowUpService::tasks(const QDate& peildatum, const QString& pgn) const
{
    const MeldingService service(m_db, m_clock, m_user); // the user's scope
    auto meldingen = pgn.isEmpty() ? service.all() : service.forLeerling(pgn);
    if (!meldingen)
        return Error{meldingen.error()};
    QList<FollowUpTask> result;
    for (const Melding& melding : std::as_const(*meldingen)) {
        if (isClosed(melding.status) || melding.startDate > peildatum)
            continue;
        if (!melding.endDate.isValid()) {
            auto runEnd = endOfRun(melding, peildatum);
            if (!runEnd)
                return Error{runEnd.error()};
            if (runEnd->isValid()) {
                result.append(taskFor(FollowUpKind::EndDate, melding,
                                      Dates::addWorkdays(*runEnd, kEndDateWorkdays), *runEnd));
            } else if (melding.startDate.daysTo(peildatum) > kOpenWithoutEndDays) {
                result.append(taskFor(FollowUpKind::OpenWithoutEnd, melding));
            }
        }
        if (melding.status == MeldingStatus::Geregistreerd && melding.feedback.isEmpty() &&
            melding.handler.isEmpty()) {
            auto registered = registeredOn(melding);
            if (!registered)
                return Error{registered.error()};
            if (registered->isValid() &&
                Dates::addWorkdays(*registered, kNoResponseWorkdays) <= peildatum)
                result.append(taskFor(FollowUpKind::NoResponse, melding));
        }
        auto change = DuoChangeService(m_db, m_clock, m_user).pendingFor(melding);
        if (!change)
            return Error{change.error()};
        if (!change->screens.isEmpty())
            result.append(taskFor(FollowUpKind::ChangeToSubmit, melding));
    }
    return result;
}
