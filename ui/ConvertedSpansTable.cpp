// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConvertedSpansTable.h"

#include "ImportIssueMarks.h"
#include "util/Dates.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    LeerlingColumn,
    FromColumn,
    ToColumn,
    CodeColumn,
    DayColumn,
    MinutesColumn,
    LesurenColumn,
    WholeDayColumn,
    ColumnCount
};

// Where a span starts or ends on its day: the clock time, else the lesuur, else nothing (the
// first or last lesson).
QString momentText(const QDate& date, const QTime& time, std::optional<int> lesuur)
{
    QString text = Dates::toDutch(date);
    if (time.isValid())
        text += u' ' + time.toString(u"HH:mm"_s);
    else if (lesuur)
        text += u' ' + ConvertedSpansTable::tr("lesuur %1").arg(*lesuur);
    return text;
}

} // namespace

ConvertedSpansTable::ConvertedSpansTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(u"convertedTable"_s);
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Leerling"), tr("From"), tr("To"), tr("Code"), tr("→ Day record"),
                               tr("Minutes"), tr("Lesuren"), tr("Whole day")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setToolTip(tr("Left: each absentiemelding as the file gives it, with its line number. "
                  "Right: the day records the school's lestijden make of it."));
}

void ConvertedSpansTable::setSpans(const QList<ConvertedSpan>& spans,
                                   const QList<const ImportIssue*>& issues)
{
    QHash<int, QList<const ImportIssue*>> byLine;
    for (const ImportIssue* issue : issues)
        byLine[issue->line].append(issue);
    qsizetype rows = 0;
    for (const ConvertedSpan& converted : spans)
        rows += std::max<qsizetype>(1, converted.records.size());
    clearContents();
    setRowCount(int(rows));
    QStringList lineNumbers;
    int row = 0;
    const auto put = [&](int column, const QString& text, const ConvertedSpan& converted) {
        auto* item = new QTableWidgetItem(text);
        ImportIssueMarks::mark(*item, byLine.value(converted.span.line));
        setItem(row, column, item);
    };
    for (const ConvertedSpan& converted : spans) {
        const AbsenceSpan& span = converted.span;
        lineNumbers.append(QString::number(span.line));
        put(LeerlingColumn, span.leerlingnummer.isEmpty() ? span.pgn : span.leerlingnummer,
            converted);
        put(FromColumn, momentText(span.fromDate, span.fromTime, span.fromLesuur), converted);
        put(ToColumn,
            span.toDate.isValid() ? momentText(span.toDate, span.toTime, span.toLesuur)
                                  : tr("still going on (up to today)"),
            converted);
        put(CodeColumn, span.code, converted);
        if (converted.records.isEmpty()) {
            put(DayColumn, tr("no lesson minutes"), converted);
            ++row;
            continue;
        }
        for (qsizetype i = 0; i < converted.records.size(); ++i) {
            if (i > 0)
                lineNumbers.append(QString());
            const AbsenceRecord& record = converted.records[i];
            put(DayColumn, Dates::toDutch(record.date), converted);
            put(MinutesColumn, QString::number(record.minutes), converted);
            put(LesurenColumn, QString::number(record.lesuren), converted);
            put(WholeDayColumn, record.wholeDay ? tr("yes") : QString(), converted);
            ++row;
        }
    }
    setVerticalHeaderLabels(lineNumbers); // the file's own line numbers, once per span
    resizeColumnsToContents();
}
