// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionRepository.h"

#include "SqlValues.h"
#include "domain/Leerling.h"

using namespace Qt::StringLiterals;

Result<std::optional<int>> RetentionRepository::retentionYears() const
{
    auto query = m_db.exec(u"SELECT bewaartermijn_jaren FROM school WHERE id = 1"_s, {});
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return std::optional<int>();
    return std::optional<int>(query->value(0).toInt());
}

Result<bool> RetentionRepository::setRetentionYears(int years)
{
    auto updated = m_db.exec(u"UPDATE school SET bewaartermijn_jaren = ? WHERE id = 1"_s, {years});
    if (!updated)
        return Error{updated.error()};
    return updated->numRowsAffected() == 1;
}

Result<QList<PurgeCandidate>> RetentionRepository::leftBefore(const QDate& cutoff) const
{
    // COUNT(tot) counts only the ended inschrijvingen.
    auto query = m_db.exec(u"SELECT l.pgn, l.achternaam, l.voornamen, l.tussenvoegsel, MAX(i.tot)"
                           " FROM leerlingen l JOIN inschrijvingen i ON i.pgn = l.pgn"
                           " GROUP BY l.pgn, l.achternaam, l.voornamen, l.tussenvoegsel"
                           " HAVING COUNT(i.tot) = COUNT(*) AND MAX(i.tot) < ? ORDER BY l.pgn"_s,
                           {SqlValues::date(cutoff)});
    if (!query)
        return Error{query.error()};
    QList<PurgeCandidate> found;
    while (query->next()) {
        Leerling named;
        named.lastName = query->value(1).toString();
        named.firstNames = query->value(2).toString();
        named.infix = query->value(3).toString();
        found.append({query->value(0).toString(), named.sortName(),
                      SqlValues::date(query->value(4)), 0, 0, 0});
    }
    for (PurgeCandidate& candidate : found) {
        if (Status counted = countRelated(candidate); !counted)
            return Error{counted.error()};
    }
    return found;
}

Status RetentionRepository::countRelated(PurgeCandidate& candidate) const
{
    const std::pair<QString, int*> counts[] = {{u"absenties"_s, &candidate.absenceRecords},
                                               {u"meldingen"_s, &candidate.meldingen},
                                               {u"notities"_s, &candidate.notes}};
    for (const auto& [table, count] : counts) {
        auto query =
            m_db.exec(u"SELECT COUNT(*) FROM %1 WHERE pgn = ?"_s.arg(table), {candidate.pgn});
        if (!query || !query->next())
            return Error{query ? tr("Counting %1 failed.").arg(table) : query.error()};
        *count = query->value(0).toInt();
    }
    return {};
}

Status RetentionRepository::remove(const QString& pgn)
{
    auto deleted = m_db.exec(u"DELETE FROM leerlingen WHERE pgn = ?"_s, {pgn});
    if (!deleted)
        return Error{deleted.error()};
    return {};
}
