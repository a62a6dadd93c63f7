// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include <QDebug>
#include <QTest>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kPgn = u"100000001";

QDate isoDate(QStringView text)
{
    if (text.size() != 10)
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

// "A..B" (B may be empty for an open end) or a single date "A" meaning A..A.
bool parseRange(QStringView text, QDate* from, QDate* to, bool allowOpenEnd)
{
    const qsizetype dots = text.indexOf(u"..");
    if (dots < 0) {
        *from = isoDate(text);
        *to = *from;
        return from->isValid();
    }
    *from = isoDate(text.first(dots));
    const QStringView rest = text.sliced(dots + 2);
    if (rest.isEmpty()) {
        *to = QDate();
        return from->isValid() && allowOpenEnd;
    }
    *to = isoDate(rest);
    return from->isValid() && to->isValid() && *from <= *to;
}

std::optional<bool> parseFlag(QStringView value)
{
    if (value == u"1" || value == u"true" || value == u"ja")
        return true;
    if (value == u"0" || value == u"false" || value == u"nee")
        return false;
    return std::nullopt;
}

std::optional<int> parseInt(QStringView value)
{
    bool ok = false;
    const int result = value.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return result;
}

} // namespace

Scenario::Scenario()
    : m_spanFrom(2024, 8, 1)
    , m_spanTo(2027, 8, 31)
{
    m_school.name = u"Testschool"_s;
    m_school.instellingscode = u"99XX"_s;
    m_school.sector = Sector::Po;
    m_school.region = u"midden"_s;
    m_school.lesuurMinutes = 60;
    m_school.holidays = defaultHolidays();
    m_school.daysOff = defaultDaysOff();
    m_school.codes = CodeTable::defaults();
    m_school.settings = SchoolSettings{};

    m_leerling.pgn = QString::fromUtf16(kPgn);
    m_leerling.birthDate = QDate(2012, 6, 15);
    m_leerling.inschrijvingen = {DateRange{QDate(2024, 8, 1), QDate()}};
}

QList<Holiday> Scenario::defaultHolidays()
{
    return {
        Holiday{u"Herfstvakantie"_s, QDate(2025, 10, 18), QDate(2025, 10, 26)},
        Holiday{u"Kerstvakantie"_s, QDate(2025, 12, 20), QDate(2026, 1, 4)},
        Holiday{u"Voorjaarsvakantie"_s, QDate(2026, 2, 14), QDate(2026, 2, 22)},
        Holiday{u"Meivakantie"_s, QDate(2026, 4, 25), QDate(2026, 5, 3)},
        Holiday{u"Zomervakantie"_s, QDate(2026, 7, 18), QDate(2026, 8, 30)},
    };
}

QList<QDate> Scenario::defaultDaysOff()
{
    return {QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 14), QDate(2026, 5, 15),
            QDate(2026, 5, 25)};
}

bool Scenario::isLesdag(const QDate& date) const
{
    if (!date.isValid() || date.dayOfWeek() > 5)
        return false;
    for (const Holiday& holiday : m_school.holidays) {
        if (date >= holiday.from && date <= holiday.to)
            return false;
    }
    return !m_school.daysOff.contains(date);
}

bool Scenario::fail(const QString& message)
{
    if (!m_error.isEmpty())
        m_error += u"; "_s;
    m_error += message;
    return false;
}

bool Scenario::configure(QStringView setup)
{
    const QString text = setup.toString().simplified();
    if (text.isEmpty())
        return true;
    bool ok = true;
    const QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq <= 0) {
            ok = fail(u"setup token without '=': %1"_s.arg(token)) && ok;
            continue;
        }
        const QStringView key = QStringView(token).first(eq);
        const QStringView value = QStringView(token).sliced(eq + 1);
        if (!applySetting(key, value))
            ok = fail(u"bad setup token: %1"_s.arg(token)) && ok;
    }
    return ok;
}

