// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchoolChanges.h"

#include "util/Dates.h"

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString& value)
{
    return value.isEmpty() ? SchoolChanges::tr("(empty)") : value;
}

QString shown(const Holiday& holiday)
{
    return SchoolChanges::tr("%1 %2 to %3")
        .arg(holiday.name, Dates::toDutch(holiday.from), Dates::toDutch(holiday.to));
}

QString shown(const QDate& day)
{
    return Dates::toDutch(day);
}

QString shown(const SchoolContact& contact)
{
    QStringList parts{contact.name};
    for (const QString& part : {contact.phone, contact.email}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u", "_s);
}

QString shown(const SchoolLocation& location)
{
    return u"%1 (%2 %3)"_s.arg(location.name, location.onderwijsaanbiedercode,
                               location.onderwijslocatiecode);
}

QString shown(const AbsenceCode& code)
{
    return u"%1 %2"_s.arg(code.code, code.description);
}

QString shown(const QList<Lesson>& lessons)
{
    QStringList times;
    for (const Lesson& lesson : lessons)
        times.append(
            u"%1–%2"_s.arg(lesson.from.toString(u"HH:mm"_s), lesson.to.toString(u"HH:mm"_s)));
    return times.isEmpty() ? SchoolChanges::tr("(none)") : times.join(u", "_s);
}

QString shown(bool value)
{
    return value ? SchoolChanges::tr("yes") : SchoolChanges::tr("no");
}

QString shown(int value)
{
    return QString::number(value);
}

QString shown(const QList<int>& values)
{
    QStringList numbers;
    for (int value : values)
        numbers.append(QString::number(value));
    return numbers.join(u", "_s);
}

class ChangeList
{
public:
    template <typename T> void value(const QString& setting, const T& before, const T& after)
    {
        if (before != after)
            m_changes.append({setting, shown(before), shown(after)});
    }

    // A list shows what leaves it and what comes in, not both lists whole.
    template <typename T>
    void list(const QString& setting, const QList<T>& before, const QList<T>& after)
    {
        QStringList removed, added;
        for (const T& item : before) {
            if (!after.contains(item))
                removed.append(shown(item));
        }
        for (const T& item : after) {
            if (!before.contains(item))
                added.append(shown(item));
        }
        if (!removed.isEmpty() || !added.isEmpty())
            m_changes.append({setting, removed.join(u"; "_s), added.join(u"; "_s)});
    }

    QList<SchoolChange> take() { return std::move(m_changes); }

private:
    QList<SchoolChange> m_changes;
};

} // namespace

QList<SchoolChange> SchoolChanges::between(const School& stored, const School& incoming)
{
    ChangeList changes;
    changes.value(tr("Name"), stored.name, incoming.name);
    changes.value(tr("Instellingscode"), stored.instellingscode, incoming.instellingscode);
    changes.value(tr("Sector"), Sectors::key(stored.sector), Sectors::key(incoming.sector));
    changes.value(tr("Region"), stored.region, incoming.region);
    changes.list(tr("Contact persons of the school"), stored.contactPersons,
                 incoming.contactPersons);
    changes.list(tr("Locations"), stored.locations, incoming.locations);
    changes.list(tr("Vakanties"), stored.holidays, incoming.holidays);
    changes.list(tr("Vrije dagen"), stored.daysOff, incoming.daysOff);
    changes.list(tr("Absence codes"), stored.codes.all(), incoming.codes.all());
    changes.value(tr("Minutes per lesuur"), stored.lesuurMinutes, incoming.lesuurMinutes);
    changes.value(tr("Lestijden"), stored.lestijden.standard(), incoming.lestijden.standard());
    for (int weekday = 1; weekday <= 5; ++weekday) {
        changes.value(tr("Lestijden on %1").arg(QLocale().dayName(weekday)),
                      stored.lestijden.ownLessons(weekday), incoming.lestijden.ownLessons(weekday));
    }
    // The school's choices, under the names school.json gives them.
    const SchoolSettings& a = stored.settings;
    const SchoolSettings& b = incoming.settings;
    changes.value(u"melden_16uur_18plus"_s, a.report16HoursAdults, b.report16HoursAdults);
    changes.value(u"rmc_weken"_s, a.rmcWeeks, b.rmcWeeks);
    changes.value(u"continu_tolerantie_lesdagen"_s, a.continuousToleranceDays,
                  b.continuousToleranceDays);
    changes.value(u"te_laat_telt_mee"_s, a.latenessCounts, b.latenessCounts);
    changes.value(u"preventief_uren"_s, a.preventiveHours, b.preventiveHours);
    changes.value(u"te_laat_niveaus"_s, a.latenessLevels, b.latenessLevels);
    changes.value(u"actie_gewenst"_s, stored.meldingDefaults.actionWanted,
                  incoming.meldingDefaults.actionWanted);
    changes.value(u"prioriteit"_s, stored.meldingDefaults.priority,
                  incoming.meldingDefaults.priority);
    return changes.take();
}
