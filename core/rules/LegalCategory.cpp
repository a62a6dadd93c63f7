// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegalCategory.h"

LegalCategories::LegalCategories(const QDate& birthDate, const QDate& startkwalificatieDate)
    : m_eighteenth(birthDate.addYears(18))
    , m_twentyThird(birthDate.addYears(23))
    , m_startkwalificatie(startkwalificatieDate)
{
    // Leerplichtwet art. 3: leerplicht starts on the first day of the month after the fifth
    // birthday. QDate::addYears moves 29 February to 28 February in common years.
    const QDate fifth = birthDate.addYears(5);
    m_leerplichtStart = QDate(fifth.year(), fifth.month(), 1).addMonths(1);
}

LegalCategory LegalCategories::on(const QDate& date) const
{
    // Leerplichtwet art. 4a: kwalificatieplicht ends at 18 or with a startkwalificatie.
    if (m_startkwalificatie.isValid() && m_startkwalificatie <= date)
        return LegalCategory::None;
    if (date < m_leerplichtStart)
        return LegalCategory::None;
    if (date < m_eighteenth)
        return LegalCategory::Leerplichtig;
    // WEB 9.2.2 (RMC): 18 up to 23 without startkwalificatie.
    if (date < m_twentyThird)
        return LegalCategory::RmcDoelgroep;
    return LegalCategory::None;
}