bool Scenario::applySetting(QStringView key, QStringView value)
{
    SchoolSettings& settings = m_school.settings;
    if (key == u"sector") {
        const auto sector = Sectors::fromKey(value);
        if (!sector)
            return false;
        m_school.sector = *sector;
        return true;
    }
    if (key == u"lesuur_minuten") {
        const auto minutes = parseInt(value);
        if (!minutes || *minutes <= 0)
            return false;
        m_school.lesuurMinutes = *minutes;
        return true;
    }
    if (key == u"pgn") {
        m_leerling.pgn = value.toString();
        return !m_leerling.pgn.isEmpty();
    }
    if (key == u"geboren") {
        m_leerling.birthDate = isoDate(value);
        return m_leerling.birthDate.isValid();
    }
    if (key == u"startkwalificatie") {
        m_leerling.startkwalificatieDate = isoDate(value);
        return m_leerling.startkwalificatieDate.isValid();
    }
    if (key == u"inschrijving" || key == u"vrijstelling") {
        DateRange range;
        if (!parseRange(value, &range.from, &range.to, true))
            return false;
        if (key == u"vrijstelling") {
            m_leerling.vrijstellingen.append(range);
            return true;
        }
        if (m_defaultInschrijving) {
            m_leerling.inschrijvingen.clear();
            m_defaultInschrijving = false;
        }
        m_leerling.inschrijvingen.append(range);
        return true;
    }
    if (key == u"melden_16uur_18plus" || key == u"te_laat_telt_mee") {
        const auto flag = parseFlag(value);
        if (!flag)
            return false;
        if (key == u"melden_16uur_18plus")
            settings.report16HoursAdults = *flag;
        else
            settings.latenessCounts = *flag;
        return true;
    }
    if (key == u"rmc_weken" || key == u"continu_tolerantie_lesdagen" || key == u"preventief_uren") {
        const auto number = parseInt(value);
        if (!number || *number < 0)
            return false;
        if (key == u"rmc_weken")
            settings.rmcWeeks = *number;
        else if (key == u"continu_tolerantie_lesdagen")
            settings.continuousToleranceDays = *number;
        else
            settings.preventiveHours = *number;
        return true;
    }
    if (key == u"te_laat_niveaus") {
        QList<int> levels;
        for (QStringView part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto level = parseInt(part);
            if (!level || *level <= 0)
                return false;
            levels.append(*level);
        }
        if (levels.isEmpty())
            return false;
        settings.latenessLevels = levels;
        return true;
    }
    if (key == u"code") {
        const QList<QStringView> parts = value.split(u':');
        if (parts.size() != 3 || parts[0].isEmpty())
            return false;
        const auto kind = AbsenceKinds::fromKey(parts[1]);
        const auto authorised = parseFlag(parts[2]);
        if (!kind || !authorised)
            return false;
        m_school.codes.upsert(
            AbsenceCode{parts[0].toString(), u"Testcode %1"_s.arg(parts[0]), *kind, *authorised});
        return true;
    }
    return false;
}

bool Scenario::addRecords(QStringView records)
{
    bool ok = true;
    QString text = records.toString();
    text.replace(u'\n', u';');
    const QStringList lines = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty())
            continue;
        if (!addRecordLine(trimmed))
            ok = fail(u"bad record: %1"_s.arg(trimmed)) && ok;
    }
    return ok;
}

bool Scenario::addRecordLine(QStringView line)
{
    const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2 || fields.size() > 5)
        return false;

    QStringView dateField = fields[0];
    const bool everyDay = dateField.endsWith(u'*');
    if (everyDay)
        dateField.chop(1);
    QDate from;
    QDate to;
    if (!parseRange(dateField, &from, &to, false))
        return false;

    AbsenceRecord record;
    record.pgn = m_leerling.pgn;
    record.code = fields[1].toString();
    int numbers[3] = {0, 0, 0};
    for (qsizetype i = 2; i < fields.size(); ++i) {
        const auto number = parseInt(fields[i]);
        if (!number || *number < 0)
            return false;
        numbers[i - 2] = *number;
    }
    if (numbers[2] > 1)
        return false;
    record.minutes = numbers[0];
    record.lesuren = numbers[1];
    record.wholeDay = numbers[2] == 1;

    const bool isRange = from != to || dateField.contains(u"..");
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        if (isRange && !everyDay && !isLesdag(date))
            continue;
        record.date = date;
        m_records.append(record);
    }
    return true;
}

