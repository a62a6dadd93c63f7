// SPDX-License-Identifier: GPL-3.0-or-later
#include "DuoConnectionRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<DuoConnection> DuoConnectionRepository::load() const
{
    auto query = m_db.exec(u"SELECT adres, certificaat, ca_certificaten, wachttijd_seconden"
                           " FROM duo_koppeling WHERE id = 1"_s);
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return DuoConnection{};
    return DuoConnection{QUrl(query->value(0).toString()), query->value(1).toString(),
                         query->value(2).toString(), query->value(3).toInt()};
}

Status DuoConnectionRepository::save(const DuoConnection& c)
{
    if (auto removed = m_db.exec(u"DELETE FROM duo_koppeling"_s); !removed)
        return Error{removed.error()};
    auto inserted = m_db.exec(
        u"INSERT INTO duo_koppeling (id, adres, certificaat,"
        " ca_certificaten, wachttijd_seconden) VALUES (1, ?, ?, ?, ?)"_s,
        {c.endpoint.toString(), c.certificatePath, c.caCertificatesPath, c.timeoutSeconds});
    return inserted ? Status() : Status(Error{inserted.error()});
}
