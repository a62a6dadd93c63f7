// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceRepository.h"

#include "BatchedInsert.h"
#include "BulkReader.h"
#include "BulkWriter.h"
#include "PostgresCopy.h"
#include "SqlValues.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

const QStringList kColumnList{u"pgn"_s,     u"datum"_s,    u"code"_s,      u"minuten"_s,
                              u"lesuren"_s, u"hele_dag"_s, u"opmerking"_s, u"hele_dag_gegeven"_s};
const QString kColumns = kColumnList.join(u", "_s);

AbsenceRecord fromRow(const QSqlQuery& query)
{
    return {query.value(0).toString(), SqlValues::date(query.value(1)), query.value(2).toString(),
            query.value(3).toInt(),    query.value(4).toInt(),          query.value(5).toBool(),
            query.value(6).toString(), query.value(7).toBool()};
}

// A school has a handful of codes: one shared QString each, found without allocating.
class CodeStrings
{
public:
    const QString& intern(QByteArrayView utf8)
    {
        for (const auto& [bytes, text] : m_codes) {
            if (bytes == utf8)
                return text;
        }
        return m_codes.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8)).second;
    }

private:
    std::deque<std::pair<QByteArray, QString>> m_codes; // stable references
};

// Tells the progress of writing a batch every few thousand records and at its end, and turns
// the user's "stop" into an error (which rolls the whole batch back).
class BatchProgress
{
public:
    BatchProgress(const ProgressCallback& progress, qsizetype total)
        : m_progress(progress)
        , m_total(total)
    {
    }

    Status at(qsizetype done) const
    {
        constexpr qsizetype kReportEvery = 5000;
        if (!m_progress || (done % kReportEvery != 0 && done != m_total))
            return {};
        if (!m_progress(done, m_total))
            return Error{AbsenceRepository::tr("Stopped at your request; nothing was stored.")};
        return {};
    }
    // The last moment to stop: everything is written but not yet committed.
    Status atEnd() const { return at(m_total); }

private:
    const ProgressCallback& m_progress;
    qsizetype m_total;
};

// A record's columns in the order of kColumnList, as one row of a batched insert or of a COPY.
template <typename Row> Status addRecord(Row& row, const AbsenceRecord& r)
{
    row.addText(r.pgn);
    row.addDate(r.date);
    row.addText(r.code);
    row.addInteger(r.minutes);
    row.addInteger(r.lesuren);
    row.addInteger(r.wholeDay ? 1 : 0);
    row.addText(r.remark);
    row.addInteger(r.wholeDayGiven ? 1 : 0);
    return row.endRow();
}

// From this many records a batch is an import: worth reading the index first, and worth marking
// its leerlingen for the stored signals once each.
constexpr qsizetype kLargeBatch = 10'000;

} // namespace

Status AbsenceRepository::replaceDays(const QList<AbsenceRecord>& records,
                                      const ProgressCallback& progress)
{
    // An edited day leaves the stored signals' marks to the triggers; an import marks each of
    // its leerlingen once.
    if (records.size() < kLargeBatch)
        return writeDays(records, progress, {});
    if (m_db.dialect().isPostgres())
        return copyDays(records, progress);
    return SignalStore(m_db).withoutRowMarks(
        [&](const SignalStore::Marker& mark) { return writeDays(records, progress, mark); });
}

Status AbsenceRepository::writeDays(const QList<AbsenceRecord>& records,
                                    const ProgressCallback& progress,
                                    const SignalStore::Marker& mark)
{
    auto remove = BulkWriter::prepare(m_db, u"DELETE FROM absenties WHERE pgn = ? AND datum = ?"_s);
    auto insert = BatchedInsert::prepare(m_db, u"absenties"_s, kColumnList);
    if (!remove || !insert)
        return Error{remove ? insert.error() : remove.error()};
    // A leerling with nothing stored has no day to replace: a school's first import (two
    // million records) then skips a delete per day. Finding them reads the whole index, which
    // only pays for a large batch; one edited day just deletes.
    const bool largeBatch = records.size() >= kLargeBatch;
    const auto stored = largeBatch ? pgnsWithRecords() : Result<QSet<QString>>(QSet<QString>{});
    if (!stored)
        return Error{stored.error()};
    // The days already cleared, per leerling. A batch lists a leerling's records one after
    // another, so the leerling is looked up once per run of their records, not per record.
    QHash<QString, QSet<qint64>> cleared;
    const QString* runPgn = nullptr;
    QSet<qint64>* clearedOfRun = nullptr; // null when the leerling has nothing stored
    const BatchProgress written(progress, records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (Status going = written.at(i); !going)
            return going;
        const AbsenceRecord& r = records[i];
        if (!runPgn || r.pgn != *runPgn) {
            runPgn = &r.pgn;
            if (mark) {
                if (Status marked = mark(r.pgn); !marked)
                    return marked;
            }
            // Only this run's entry is used until the next lookup, which may move it.
            clearedOfRun = !largeBatch || stored->contains(r.pgn) ? &cleared[r.pgn] : nullptr;
        }
        // A day is cleared when its first record comes, so the rows still waiting in the batch
        // insert belong to days cleared before: this delete never meets them.
        if (clearedOfRun && !clearedOfRun->contains(r.date.toJulianDay())) {
            (*remove)->bindText(0, r.pgn);
            (*remove)->bindDate(1, r.date);
            if (Status status = (*remove)->run(); !status)
                return status;
            clearedOfRun->insert(r.date.toJulianDay());
        }
        if (Status added = addRecord(**insert, r); !added)
            return added;
    }
    if (Status status = (*insert)->finish(); !status)
        return status;
    return written.atEnd();
}

