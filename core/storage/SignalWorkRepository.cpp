// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalWorkRepository.h"

#include "SqlValues.h"

using namespace Qt::StringLiterals;

Status SignalWorkRepository::save(const SignalKey& key, const SignalWork& work)
{
    auto saved = m_db.exec(
        u"INSERT INTO signaal_werk (pgn, soort, begindatum, niveau, status, reden, door,"
        " gewijzigd_op) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (pgn, soort, begindatum, niveau) DO UPDATE SET status = excluded.status,"
        " reden = excluded.reden, door = excluded.door, gewijzigd_op = excluded.gewijzigd_op"_s,
        {key.pgn, SignalKinds::key(key.kind), SqlValues::date(key.startDate), key.level,
         SignalStatuses::key(work.status), work.reason, work.changedBy,
         work.changedAt.toString(Qt::ISODate)});
    return saved ? Status() : Status(Error{saved.error()});
}

Result<QHash<SignalKey, SignalWork>> SignalWorkRepository::all() const
{
    auto query = m_db.exec(u"SELECT pgn, soort, begindatum, niveau, status, reden, door,"
                           " gewijzigd_op FROM signaal_werk"_s);
    if (!query)
        return Error{query.error()};
    QHash<SignalKey, SignalWork> result;
    while (query->next()) {
        const auto kind = SignalKinds::fromKey(query->value(1).toString());
        const auto status = SignalStatuses::fromKey(query->value(4).toString());
        if (!kind || !status)
            continue; // written by a newer version; leave it alone
        result.insert({query->value(0).toString(), *kind, SqlValues::date(query->value(2)),
                       query->value(3).toInt()},
                      {*status, query->value(5).toString(), query->value(6).toString(),
                       QDateTime::fromString(query->value(7).toString(), Qt::ISODate)});
    }
    return result;
}
