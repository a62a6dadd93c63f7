// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolRepository.h"

#include "util/Dates.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

QString joinLevels(const QList<int>& levels)
{
    QStringList parts;
    for (int level : levels)
        parts.append(QString::number(level));
    return parts.join(u',');
}

QList<int> splitLevels(const QString& text)
{
    QList<int> levels;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        levels.append(part.toInt());
    return levels;
}

} // namespace

Result<std::optional<School>> SchoolRepository::load() const
{
    auto query = m_db.exec(
        u"SELECT naam, instellingscode, sector, regio, lesuur_minuten, melden_16uur_18plus,"
        " rmc_weken, continu_tolerantie_lesdagen, te_laat_telt_mee, preventief_uren,"
        " te_laat_niveaus, actie_gewenst_standaard, prioriteit_standaard FROM school"
        " WHERE id = 1"_s);
    if (!query)
        return Error{query.error()};
    if (!query->next())
        return std::optional<School>();

    School school;
    school.name = query->value(0).toString();
    school.instellingscode = query->value(1).toString();
    school.sector = Sectors::fromKey(query->value(2).toString()).value_or(Sector::Vo);
    school.region = query->value(3).toString();
    school.lesuurMinutes = query->value(4).toInt();
    school.settings.report16HoursAdults = query->value(5).toBool();
    school.settings.rmcWeeks = query->value(6).toInt();
    school.settings.continuousToleranceDays = query->value(7).toInt();
    school.settings.latenessCounts = query->value(8).toBool();
    school.settings.preventiveHours = query->value(9).toInt();
    school.settings.latenessLevels = splitLevels(query->value(10).toString());
    school.meldingDefaults = {query->value(11).toBool(), query->value(12).toBool()};

    auto holidays = m_db.exec(u"SELECT naam, van, tot FROM vakanties ORDER BY van"_s);
    if (!holidays)
        return Error{holidays.error()};
    while (holidays->next()) {
        school.holidays.append({holidays->value(0).toString(),
                                *Dates::parse(holidays->value(1).toString()),
                                *Dates::parse(holidays->value(2).toString())});
    }
    auto daysOff = m_db.exec(u"SELECT datum FROM vrije_dagen ORDER BY datum"_s);
    if (!daysOff)
        return Error{daysOff.error()};
    while (daysOff->next())
        school.daysOff.append(*Dates::parse(daysOff->value(0).toString()));

    auto codes = m_db.exec(u"SELECT code, omschrijving, soort, geoorloofd FROM absentiecodes"_s);
    if (!codes)
        return Error{codes.error()};
    while (codes->next()) {
        school.codes.upsert(
            {codes->value(0).toString(), codes->value(1).toString(),
             AbsenceKinds::fromKey(codes->value(2).toString()).value_or(AbsenceKind::Afwezig),
             codes->value(3).toBool()});
    }
    auto contacts = m_db.exec(u"SELECT naam, functie, telefoon, email, gebruiker, standaard"
                              " FROM school_contactpersonen ORDER BY id"_s);
    if (!contacts)
        return Error{contacts.error()};
    while (contacts->next()) {
        school.contactPersons.append({contacts->value(0).toString(), contacts->value(1).toString(),
                                      contacts->value(2).toString(), contacts->value(3).toString(),
                                      contacts->value(4).toString(), contacts->value(5).toBool()});
    }
    auto locations = m_db.exec(u"SELECT naam, onderwijsaanbiedercode, onderwijslocatiecode"
                               " FROM school_locaties ORDER BY naam"_s);
    if (!locations)
        return Error{locations.error()};
    while (locations->next()) {
        school.locations.append({locations->value(0).toString(), locations->value(1).toString(),
                                 locations->value(2).toString()});
    }
    auto lessons =
        m_db.exec(u"SELECT weekdag, lesuur, van, tot FROM lestijden ORDER BY weekdag, lesuur"_s);
    if (!lessons)
        return Error{lessons.error()};
    std::array<QList<Lesson>, 6> byWeekday; // 0: the standard lesdag
    while (lessons->next()) {
        const int weekday = lessons->value(0).toInt();
        if (weekday >= 0 && weekday <= 5)
            byWeekday[size_t(weekday)].append(
                {lessons->value(1).toInt(),
                 QTime::fromString(lessons->value(2).toString(), u"HH:mm"_s),
                 QTime::fromString(lessons->value(3).toString(), u"HH:mm"_s)});
    }
    school.lestijden.setStandard(byWeekday[0]);
    for (int weekday = 1; weekday <= 5; ++weekday)
        school.lestijden.setWeekday(weekday, byWeekday[size_t(weekday)]);
    return std::optional<School>(school);
}