QList<Signal> Scenario::compute(const QDate& peildatum) const
{
    const LesdagRule rule(m_school);
    const SchoolCalendar calendar(rule, m_spanFrom, m_spanTo);
    const SignalEngine engine(m_school, calendar);
    return engine.compute(m_leerling, m_records, peildatum);
}

QStringList Scenario::signalLines(const QDate& peildatum, const QStringList& kinds) const
{
    return format(compute(peildatum), kinds);
}

Quantity::Unit Scenario::expectedUnit(SignalKind kind) const
{
    switch (kind) {
    case SignalKind::Late:
    case SignalKind::SickMazl:
        return Quantity::Unit::Count;
    default:
        // choice (docs/rules-decisions.md): vo counts lesuren of at most 60 minutes; longer
        // lesuren count in clock time.
        return m_school.sector == Sector::Vo && m_school.lesuurMinutes <= 60
                   ? Quantity::Unit::Lesuren
                   : Quantity::Unit::Minutes;
    }
}

QString Scenario::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

QString Scenario::formatQuantity(const Quantity& quantity)
{
    if (quantity.unit != Quantity::Unit::Minutes)
        return QString::number(quantity.value);
    // Hours with two decimals, rounded half up, then trailing zeros trimmed down to one decimal.
    const qint64 minutes = std::llabs(qint64(quantity.value));
    const qint64 hundredths = (minutes * 100 + 30) / 60;
    const qint64 whole = hundredths / 100;
    const qint64 fraction = hundredths % 100;
    QString text = quantity.value < 0 ? u"-"_s : QString();
    text += QString::number(whole) + u'.';
    if (fraction % 10 == 0)
        text += QString::number(fraction / 10);
    else
        text += u"%1"_s.arg(int(fraction), 2, 10, QLatin1Char('0'));
    return text;
}

QString Scenario::format(const Signal& signal) const
{
    QString line = u"%1 %2 begin=%3 eind=%4 uren=%5 uiterst=%6"_s.arg(
        SignalKinds::key(signal.kind), formatDate(signal.reachedOn), formatDate(signal.startDate),
        formatDate(signal.endDate), formatQuantity(signal.hours),
        formatDate(signal.reportDeadline));
    if (signal.pgn != m_leerling.pgn)
        line += u" pgn=%1"_s.arg(signal.pgn);
    if (signal.hours.unit != expectedUnit(signal.kind)) {
        static constexpr const char16_t* kUnitNames[] = {u"minuten", u"lesuren", u"aantal"};
        line += u" eenheid=%1"_s.arg(QString::fromUtf16(kUnitNames[int(signal.hours.unit)]));
    }
    return line;
}

QStringList Scenario::format(const QList<Signal>& list, const QStringList& kinds) const
{
    QStringList lines;
    for (const Signal& signal : list) {
        if (!kinds.isEmpty() && !kinds.contains(SignalKinds::key(signal.kind)))
            continue;
        lines.append(format(signal));
    }
    return lines;
}

namespace ScenarioTest {

void addColumns()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("records");
    QTest::addColumn<QString>("peildatum");
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("expected");
}

void verifyCurrentRow()
{
    QFETCH(QString, setup);
    QFETCH(QString, records);
    QFETCH(QString, peildatum);
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, expected);

    Scenario scenario;
    QVERIFY2(scenario.configure(setup), qPrintable(scenario.error()));
    QVERIFY2(scenario.addRecords(records), qPrintable(scenario.error()));
    const QDate peil = QDate::fromString(peildatum, Qt::ISODate);
    QVERIFY2(peil.isValid(), qPrintable(u"bad peildatum: "_s + peildatum));
    for (const QString& kind : std::as_const(kinds))
        QVERIFY2(SignalKinds::fromKey(kind).has_value(), qPrintable(u"bad soort: "_s + kind));

    const QStringList actual = scenario.signalLines(peil, kinds);
    if (actual != expected) {
        qInfo().noquote() << u"actual signals:\n    "_s + actual.join(u"\n    "_s);
        qInfo().noquote() << u"expected signals:\n    "_s + expected.join(u"\n    "_s);
    }
    QCOMPARE(actual, expected);
}

} // namespace ScenarioTest
