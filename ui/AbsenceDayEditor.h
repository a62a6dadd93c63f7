// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AbsenceCode.h"
#include "domain/AbsenceRecord.h"

#include <QWidget>

class QTableWidget;

// The records of one leerling's day as editable rows: a day can hold several (late in the
// morning, absent in the afternoon). The remark travels along so a correction never drops it.
class AbsenceDayEditor final : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        MinutesColumn,
        LesurenColumn,
        WholeDayColumn,
        RemarkColumn
    };

    explicit AbsenceDayEditor(const QList<AbsenceCode>& codes, QWidget* parent = nullptr);

    void setRecords(const QList<AbsenceRecord>& records);
    // The rows as records of that leerling and day; an empty table is a day without absence.
    QList<AbsenceRecord> records(const QString& pgn, const QDate& date) const;
    int rowCount() const;

    void addRecord(const AbsenceRecord& record = {});
    void removeSelectedRecord();

private:
    QList<AbsenceCode> m_codes;
    QTableWidget* m_table;
};
