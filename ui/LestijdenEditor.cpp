// SPDX-License-Identifier: GPL-3.0-or-later
#include "LestijdenEditor.h"

#include "EditableTable.h"
#include "WheelProofComboBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// 8:30 and 08:30 as typed; 08.30 as a Dutch spreadsheet writes it.
QTime typedTime(QString text)
{
    text.replace(u'.', u':');
    return QTime::fromString(text, u"H:mm"_s);
}

QString shown(const QTime& time)
{
    return time.toString(u"HH:mm"_s);
}

} // namespace

LestijdenEditor::LestijdenEditor(QWidget* parent)
    : QWidget(parent)
    , m_day(new WheelProofComboBox)
    , m_ownLessons(new QCheckBox)
    , m_lessons(new EditableTable(u"lessons"_s, {tr("Lesuur"), tr("From"), tr("To")}))
    , m_summary(new QLabel)
{
    m_day->setObjectName(u"lestijdenDay"_s);
    for (int day = 0; day < kDays; ++day)
        m_day->addItem(dayName(day));
    m_ownLessons->setObjectName(u"ownLessons"_s);
    m_summary->setObjectName(u"lestijdenSummary"_s);
    m_summary->setWordWrap(true);
    auto* explanation = new QLabel(
        tr("The lestijden turn absentiemeldingen from the packages into lesson minutes and "
           "lesuren, and tell when a leerling missed a whole day. A break is the time between "
           "two lessons."));
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Day"), m_day);
    form->addRow(m_ownLessons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_lessons, 1);
    layout->addWidget(m_summary);

    connect(m_day, &QComboBox::currentIndexChanged, this, [this](int day) {
        keepShownDay();
        showDay(day);
    });
    connect(m_ownLessons, &QCheckBox::toggled, this, [this](bool own) {
        // A weekday of its own starts from the standard day, to change where it differs.
        m_own[size_t(m_shown)] = own;
        m_rows[size_t(m_shown)] = own ? m_rows[kStandard] : QList<QStringList>();
        showDay(m_shown);
    });
    connect(m_lessons, &EditableTable::changed, this, [this] {
        keepShownDay();
        showSummary();
    });
    showDay(kStandard);
}

QString LestijdenEditor::dayName(int day) const
{
    return day == kStandard ? tr("Standard lesdag")
                            : QLocale().standaloneDayName(day, QLocale::LongFormat);
}

void LestijdenEditor::setLestijden(const Lestijden& lestijden)
{
    for (int day = 0; day < kDays; ++day) {
        QList<QStringList>& rows = m_rows[size_t(day)];
        rows.clear();
        for (const Lesson& lesson :
             day == kStandard ? lestijden.standard() : lestijden.ownLessons(day))
            rows.append({QString::number(lesson.number), shown(lesson.from), shown(lesson.to)});
        m_own[size_t(day)] = day == kStandard || !rows.isEmpty();
    }
    showDay(m_day->currentIndex());
}

void LestijdenEditor::keepShownDay()
{
    if (m_own[size_t(m_shown)])
        m_rows[size_t(m_shown)] = m_lessons->rows();
}

void LestijdenEditor::showDay(int day)
{
    m_shown = day;
    const bool own = m_own[size_t(day)];
    {
        const QSignalBlocker blocker(m_ownLessons);
        m_ownLessons->setVisible(day != kStandard);
        QString name = dayName(day);
        name[0] = name[0].toUpper(); // it starts the sentence: "Woensdag heeft eigen lestijden"
        m_ownLessons->setText(tr("%1 has lessons of its own").arg(name));
        m_ownLessons->setChecked(own);
    }
    m_lessons->setRows(m_rows[size_t(own ? day : kStandard)]);
    m_lessons->setEnabled(own);
    showSummary();
}

void LestijdenEditor::showSummary()
{
    const auto lessons = lessonsOf(m_own[size_t(m_shown)] ? m_shown : kStandard);
    if (!lessons) {
        m_summary->setStyleSheet(u"color: #b00020;"_s);
        m_summary->setText(lessons.error());
        return;
    }
    m_summary->setStyleSheet(QString());
    if (lessons->isEmpty()) {
        m_summary->setText(tr("No lestijden yet: absentiemeldingen cannot be imported, and a "
                              "whole day is only known where the file says so."));
        return;
    }
    int minutes = 0;
    QStringList breaks;
    for (qsizetype i = 0; i < lessons->size(); ++i) {
        minutes += (*lessons)[i].minutes();
        if (i > 0 && (*lessons)[i].from > (*lessons)[i - 1].to)
            breaks.append(shown((*lessons)[i - 1].to) + u"–"_s + shown((*lessons)[i].from));
    }
    const QString hours = u"%1:%2"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
    m_summary->setText(
        tr("%n lesson(s) from %1 to %2, %3 hours of lessons", nullptr, int(lessons->size()))
            .arg(shown(lessons->first().from), shown(lessons->last().to), hours) +
        (breaks.isEmpty() ? tr("; no breaks.") : tr("; breaks %1.").arg(breaks.join(u", "_s))));
}

Result<QList<Lesson>> LestijdenEditor::lessonsOf(int day) const
{
    const QList<QStringList>& rows = m_rows[size_t(day)];
    const auto problemAt = [&](qsizetype row, const QString& reason) {
        return Error{tr("Lestijden, %1, row %2: %3").arg(dayName(day)).arg(row + 1).arg(reason)};
    };
    QList<Lesson> lessons;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        bool isNumber = false;
        const int number = rows[row][0].toInt(&isNumber);
        const QTime from = typedTime(rows[row][1]);
        const QTime to = typedTime(rows[row][2]);
        if (!isNumber)
            return problemAt(row, tr("'%1' is not a lesuur number").arg(rows[row][0]));
        if (!from.isValid() || !to.isValid())
            return problemAt(row, tr("give the times as HH:MM, such as 08:30"));
        lessons.append({number, from, to});
    }
    if (const auto problem = Lestijden::check(lessons))
        return problemAt(problem->index, problem->reason);
    return lessons;
}

Result<Lestijden> LestijdenEditor::lestijden() const
{
    Lestijden lestijden;
    for (int day = 0; day < kDays; ++day) {
        const auto lessons = lessonsOf(day);
        if (!lessons)
            return Error{lessons.error()};
        if (day == kStandard)
            lestijden.setStandard(*lessons);
        else
            lestijden.setWeekday(day, *lessons);
    }
    if (lestijden.standard().isEmpty() && !lestijden.isEmpty())
        return Error{tr("Lestijden: give the lessons of the standard lesdag too; the weekdays "
                        "without lessons of their own follow it.")};
    return lestijden;
}
