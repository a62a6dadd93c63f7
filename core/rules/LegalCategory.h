// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

// The leerling's legal category on a date (verzuimregels §3).
enum class LegalCategory
{
    None,
    Leerplichtig,
    RmcDoelgroep
};

class LegalCategories
{
public:
    LegalCategories(const QDate& birthDate, const QDate& startkwalificatieDate);

    LegalCategory on(const QDate& date) const;

private:
    QDate m_leerplichtStart;
    QDate m_eighteenth;
    QDate m_twentyThird;
    QDate m_startkwalificatie;
};
