// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ImportBatch.h"
#include "io/ImportIssues.h"

#include <QTableWidget>

// The import preview of a time-range file: each absentiemelding as read (left) beside the day
// records the lestijden turn it into (right), one row per day record, lines with a problem
// marked as in the other files' preview.
class ConvertedSpansTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit ConvertedSpansTable(QWidget* parent = nullptr);

    // `issues`: the problems of the file the spans were read from.
    void setSpans(const QList<ConvertedSpan>& spans, const QList<const ImportIssue*>& issues);
};
