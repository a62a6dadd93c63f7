// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolJsonReader.h"

#include "JsonSource.h"
#include "util/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

SchoolJsonReader::SchoolJsonReader(QString fileName, QByteArray data, ImportIssues& issues)
    : m_fileName(std::move(fileName))
    , m_data(std::move(data))
    , m_issues(issues)
{
}

int SchoolJsonReader::lineOf(const QString& key, int occurrence) const
{
    const QByteArray needle = '"' + key.toUtf8() + '"';
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = m_data.indexOf(needle, at + 1);
        if (at < 0)
            return 1;
    }
    return int(m_data.left(at).count('\n')) + 1;
}

void SchoolJsonReader::error(const QString& path, const QString& key, int occurrence,
                             const QString& reason)
{
    m_issues.error(m_fileName, lineOf(key, occurrence), path, reason);
}

std::optional<QDate> SchoolJsonReader::date(const QJsonValue& value, const QString& path,
                                            int occurrence, const QString& key)
{
    const auto parsed = Dates::parse(value.toString());
    if (!parsed) {
        error(path, key, occurrence,
              tr("'%1' is not a date (expected YYYY-MM-DD or DD-MM-YYYY)")
                  .arg(value.toVariant().toString()));
    }
    return parsed;
}

int SchoolJsonReader::count(const QJsonObject& object, const QString& key, int defaultValue,
                            int min, int max)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return defaultValue;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != int(number) || number < min || number > max) {
        error(key, key, 0, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return defaultValue;
    }
    return int(number);
}

QJsonArray SchoolJsonReader::listAt(const QJsonObject& object, const QString& key,
                                    const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        error(path, key, 0, tr("expected a list [ … ]"));
    return value.toArray();
}

QJsonObject SchoolJsonReader::objectAt(const QJsonObject& object, const QString& key,
                                       const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        error(path, key, 0, tr("expected an object { … }"));
    return value.toObject();
}

QJsonObject SchoolJsonReader::elementAt(const QJsonArray& list, qsizetype index,
                                        const QString& path, const QString& key)
{
    if (!list[index].isObject())
        error(u"%1[%2]"_s.arg(path).arg(index), key, 0, tr("expected an object { … }"));
    return list[index].toObject();
}

QString SchoolJsonReader::textAt(const QJsonObject& object, const QString& key, const QString& path)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isString())
        error(path, key, 0, tr("expected text in quotes"));
    return value.toString().trimmed();
}

bool SchoolJsonReader::boolean(const QJsonObject& object, const QString& key, bool defaultValue)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return defaultValue;
    if (!value.isBool()) {
        error(key, key, 0, tr("expected true or false"));
        return defaultValue;
    }
    return value.toBool();
}

std::optional<School> SchoolJsonReader::read()
{
    const int errorsBefore = m_issues.errorCount();
    const auto source = JsonSource::parse(m_fileName, m_data, m_issues);
    if (!source)
        return std::nullopt;
    if (!source->document().isObject()) {
        m_issues.error(m_fileName, 1, QString(), tr("expected a JSON object"));
        return std::nullopt;
    }
    for (const DuplicateJsonKey& duplicate : source->duplicateKeys()) {
        m_issues.error(m_fileName, duplicate.line, duplicate.key,
                       tr("given twice; only one value can hold"));
    }
    const QJsonObject root = source->document().object();

    School school;
    school.name = textAt(root, u"naam"_s, u"naam"_s);
    if (school.name.isEmpty())
        error(u"naam"_s, u"naam"_s, 0, tr("a school name is required"));
    school.instellingscode = textAt(root, u"instellingscode"_s, u"instellingscode"_s);
    if (school.instellingscode.isEmpty())
        error(u"instellingscode"_s, u"instellingscode"_s, 0, tr("an instellingscode is required"));
    const QString sector = textAt(root, u"sector"_s, u"sector"_s);
    if (const auto parsed = Sectors::fromKey(sector))
        school.sector = *parsed;
    else
        error(u"sector"_s, u"sector"_s, 0, tr("'%1' is not po, vo or mbo").arg(sector));
    school.region = textAt(root, u"regio"_s, u"regio"_s);
    static const QSet<QString> regions{u"noord"_s, u"midden"_s, u"zuid"_s};
    if (!school.region.isEmpty() && !regions.contains(school.region))
        error(u"regio"_s, u"regio"_s, 0,
              tr("'%1' is not noord, midden or zuid").arg(school.region));
    school.lesuurMinutes = count(root, u"lesuur_minuten"_s, 60, 1, 240);

    readCalendar(root, school);
    readLestijden(root, school.lestijden);
    readCodes(root, school);
    readSettings(root, school.settings);
    readMeldingSetup(root, school);
    for (const QString& key : root.keys()) {
        static const QSet<QString> known{
            u"naam"_s,           u"instellingscode"_s, u"sector"_s,      u"regio"_s,
            u"lesuur_minuten"_s, u"vakanties"_s,       u"vrije_dagen"_s, u"codes"_s,
            u"instellingen"_s,   u"contactpersonen"_s, u"locaties"_s,    u"melding_standaarden"_s,
            u"lestijden"_s};
        if (!known.contains(key))
            m_issues.warning(m_fileName, lineOf(key, 0), key, tr("unknown field, ignored"));
    }
    if (m_issues.errorCount() > errorsBefore)
        return std::nullopt;
    return school;
}

