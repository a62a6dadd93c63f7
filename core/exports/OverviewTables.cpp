// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewTables.h"

using namespace Qt::StringLiterals;

namespace {

QVariant dateOrEmpty(const QDate& date)
{
    return date.isValid() ? QVariant(date) : QVariant(QString());
}

QVariant hoursOf(const Quantity& q)
{
    return q.isFractional() ? QVariant(q.inHours()) : QVariant(q.value);
}

} // namespace

ExportTable OverviewTables::meldingen(const QList<Melding>& meldingen)
{
    ExportTable table{tr("Meldingen"),
                      {tr("Leerling"), tr("PGN"), tr("Soort"), tr("Status"), tr("Meldingsnummer"),
                       tr("Start date"), tr("End date"), tr("Verzuimstaat attached"), tr("Handler"),
                       tr("Feedback")},
                      {}};
    for (const Melding& m : meldingen) {
        table.rows.append({m.leerlingName, m.pgn, MeldingSoorten::loketName(m.soort),
                           MeldingStatuses::displayName(m.status), m.duoNumber,
                           dateOrEmpty(m.startDate), dateOrEmpty(m.endDate),
                           m.verzuimstaatAttached ? tr("yes") : tr("no"), m.handler, m.feedback});
    }
    return table;
}

ExportTable OverviewTables::signalen(const QList<TrackedSignal>& signals,
                                     const QHash<QString, Leerling>& leerlingen, const QDate& today)
{
    ExportTable table{tr("Signalen"),
                      {tr("Leerling"), tr("PGN"), tr("Class"), tr("Signal"), tr("Reached on"),
                       tr("Start date"), tr("End date"), tr("Hours"), tr("Report by"),
                       tr("Overdue"), tr("Status"), tr("Reason")},
                      {}};
    for (const TrackedSignal& t : signals) {
        const Signal& s = t.signal;
        const Leerling leerling = leerlingen.value(s.pgn);
        table.rows.append({leerling.displayName(), s.pgn, leerling.klas,
                           SignalKinds::displayName(s.kind), s.reachedOn, dateOrEmpty(s.startDate),
                           dateOrEmpty(s.endDate), hoursOf(s.hours), dateOrEmpty(s.reportDeadline),
                           t.isOverdue(today) ? tr("yes") : tr("no"),
                           SignalStatuses::displayName(t.work.status), t.work.reason});
    }
    return table;
}

ExportTable OverviewTables::attendance(const Leerling& leerling,
                                       const QList<AbsenceRecord>& records, const CodeTable& codes)
{
    ExportTable table{leerling.displayName(),
                      {tr("Date"), tr("Code"), tr("Meaning"), tr("Soort"), tr("Geoorloofd"),
                       tr("Whole day"), tr("Lesuren"), tr("Minutes"), tr("Remark")},
                      {}};
    for (const AbsenceRecord& r : records) {
        const AbsenceCode* code = codes.find(r.code);
        table.rows.append({r.date, r.code, code ? code->description : QString(),
                           code ? AbsenceKinds::displayName(code->kind) : QString(),
                           code && code->authorised ? tr("yes") : tr("no"),
                           r.wholeDay ? tr("yes") : tr("no"), r.lesuren, r.minutes, r.remark});
    }
    return table;
}
