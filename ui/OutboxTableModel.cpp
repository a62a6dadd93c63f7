// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxTableModel.h"

#include <QLocale>

#include <algorithm>

OutboxTableModel::OutboxTableModel(QObject* parent)
    : RowListModel(parent)
{
    setHeaders({tr("Melding"), tr("Leerling"), tr("Channel"), tr("State"), tr("Attempts"),
                tr("Next attempt"), tr("Problem")});
}

void OutboxTableModel::setSubmissions(QList<Submission> submissions)
{
    const auto byId = [](const Submission& a, const Submission& b) {
        return a.id < b.id;
    };
    std::sort(submissions.begin(), submissions.end(), byId);
    replaceRows(std::move(submissions), byId);
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const Submission& s = m_rows[index.row()];
    switch (index.column()) {
    case Melding:
        return QString::number(s.meldingId);
    case Leerling:
        return s.leerlingName;
    case Channel:
        return SubmissionChannels::displayName(s.channel);
    case State:
        return SubmissionStates::displayName(s.state);
    case Attempts:
        return QString::number(s.attempts);
    case NextAttempt:
        return s.nextAttempt.isValid() ? QLocale().toString(s.nextAttempt, QLocale::ShortFormat)
                                       : QString();
    case Problem:
        return s.problem;
    }
    return {};
}
