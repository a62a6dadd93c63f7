// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolService.h"

#include "services/Permissions.h"

#include "storage/AbsenceRepository.h"
#include "storage/AuditLog.h"
#include "storage/SchoolRepository.h"
#include "util/Dates.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

SchoolService::SchoolService(Database& database, const Clock& clock, QString user)
    : m_db(database)
    , m_clock(clock)
    , m_user(std::move(user))
{
}

Result<std::optional<School>> SchoolService::load() const
{
    return SchoolRepository(m_db).load();
}

Result<bool> SchoolService::wholeDaysUnknown() const
{
    const auto school = load();
    if (!school)
        return Error{school.error()};
    if (school->has_value() && !(*school)->lestijden.isEmpty())
        return false;
    return AbsenceRepository(m_db).anyWithoutWholeDay();
}

QString SchoolService::problem(const School& school)
{
    if (school.name.trimmed().isEmpty())
        return tr("The school's name is required.");
    // DUO's instellingscode (the former BRIN): two digits and two letters.
    static const QRegularExpression instellingscode(u"^[0-9]{2}[A-Z]{2}$"_s);
    if (!instellingscode.match(school.instellingscode).hasMatch())
        return tr("The instellingscode is two digits and two capital letters, like 12AB.");
    if (school.lesuurMinutes < 10 || school.lesuurMinutes > 120)
        return tr("A lesuur of %1 minutes cannot be right.").arg(school.lesuurMinutes);
    for (const Holiday& h : school.holidays) {
        if (h.name.trimmed().isEmpty())
            return tr("Every vakantie needs a name.");
        if (!h.from.isValid() || !h.to.isValid() || h.to < h.from)
            return tr("%1 must have a first and last day, in that order.").arg(h.name);
    }
    const SchoolSettings& s = school.settings;
    if (s.preventiveHours < 1 || s.rmcWeeks < 1 || s.continuousToleranceDays < 0)
        return tr("The thresholds must be positive numbers.");
    if (s.latenessLevels.isEmpty() ||
        !std::is_sorted(s.latenessLevels.cbegin(), s.latenessLevels.cend()) ||
        s.latenessLevels.first() < 1)
        return tr("The lateness levels must be rising numbers, like 3, 6, 9.");
    for (const SchoolContact& c : school.contactPersons) {
        if (c.name.trimmed().isEmpty() || c.phone.trimmed().isEmpty())
            return tr("Every contactpersoon needs a name and a telephone number: the "
                      "leerplichtambtenaar must be able to call.");
    }
    return {};
}

Status SchoolService::save(const School& school)
{
    if (Status allowed = Permissions::check(m_db, m_user, m_clock, Permission::ManageSettings);
        !allowed)
        return Error{allowed.error()};
    if (const QString p = problem(school); !p.isEmpty())
        return Error{p};
    return m_db.transaction([&]() -> Status {
        if (Status s = SchoolRepository(m_db).save(school); !s)
            return s;
        m_db.announce(&ChangeNotifier::schoolChanged);
        return AuditLog(m_db).append({m_user, u"instellingen gewijzigd"_s, QString(), school.name});
    });
}
