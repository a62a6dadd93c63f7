// SPDX-License-Identifier: GPL-3.0-or-later
#include "School.h"
#include "AbsenceRecord.h"

using namespace Qt::StringLiterals;

namespace Sectors {

std::optional<Sector> fromKey(QStringView key)
{
    if (key.compare(u"po", Qt::CaseInsensitive) == 0)
        return Sector::Po;
    if (key.compare(u"vo", Qt::CaseInsensitive) == 0)
        return Sector::Vo;
    if (key.compare(u"mbo", Qt::CaseInsensitive) == 0)
        return Sector::Mbo;
    return std::nullopt;
}

QString key(Sector sector)
{
    switch (sector) {
    case Sector::Po:
        return u"po"_s;
    case Sector::Vo:
        return u"vo"_s;
    case Sector::Mbo:
        return u"mbo"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Sectors

bool School::isWholeDay(const AbsenceRecord& record) const
{
    return record.wholeDayGiven ? record.wholeDay : lestijden.coversWholeDay(record, sector);
}