void SchoolJsonReader::readCalendar(const QJsonObject& root, School& school)
{
    const QJsonArray holidays = listAt(root, u"vakanties"_s, u"vakanties"_s);
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QJsonObject object = elementAt(holidays, i, u"vakanties"_s, u"vakanties"_s);
        const QString path = u"vakanties[%1]"_s.arg(i);
        const auto from = date(object.value(u"van"_s), path + u".van"_s, int(i), u"van"_s);
        const auto to = date(object.value(u"tot"_s), path + u".tot"_s, int(i), u"tot"_s);
        if (from && to && *to < *from) {
            error(path + u".tot"_s, u"tot"_s, int(i), tr("the vakantie ends before it starts"));
        } else if (from && to) {
            school.holidays.append({textAt(object, u"naam"_s, path + u".naam"_s), *from, *to});
        }
    }
    const QJsonArray daysOff = listAt(root, u"vrije_dagen"_s, u"vrije_dagen"_s);
    for (qsizetype i = 0; i < daysOff.size(); ++i) {
        if (const auto day = date(daysOff[i], u"vrije_dagen[%1]"_s.arg(i), 0, u"vrije_dagen"_s))
            school.daysOff.append(*day);
    }
}

void SchoolJsonReader::readCodes(const QJsonObject& root, School& school)
{
    const QJsonArray codes = listAt(root, u"codes"_s, u"codes"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject object = elementAt(codes, i, u"codes"_s, u"codes"_s);
        const QString path = u"codes[%1]"_s.arg(i);
        AbsenceCode code;
        code.code = textAt(object, u"code"_s, path + u".code"_s);
        code.description = textAt(object, u"omschrijving"_s, path + u".omschrijving"_s);
        code.authorised = boolean(object, u"geoorloofd"_s, false);
        const auto kind = AbsenceKinds::fromKey(object.value(u"soort"_s).toString());
        if (code.code.isEmpty())
            error(path + u".code"_s, u"code"_s, int(i), tr("a code is required"));
        if (!kind) {
            error(path + u".soort"_s, u"soort"_s, int(i),
                  tr("'%1' is not one of afwezig, te_laat, ziek, verlof, schorsing, luxe")
                      .arg(object.value(u"soort"_s).toString()));
        }
        if (!code.code.isEmpty() && kind) {
            code.kind = *kind;
            school.codes.upsert(code);
        }
    }
}

void SchoolJsonReader::readSettings(const QJsonObject& root, SchoolSettings& settings)
{
    const QJsonObject object = objectAt(root, u"instellingen"_s, u"instellingen"_s);
    settings.report16HoursAdults = boolean(object, u"melden_16uur_18plus"_s, true);
    settings.rmcWeeks = count(object, u"rmc_weken"_s, 4, 1, 52);
    settings.continuousToleranceDays = count(object, u"continu_tolerantie_lesdagen"_s, 0, 0, 20);
    settings.latenessCounts = boolean(object, u"te_laat_telt_mee"_s, false);
    settings.preventiveHours = count(object, u"preventief_uren"_s, 8, 1, 100);
    if (object.contains(u"te_laat_niveaus"_s)) {
        settings.latenessLevels.clear();
        const QJsonArray levels = listAt(object, u"te_laat_niveaus"_s, u"te_laat_niveaus"_s);
        for (const QJsonValue& level : levels) {
            const int value = level.toInt(-1);
            if (value <= 0 ||
                (!settings.latenessLevels.isEmpty() && value <= settings.latenessLevels.last())) {
                error(u"te_laat_niveaus"_s, u"te_laat_niveaus"_s, 0,
                      tr("expected rising whole numbers above zero"));
                break;
            }
            settings.latenessLevels.append(value);
        }
    }
    static const QSet<QString> known{
        u"melden_16uur_18plus"_s, u"rmc_weken"_s,       u"continu_tolerantie_lesdagen"_s,
        u"te_laat_telt_mee"_s,    u"preventief_uren"_s, u"te_laat_niveaus"_s};
    for (const QString& key : object.keys()) {
        if (!known.contains(key))
            m_issues.warning(m_fileName, lineOf(key, 0), key, tr("unknown setting, ignored"));
    }
}