Status SchoolRepository::save(const School& school)
{
    const SchoolSettings& s = school.settings;
    auto saved = m_db.exec(
        u"INSERT INTO school (id, naam, instellingscode, sector, regio, lesuur_minuten,"
        " melden_16uur_18plus, rmc_weken, continu_tolerantie_lesdagen, te_laat_telt_mee,"
        " preventief_uren, te_laat_niveaus, actie_gewenst_standaard, prioriteit_standaard)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET naam = excluded.naam,"
        " instellingscode = excluded.instellingscode, sector = excluded.sector,"
        " regio = excluded.regio, lesuur_minuten = excluded.lesuur_minuten,"
        " melden_16uur_18plus = excluded.melden_16uur_18plus, rmc_weken = excluded.rmc_weken,"
        " continu_tolerantie_lesdagen = excluded.continu_tolerantie_lesdagen,"
        " te_laat_telt_mee = excluded.te_laat_telt_mee,"
        " preventief_uren = excluded.preventief_uren, te_laat_niveaus = excluded.te_laat_niveaus,"
        " actie_gewenst_standaard = excluded.actie_gewenst_standaard,"
        " prioriteit_standaard = excluded.prioriteit_standaard"_s,
        {school.name, school.instellingscode, Sectors::key(school.sector), school.region,
         school.lesuurMinutes, int(s.report16HoursAdults), s.rmcWeeks, s.continuousToleranceDays,
         int(s.latenessCounts), s.preventiveHours, joinLevels(s.latenessLevels),
         int(school.meldingDefaults.actionWanted), int(school.meldingDefaults.priority)});
    if (!saved)
        return Error{saved.error()};

    for (const QString& sql : {u"DELETE FROM vakanties"_s, u"DELETE FROM vrije_dagen"_s,
                               u"DELETE FROM school_contactpersonen"_s,
                               u"DELETE FROM school_locaties"_s, u"DELETE FROM lestijden"_s}) {
        if (auto result = m_db.exec(sql); !result)
            return Error{result.error()};
    }
    auto holiday = m_db.prepare(u"INSERT INTO vakanties (naam, van, tot) VALUES (?, ?, ?)"_s);
    if (!holiday)
        return Error{holiday.error()};
    for (const Holiday& h : school.holidays) {
        if (Status st = m_db.run(*holiday, {h.name, Dates::toIso(h.from), Dates::toIso(h.to)}); !st)
            return st;
    }
    auto dayOff =
        m_db.prepare(u"INSERT INTO vrije_dagen (datum) VALUES (?) ON CONFLICT DO NOTHING"_s);
    if (!dayOff)
        return Error{dayOff.error()};
    for (const QDate& day : school.daysOff) {
        if (Status st = m_db.run(*dayOff, {Dates::toIso(day)}); !st)
            return st;
    }
    auto contact = m_db.prepare(u"INSERT INTO school_contactpersonen (naam, functie, telefoon,"
                                " email, gebruiker, standaard) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!contact)
        return Error{contact.error()};
    for (const SchoolContact& c : school.contactPersons) {
        if (Status st = m_db.run(*contact,
                                 {c.name, c.function, c.phone, c.email, c.user, int(c.isDefault)});
            !st)
            return st;
    }
    auto location =
        m_db.prepare(u"INSERT INTO school_locaties (naam, onderwijsaanbiedercode,"
                     " onderwijslocatiecode) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    if (!location)
        return Error{location.error()};
    for (const SchoolLocation& l : school.locations) {
        if (Status st =
                m_db.run(*location, {l.name, l.onderwijsaanbiedercode, l.onderwijslocatiecode});
            !st)
            return st;
    }
    auto lesson =
        m_db.prepare(u"INSERT INTO lestijden (weekdag, lesuur, van, tot) VALUES (?, ?, ?, ?)"_s);
    if (!lesson)
        return Error{lesson.error()};
    for (int weekday = 0; weekday <= 5; ++weekday) {
        const QList<Lesson>& lessons =
            weekday == 0 ? school.lestijden.standard() : school.lestijden.ownLessons(weekday);
        for (const Lesson& l : lessons) {
            if (Status st = m_db.run(*lesson, {weekday, l.number, l.from.toString(u"HH:mm"_s),
                                               l.to.toString(u"HH:mm"_s)});
                !st)
                return st;
        }
    }
    auto code = m_db.prepare(
        u"INSERT INTO absentiecodes (code, omschrijving, soort, geoorloofd) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET omschrijving = excluded.omschrijving,"
        " soort = excluded.soort, geoorloofd = excluded.geoorloofd"_s);
    if (!code)
        return Error{code.error()};
    for (const AbsenceCode& c : school.codes.all()) {
        if (Status st = m_db.run(
                *code, {c.code, c.description, AbsenceKinds::key(c.kind), int(c.authorised)});
            !st)
            return st;
    }
    return {};
}