Status AbsenceRepository::copyDays(const QList<AbsenceRecord>& records,
                                   const ProgressCallback& progress)
{
    // Dropped at the commit; `volgorde` keeps the file's order for the ids.
    for (const QString& sql :
         {u"DROP TABLE IF EXISTS absenties_import"_s,
          u"CREATE TEMP TABLE absenties_import (volgorde BIGSERIAL, pgn TEXT NOT NULL,"
          " datum TEXT NOT NULL, code TEXT NOT NULL, minuten INTEGER NOT NULL,"
          " lesuren INTEGER NOT NULL, hele_dag INTEGER NOT NULL, opmerking TEXT NOT NULL,"
          " hele_dag_gegeven INTEGER NOT NULL) ON COMMIT DROP"_s}) {
        if (auto done = m_db.exec(sql); !done)
            return Error{done.error()};
    }
    auto copy = PostgresCopy::begin(m_db, u"COPY absenties_import (%1) FROM STDIN"_s.arg(kColumns));
    if (!copy)
        return Error{copy.error()};
    PostgresCopy& row = **copy;
    const BatchProgress written(progress, records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (Status going = written.at(i); !going)
            return going;
        if (Status sent = addRecord(row, records[i]); !sent)
            return sent;
    }
    if (Status copied = row.finish(); !copied)
        return copied;
    for (const QString& sql :
         {u"DELETE FROM absenties a USING (SELECT DISTINCT pgn, datum FROM absenties_import) n"
          " WHERE a.pgn = n.pgn AND a.datum = n.datum"_s,
          u"INSERT INTO absenties (%1) SELECT %1 FROM absenties_import ORDER BY volgorde"_s.arg(
              kColumns)}) {
        if (auto done = m_db.exec(sql); !done)
            return Error{done.error()};
    }
    return written.atEnd();
}

Result<QSet<QString>> AbsenceRepository::pgnsWithRecords() const
{
    auto rows = BulkReader::open(m_db, u"SELECT DISTINCT pgn FROM absenties"_s);
    if (!rows)
        return Error{rows.error()};
    QSet<QString> pgns;
    while ((*rows)->next())
        pgns.insert((*rows)->string(0));
    if (!(*rows)->error().isEmpty())
        return Error{(*rows)->error()};
    return pgns;
}

Status AbsenceRepository::clearDay(const QString& pgn, const QDate& date)
{
    auto removed = m_db.exec(u"DELETE FROM absenties WHERE pgn = ? AND datum = ?"_s,
                             {pgn, SqlValues::date(date)});
    return removed ? Status() : Status(Error{removed.error()});
}

Status AbsenceRepository::clearPeriod(const QDate& from, const QDate& to)
{
    auto removed = m_db.exec(u"DELETE FROM absenties WHERE datum >= ? AND datum <= ?"_s,
                             {SqlValues::date(from), SqlValues::date(to)});
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

Result<QHash<QString, QList<AbsenceRecord>>> AbsenceRepository::allForRules() const
{
    // In table order, which reads the file front to back; ORDER BY pgn, datum went through the
    // index and fetched every row apart. Rows of one leerling mostly follow each other (imports
    // write them so), and sharing their pgn and code strings keeps two million records small.
    auto rows = BulkReader::open(
        m_db,
        u"SELECT pgn, datum, code, minuten, lesuren, hele_dag, hele_dag_gegeven FROM absenties"_s);
    if (!rows)
        return Error{rows.error()};
    BulkReader& row = **rows;
    QHash<QString, QList<AbsenceRecord>> result;
    // A run of one leerling's rows is gathered apart and moved into their list when it ends, the
    // list then made its final size at once: growing 30,000 lists record by record spent a fifth
    // of loading in realloc, and counting each leerling's rows first another seventh.
    QList<AbsenceRecord> run;
    QString runPgn;
    const auto endRun = [&] {
        QList<AbsenceRecord>& records = result[runPgn];
        records.reserve(records.size() + run.size());
        std::move(run.begin(), run.end(), std::back_inserter(records));
        run.clear(); // keeps its room for the next run
    };
    CodeStrings codes;
    QByteArray pgnBytes;
    while (row.next()) {
        if (run.isEmpty() || row.text(0) != pgnBytes) {
            if (!run.isEmpty())
                endRun();
            pgnBytes = row.text(0).toByteArray();
            runPgn = QString::fromUtf8(pgnBytes);
        }
        run.append({runPgn,
                    row.date(1),
                    codes.intern(row.text(2)),
                    int(row.integer(3)),
                    int(row.integer(4)),
                    row.integer(5) != 0,
                    {},
                    row.integer(6) != 0});
    }
    if (!run.isEmpty())
        endRun();
    if (!row.error().isEmpty())
        return Error{row.error()};
    // An import writes a leerling's days in date order, so a list is nearly always in order
    // already; sorting it anyway took a tenth of loading.
    const auto byDate = [](const AbsenceRecord& a, const AbsenceRecord& b) {
        return a.date < b.date;
    };
    for (QList<AbsenceRecord>& list : result) {
        if (!std::is_sorted(list.cbegin(), list.cend(), byDate))
            std::stable_sort(list.begin(), list.end(), byDate);
    }
    return result;
}

Result<bool> AbsenceRepository::anyWithoutWholeDay() const
{
    auto query = m_db.exec(u"SELECT 1 FROM absenties WHERE hele_dag_gegeven = 0 LIMIT 1"_s);
    if (!query)
        return Error{query.error()};
    return query->next();
}

Result<int> AbsenceRepository::count() const
{
    auto query = m_db.exec(u"SELECT COUNT(*) FROM absenties"_s);
    if (!query)
        return Error{query.error()};
    query->next();
    return query->value(0).toInt();
}
