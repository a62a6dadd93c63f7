// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceRepository.h"

#include "SqlValues.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QString kColumns = u"pgn, datum, code, minuten, lesuren, hele_dag, opmerking"_s;

AbsenceRecord fromRow(const QSqlQuery& query)
{
    return {query.value(0).toString(), SqlValues::date(query.value(1)), query.value(2).toString(),
            query.value(3).toInt(),    query.value(4).toInt(),          query.value(5).toBool(),
            query.value(6).toString()};
}

} // namespace

Status AbsenceRepository::replaceDays(const QList<AbsenceRecord>& records,
                                      const ProgressCallback& progress)
{
    constexpr qsizetype kReportEvery = 5000;
    auto remove = m_db.prepare(u"DELETE FROM absenties WHERE pgn = ? AND datum = ?"_s);
    auto insert =
        m_db.prepare(u"INSERT INTO absenties (%1) VALUES (?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    if (!remove || !insert)
        return Error{remove ? insert.error() : remove.error()};
    QSet<std::pair<QString, QDate>> cleared;
    cleared.reserve(records.size());
    const auto stopped = [&](qsizetype done) {
        return progress && !progress(done, records.size());
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i % kReportEvery == 0 && stopped(i))
            return Error{tr("Stopped at your request; nothing was stored.")};
        const AbsenceRecord& r = records[i];
        const QVariant date = SqlValues::date(r.date);
        if (!cleared.contains({r.pgn, r.date})) {
            if (Status status = m_db.run(*remove, {r.pgn, date}); !status)
                return status;
            cleared.insert({r.pgn, r.date});
        }
        const Status status = m_db.run(
            *insert, {r.pgn, date, r.code, r.minutes, r.lesuren, int(r.wholeDay), r.remark});
        if (!status)
            return status;
    }
    // The last moment to stop: everything is written but not yet committed.
    if (stopped(records.size()))
        return Error{tr("Stopped at your request; nothing was stored.")};
    return {};
}

Status AbsenceRepository::clearDay(const QString& pgn, const QDate& date)
{
    auto removed = m_db.exec(u"DELETE FROM absenties WHERE pgn = ? AND datum = ?"_s,
                             {pgn, SqlValues::date(date)});
    return removed ? Status() : Status(Error{removed.error()});
}

Result<QList<AbsenceRecord>> AbsenceRepository::onDay(const QString& pgn, const QDate& date) const
{
    auto query = m_db.exec(
        u"SELECT %1 FROM absenties WHERE pgn = ? AND datum = ? ORDER BY id"_s.arg(kColumns),
        {pgn, SqlValues::date(date)});
    if (!query)
        return Error{query.error()};
    QList<AbsenceRecord> result;
    while (query->next())
        result.append(fromRow(*query));
    return result;
}

Result<QList<AbsenceRecord>> AbsenceRepository::forLeerling(const QString& pgn) const
{
    auto query = m_db.exec(
        u"SELECT %1 FROM absenties WHERE pgn = ? ORDER BY datum, id"_s.arg(kColumns), {pgn});
    if (!query)
        return Error{query.error()};
    QList<AbsenceRecord> result;
    while (query->next())
        result.append(fromRow(*query));
    return result;
}

Result<QHash<QString, QList<AbsenceRecord>>> AbsenceRepository::all() const
{
    auto query = m_db.exec(u"SELECT %1 FROM absenties ORDER BY pgn, datum, id"_s.arg(kColumns));
    if (!query)
        return Error{query.error()};
    QHash<QString, QList<AbsenceRecord>> result;
    while (query->next()) {
        AbsenceRecord record = fromRow(*query);
        result[record.pgn].append(std::move(record));
    }
    return result;
}

Result<int> AbsenceRepository::count() const
{
    auto query = m_db.exec(u"SELECT COUNT(*) FROM absenties"_s);
    if (!query)
        return Error{query.error()};
    query->next();
    return query->value(0).toInt();
}