void SchoolJsonReader::readMeldingSetup(const QJsonObject& root, School& school)
{
    const QJsonArray contacts = listAt(root, u"contactpersonen"_s, u"contactpersonen"_s);
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QJsonObject object =
            elementAt(contacts, i, u"contactpersonen"_s, u"contactpersonen"_s);
        SchoolContact contact{object.value(u"naam"_s).toString().trimmed(),
                              object.value(u"functie"_s).toString().trimmed(),
                              object.value(u"telefoon"_s).toString().trimmed(),
                              object.value(u"email"_s).toString().trimmed(),
                              object.value(u"gebruiker"_s).toString().trimmed(),
                              object.value(u"standaard"_s).toBool()};
        const QString path = u"contactpersonen[%1]"_s.arg(i);
        if (contact.name.isEmpty())
            error(path + u".naam"_s, u"naam"_s, int(i) + 1, tr("a contact person needs a name"));
        else
            school.contactPersons.append(contact);
    }
    const QJsonArray locations = listAt(root, u"locaties"_s, u"locaties"_s);
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QJsonObject object = elementAt(locations, i, u"locaties"_s, u"locaties"_s);
        SchoolLocation location{object.value(u"naam"_s).toString().trimmed(),
                                object.value(u"onderwijsaanbiedercode"_s).toString().trimmed(),
                                object.value(u"onderwijslocatiecode"_s).toString().trimmed()};
        if (location.name.isEmpty())
            error(u"locaties[%1].naam"_s.arg(i), u"locaties"_s, 0, tr("a location needs a name"));
        else
            school.locations.append(location);
    }
    const QJsonObject defaults = objectAt(root, u"melding_standaarden"_s, u"melding_standaarden"_s);
    school.meldingDefaults.actionWanted = boolean(defaults, u"actie_gewenst"_s, true);
    school.meldingDefaults.priority = boolean(defaults, u"prioriteit"_s, false);
}

void SchoolJsonReader::readLestijden(const QJsonObject& root, Lestijden& lestijden)
{
    const QJsonObject object = objectAt(root, u"lestijden"_s, u"lestijden"_s);
    if (object.isEmpty())
        return;
    static const QStringList kWeekdays{u"ma"_s, u"di"_s, u"wo"_s, u"do"_s, u"vr"_s};
    for (const QString& key : object.keys()) {
        if (key != u"standaard"_s && !kWeekdays.contains(key))
            m_issues.warning(m_fileName, lineOf(key, 0), u"lestijden."_s + key,
                             tr("not standaard or ma, di, wo, do, vr; ignored"));
    }
    if (!object.contains(u"standaard"_s))
        error(u"lestijden.standaard"_s, u"lestijden"_s, 0,
              tr("the lessons of a standard lesdag are required"));
    lestijden.setStandard(lessons(object, u"standaard"_s));
    for (int weekday = 1; weekday <= 5; ++weekday) {
        if (object.contains(kWeekdays[weekday - 1]))
            lestijden.setWeekday(weekday, lessons(object, kWeekdays[weekday - 1]));
    }
}

QList<Lesson> SchoolJsonReader::lessons(const QJsonObject& lestijden, const QString& key)
{
    const QString path = u"lestijden."_s + key;
    const QJsonArray list = listAt(lestijden, key, path);
    QList<Lesson> result;
    QList<qsizetype> positions; // in the list, of each lesson read
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = elementAt(list, i, path, key);
        const QString at = u"%1[%2]"_s.arg(path).arg(i);
        const double number = object.value(u"lesuur"_s).toDouble(-1);
        const QTime from = QTime::fromString(textAt(object, u"van"_s, at + u".van"_s), u"HH:mm"_s);
        const QTime to = QTime::fromString(textAt(object, u"tot"_s, at + u".tot"_s), u"HH:mm"_s);
        if (number != int(number)) {
            error(at + u".lesuur"_s, key, 0, tr("expected a lesuur number"));
        } else if (!from.isValid() || !to.isValid()) {
            error(at, key, 0, tr("expected times as HH:MM in van and tot"));
        } else {
            result.append({int(number), from, to});
            positions.append(i);
        }
    }
    if (const auto problem = Lestijden::check(result)) {
        const QString at = u"%1[%2]"_s.arg(path).arg(positions[problem->index]);
        error(problem->field.isEmpty() ? at : at + u'.' + problem->field, key, 0, problem->reason);
    }
    return result;
}
